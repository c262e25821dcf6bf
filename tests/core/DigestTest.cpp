// "Insert from the investigation": the digest becomes editable section text, part by part.
#include <parcours/core/InvestigationDigest.h>
#include <parcours/core/Synthesis.h>

#include <gtest/gtest.h>

using namespace parcours;

namespace {

InvestigationDigest sample()
{
    InvestigationDigest digest;
    digest.domains << InvestigationDigest::Domain { QStringLiteral("Relationnel"),
                                                    { QStringLiteral("Animer une réunion") },
                                                    {},
                                                    { QStringLiteral("Écoute"), QStringLiteral("  ") },
                                                    { QStringLiteral("Animer une réunion") } }
                   << InvestigationDigest::Domain { QStringLiteral("Vide"), {}, {}, {}, {} };
    digest.keptOptions << InvestigationDigest::Option { QStringLiteral("Formatrice <b>adultes</b>"), {}, 5, 3, false,
                                                        { QStringLiteral("Goût de transmettre") },
                                                        { QStringLiteral("Revenus irréguliers") } }
                       << InvestigationDigest::Option { QStringLiteral("Libraire"), {}, 4, 4, true, {}, {} };
    digest.essentialCriteria << QStringLiteral("Autonomie");
    digest.negotiableCriteria << QStringLiteral("Salaire");
    return digest;
}

QStringList lines(const RichText& text)
{
    QStringList result;
    for (const RichBlock& block : text.blocks)
        result << toKey(block.type) + u' ' + QString::number(block.level) + u' ' + block.plainText();
    return result;
}

} // namespace

TEST(Digest, AnEmptyDigestGivesNoText)
{
    EXPECT_TRUE(InvestigationDigest {}.isEmpty());
    EXPECT_TRUE(DigestWriter::write(InvestigationDigest {}, DigestPart::Everything).isEmpty());
    InvestigationDigest blanks;
    blanks.domains << InvestigationDigest::Domain { QStringLiteral("Technique"), { QStringLiteral(" ") }, {}, {}, {} };
    EXPECT_TRUE(blanks.isEmpty());
    EXPECT_FALSE(sample().isEmpty());
}

TEST(Digest, CompetencesComeByDomainAndKind)
{
    const QStringList expected {
        QStringLiteral("subheading 1 Relationnel"),
        QStringLiteral("bullet 1 Know-how"),
        QStringLiteral("bullet 2 Animer une réunion"),
        QStringLiteral("bullet 1 Personal qualities"),
        QStringLiteral("bullet 2 Écoute"),
        QStringLiteral("paragraph 1 Transferable: Animer une réunion"),
    };
    EXPECT_EQ(lines(DigestWriter::write(sample(), DigestPart::Competences)), expected);
}

TEST(Digest, KeptOptionsComeWithTheirAspectsAndScores)
{
    const RichText text = DigestWriter::write(sample(), DigestPart::Options);
    const QStringList expected {
        QStringLiteral("paragraph 1 Formatrice <b>adultes</b> (desire 5/5, feasibility 3/5)"),
        QStringLiteral("bullet 1 Favourable aspects"),
        QStringLiteral("bullet 2 Goût de transmettre"),
        QStringLiteral("bullet 1 Unfavourable aspects"),
        QStringLiteral("bullet 2 Revenus irréguliers"),
        QStringLiteral("paragraph 1 Libraire (desire 4/5, feasibility 4/5, plan B)"),
    };
    EXPECT_EQ(lines(text), expected);
    // The option's title is bold text; markup in it stays text.
    EXPECT_TRUE(text.blocks[0].spans[0].bold);
    EXPECT_EQ(text.blocks[0].spans[0].text, QStringLiteral("Formatrice <b>adultes</b>"));
}

TEST(Digest, CriteriaAreSplitIntoEssentialAndNegotiable)
{
    const QStringList expected {
        QStringLiteral("subheading 1 Essential criteria"),
        QStringLiteral("bullet 1 Autonomie"),
        QStringLiteral("subheading 1 Open to compromise"),
        QStringLiteral("bullet 1 Salaire"),
    };
    EXPECT_EQ(lines(DigestWriter::write(sample(), DigestPart::Criteria)), expected);
}

TEST(Digest, EverythingHasAHeadingPerPart)
{
    const QStringList all = lines(DigestWriter::write(sample(), DigestPart::Everything));
    EXPECT_EQ(all.first(), QStringLiteral("heading 1 Competences by domain"));
    EXPECT_TRUE(all.contains(QStringLiteral("heading 1 Options kept")));
    EXPECT_TRUE(all.contains(QStringLiteral("heading 1 Criteria")));
    EXPECT_EQ(all.size(), 6 + 6 + 4 + 3);
}

TEST(Digest, EachSectionGetsThePartThatFitsIt)
{
    EXPECT_EQ(DigestWriter::partFor(sectionKeys::path), DigestPart::Competences);
    EXPECT_EQ(DigestWriter::partFor(sectionKeys::personal), DigestPart::Criteria);
    EXPECT_EQ(DigestWriter::partFor(sectionKeys::options), DigestPart::Options);
    EXPECT_EQ(DigestWriter::partFor(sectionKeys::planB), DigestPart::Options);
    EXPECT_EQ(DigestWriter::partFor(sectionKeys::conclusion), DigestPart::Everything);
    EXPECT_EQ(DigestWriter::partFor(u"formation-visee"), DigestPart::Everything);
}
