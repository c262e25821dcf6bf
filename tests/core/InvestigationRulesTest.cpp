// The investigation rules without a database: ranking criteria, scores, the one plan B, report files, keywords
// that come back across respondents, and the digest the synthèse inserts from.
#include "InvestigationSample.h"

#include <parcours/core/InvestigationDigest.h>
#include <parcours/core/InvestigationRules.h>

#include <gtest/gtest.h>

using namespace parcours;
using namespace parcours::test;

namespace {

Criterion criterion(qint64 id, const char* label, Criterion::Zone zone, int rank)
{
    Criterion c;
    c.id = id;
    c.label = QString::fromUtf8(label);
    c.zone = zone;
    c.rank = rank;
    return c;
}

/// "label#rank" in display order, to read rankings at a glance.
QStringList ranking(const QList<Criterion>& criteria)
{
    QStringList result;
    for (const Criterion& c : criteria)
        result << QStringLiteral("%1:%2#%3").arg(toKey(c.zone).left(1), c.label).arg(c.rank);
    return result;
}

const QList<Criterion> kCriteria { criterion(1, "Autonomie", Criterion::Zone::Essential, 1),
    criterion(2, "Sens", Criterion::Zone::Essential, 2), criterion(3, "Salaire", Criterion::Zone::Negotiable, 1),
    criterion(4, "Trajet", Criterion::Zone::Negotiable, 2) };

} // namespace

TEST(CriterionRanking, MovingWithinAZoneReordersItAndKeepsRanksContiguous)
{
    const auto moved = moveCriterion(kCriteria, 2, Criterion::Zone::Essential, 0);
    EXPECT_EQ(ranking(moved),
        (QStringList { QStringLiteral("e:Sens#1"), QStringLiteral("e:Autonomie#2"), QStringLiteral("n:Salaire#1"),
            QStringLiteral("n:Trajet#2") }));
    EXPECT_TRUE(checkRanking(moved).ok());
}

TEST(CriterionRanking, MovingToTheOtherZoneClosesTheGapItLeaves)
{
    const auto moved = moveCriterion(kCriteria, 1, Criterion::Zone::Negotiable, 1);
    EXPECT_EQ(ranking(moved),
        (QStringList { QStringLiteral("e:Sens#1"), QStringLiteral("n:Salaire#1"), QStringLiteral("n:Autonomie#2"),
            QStringLiteral("n:Trajet#3") }));
    // Past the end is the end; an unknown id changes nothing.
    EXPECT_EQ(
        ranking(moveCriterion(kCriteria, 3, Criterion::Zone::Essential, 99)).at(2), QStringLiteral("e:Salaire#3"));
    EXPECT_EQ(ranking(moveCriterion(kCriteria, 42, Criterion::Zone::Essential, 0)), ranking(kCriteria));
}

TEST(CriterionRanking, GapsAndTiesAreRefusedAndRankingRenumbers)
{
    QList<Criterion> gap = kCriteria;
    gap[1].rank = 3;
    EXPECT_FALSE(checkRanking(gap).ok());
    QList<Criterion> tie = kCriteria;
    tie[3].rank = 1;
    EXPECT_FALSE(checkRanking(tie).ok());
    EXPECT_TRUE(checkRanking(rankCriteria(gap)).ok());
    EXPECT_EQ(ranking(rankCriteria({ kCriteria[3], kCriteria[0] })),
        (QStringList { QStringLiteral("e:Autonomie#1"), QStringLiteral("n:Trajet#1") }));
}

TEST(CareerOptionRules, ScoresRunFromOneToFive)
{
    CareerOption option;
    option.title = QStringLiteral("Céramiste");
    for (int score : { 1, 3, 5 }) {
        option.desire = score;
        option.feasibility = score;
        EXPECT_TRUE(validateRecord(option).isEmpty()) << score;
    }
    option.desire = 0;
    option.feasibility = 6;
    const auto errors = validateRecord(option);
    ASSERT_EQ(errors.size(), 2);
    EXPECT_EQ(errors[0].field, QStringLiteral("desire"));
    EXPECT_EQ(errors[1].field, QStringLiteral("feasibility"));
}

TEST(CareerOptionRules, ABilanHasOnePlanBAtMostAndNeverASetAsideOne)
{
    CareerOption a;
    a.title = QStringLiteral("Céramiste");
    a.planB = true;
    CareerOption b = a;
    b.title = QStringLiteral("Formatrice");
    EXPECT_TRUE(checkPlanB({ a }).ok());
    const auto twice = checkPlanB({ a, b });
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(twice.error().message.contains(QStringLiteral("Céramiste")));
    b.planB = false;
    EXPECT_TRUE(checkPlanB({ a, b }).ok());
    a.status = CareerOption::Status::SetAside;
    EXPECT_FALSE(checkPlanB({ a }).ok());
    EXPECT_EQ(validateRecord(a).first().field, QStringLiteral("plan_b"));
}

TEST(CareerOptionRules, AnEmptyAspectIsRefusedWhereItIs)
{
    CareerOption option;
    option.title = QStringLiteral("Céramiste");
    option.unfavourable = { QStringLiteral("Revenus"), QStringLiteral("  ") };
    EXPECT_EQ(validateRecord(option).first().field, QStringLiteral("unfavourable/1"));
}

TEST(RecordRules, EachRecordSaysWhatItNeeds)
{
    EXPECT_EQ(validateRecord(Experience {}).first().field, QStringLiteral("title"));
    Experience backwards;
    backwards.title = QStringLiteral("Vendeuse");
    backwards.startDate = QDate(2020, 1, 1);
    backwards.endDate = QDate(2019, 1, 1);
    EXPECT_EQ(validateRecord(backwards).first().field, QStringLiteral("end_date"));
    Competence custom;
    custom.label = QStringLiteral("Tournage");
    custom.domain = Competence::Domain::Custom;
    EXPECT_EQ(validateRecord(custom).first().field, QStringLiteral("custom_domain"));
    EXPECT_EQ(validateRecord(PeerFeedback {}).first().field, QStringLiteral("respondent"));
    EXPECT_EQ(validateRecord(TestResult {}).first().field, QStringLiteral("instrument"));
    EXPECT_EQ(validateRecord(FieldInquiry {}).first().field, QStringLiteral("contact_name"));
    FieldInquiry byRole;
    byRole.contactRole = QStringLiteral("Céramiste");
    EXPECT_TRUE(validateRecord(byRole).isEmpty());
    EXPECT_EQ(validateRecord(DocumentaryResource {}).first().field, QStringLiteral("title"));
    Experience tooLong;
    tooLong.title = QString(kMaxLineLength + 1, QLatin1Char('x'));
    EXPECT_EQ(validateRecord(tooLong).first().field, QStringLiteral("title"));
}

TEST(CustomDomains, ANewDomainIsNamedOnceWhateverTheAccentsOrCase)
{
    EXPECT_EQ(checkCustomDomain(QStringLiteral("  Numérique  "), {}).value(), QStringLiteral("Numérique"));
    EXPECT_FALSE(checkCustomDomain(QStringLiteral("NUMERIQUE"), { QStringLiteral("Numérique") }).ok());
    EXPECT_FALSE(checkCustomDomain(QStringLiteral("relational"), {}).ok());
    EXPECT_FALSE(checkCustomDomain(QStringLiteral("   "), {}).ok());
    EXPECT_EQ(domainColumns({ QStringLiteral("Numérique") }).size(), 4);
    Competence c;
    c.domain = Competence::Domain::Custom;
    c.customDomain = QStringLiteral("Numérique");
    EXPECT_EQ(domainColumn(c, { QStringLiteral("Art"), QStringLiteral("Numérique") }), 4);
    EXPECT_EQ(domainColumn(c, {}), -1);
}

TEST(ReportFiles, OnlyKnownKindsWhoseContentMatchesTheirNameAreAccepted)
{
    const auto pdf = checkReportFile(QStringLiteral("/tmp/Echo rapport.PDF"), samplePdfBytes());
    ASSERT_TRUE(pdf.ok()) << pdf.error().message.toStdString();
    EXPECT_EQ(pdf->fileName, QStringLiteral("Echo rapport.PDF"));
    EXPECT_EQ(pdf->mediaType, QStringLiteral("application/pdf"));
    EXPECT_EQ(pdf->size, samplePdfBytes().size());
    EXPECT_EQ(pdf->sha256.size(), 64);
    EXPECT_EQ(sha256Hex(QByteArrayLiteral("abc")),
        QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    EXPECT_TRUE(checkReportFile(QStringLiteral("scan.png"), QByteArray("\x89PNG\r\n\x1A\nrest", 12)).ok());
    EXPECT_TRUE(checkReportFile(QStringLiteral("notes.docx"), QByteArray("PK\x03\x04rest", 8)).ok());
    EXPECT_TRUE(checkReportFile(QStringLiteral("old.doc"), QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)).ok());

    EXPECT_EQ(checkReportFile(QStringLiteral("virus.exe"), QByteArrayLiteral("MZ")).error().field,
        QStringLiteral("file_name"));
    EXPECT_EQ(
        checkReportFile(QStringLiteral("fake.pdf"), QByteArrayLiteral("MZ")).error().field, QStringLiteral("content"));
    EXPECT_EQ(checkReportFile(QStringLiteral("empty.pdf"), {}).error().field, QStringLiteral("content"));
    QByteArray big = samplePdfBytes();
    big.resize(kMaxReportFileBytes + 1, ' ');
    const auto tooBig = checkReportFile(QStringLiteral("big.pdf"), big);
    ASSERT_FALSE(tooBig.ok());
    EXPECT_TRUE(tooBig.error().message.contains(QStringLiteral("20 MB")));
    EXPECT_TRUE(acceptedReportExtensions().contains(QStringLiteral("odt")));
}

TEST(PeerFeedbackSummary, WordsAreCountedOncePerRespondentAccentsAndCaseIgnored)
{
    PeerFeedback a;
    a.keywords = QStringLiteral("patiente, rigoureuse, Patiente, discrète");
    PeerFeedback b;
    b.keywords = QStringLiteral("Patiente ; créative\ndiscrete.");
    PeerFeedback c;
    c.keywords = QStringLiteral("– créative");
    const auto keywords = recurringKeywords({ a, b, c });
    ASSERT_GE(keywords.size(), 4);
    // Most cited first, then in alphabetical order; each spelled as first written.
    EXPECT_EQ(keywords[0].word, QStringLiteral("créative"));
    EXPECT_EQ(keywords[0].respondents, 2);
    EXPECT_EQ(keywords[1].word, QStringLiteral("discrète"));
    EXPECT_EQ(keywords[1].respondents, 2);
    EXPECT_EQ(keywords[2].word, QStringLiteral("patiente"));
    EXPECT_EQ(keywords[2].respondents, 2);
    EXPECT_EQ(keywords[3].word, QStringLiteral("rigoureuse"));
    EXPECT_EQ(keywords[3].respondents, 1);
}

TEST(InvestigationDigest, GivesTheSynthesisCompetencesByDomainKeptOptionsAndCriteria)
{
    const InvestigationDigest d = digest(sampleInvestigation());
    ASSERT_EQ(d.domains.size(), 4);
    EXPECT_EQ(d.domains[0].behaviour, QStringList { QStringLiteral("Écoute active") });
    EXPECT_EQ(d.domains[0].transferable, QStringList { QStringLiteral("Écoute active") });
    EXPECT_EQ(d.domains[3].name, QStringLiteral("Artisanat"));
    EXPECT_EQ(d.domains[3].knowHow, QStringList { QStringLiteral("Tournage de pièces en série") });
    // Kept options first (best desire × feasibility), the plan B last, the set-aside one left out.
    ASSERT_EQ(d.keptOptions.size(), 2);
    EXPECT_EQ(d.keptOptions[0].title, QStringLiteral("Céramiste en atelier partagé"));
    EXPECT_EQ(d.keptOptions[0].unfavourable, QStringList { QStringLiteral("Revenus incertains") });
    EXPECT_TRUE(d.keptOptions[1].planB);
    EXPECT_EQ(d.essentialCriteria, (QStringList { QStringLiteral("Autonomie"), QStringLiteral("Travail manuel") }));
    EXPECT_EQ(d.negotiableCriteria.first(), QStringLiteral("Salaire"));
    ASSERT_EQ(d.peerKeywords.size(), 1);
    EXPECT_EQ(d.peerKeywords[0].word, QStringLiteral("patiente"));
}
