// The synthèse's rules without a database: sections and layouts, the path from draft to final.
#include <parcours/core/Synthesis.h>

#include <gtest/gtest.h>

using namespace parcours;

TEST(SynthesisRules, TheStandardSectionsAreTheIssueKeysInOrder)
{
    const QList<QString> expected { QStringLiteral("circumstances"), QStringLiteral("path"),
                                    QStringLiteral("personal"),      QStringLiteral("options"),
                                    QStringLiteral("project"),       QStringLiteral("plan-b"),
                                    QStringLiteral("action-plan"),   QStringLiteral("conclusion") };
    EXPECT_EQ(SynthesisRules::standardKeys(), expected);
    const auto layout = SynthesisRules::standardLayout();
    ASSERT_EQ(layout.size(), 8);
    EXPECT_TRUE(SynthesisRules::checkLayout(layout).ok());
    EXPECT_EQ(SynthesisRules::displayTitle(layout[5]), QStringLiteral("Plan B"));
    EXPECT_EQ(SynthesisRules::displayTitle({ QStringLiteral("plan-b"), QStringLiteral("Si rien ne va"), false }),
              QStringLiteral("Si rien ne va"));
}

TEST(SynthesisRules, LayoutsRefuseMissingStandardSectionsDuplicatesAndBadKeys)
{
    auto layout = SynthesisRules::standardLayout();
    auto missing = layout;
    missing.removeAt(2);
    const auto refused = SynthesisRules::checkLayout(missing);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("hide it instead")));

    auto twice = layout;
    twice << layout[0];
    EXPECT_FALSE(SynthesisRules::checkLayout(twice).ok());

    for (const char* key : { "", "Majuscule", "avec espace", "-tiret", "é", "a1234567890123456789012345678901234567890" }) {
        auto bad = layout;
        bad << SectionLayout { QString::fromUtf8(key), {}, false };
        EXPECT_FALSE(SynthesisRules::checkLayout(bad).ok()) << key;
    }
    auto longTitle = layout;
    longTitle[0].title = QString(kMaxSectionTitleLength + 1, u'x');
    EXPECT_FALSE(SynthesisRules::checkLayout(longTitle).ok());
    auto ownSection = layout;
    ownSection << SectionLayout { QStringLiteral("formation-2"), QStringLiteral("Formation visée"), false };
    EXPECT_TRUE(SynthesisRules::checkLayout(ownSection).ok());
}

TEST(SynthesisRules, KeysForOwnSectionsComeFromTheirTitles)
{
    EXPECT_EQ(SynthesisRules::keyForTitle(QStringLiteral("Formation visée"), {}), QStringLiteral("formation-visee"));
    EXPECT_EQ(SynthesisRules::keyForTitle(QStringLiteral("  Œuvre & vie !"), {}), QStringLiteral("oeuvre-vie"));
    EXPECT_EQ(SynthesisRules::keyForTitle(QStringLiteral("Plan B"), { QStringLiteral("plan-b") }),
              QStringLiteral("plan-b-2"));
    EXPECT_EQ(SynthesisRules::keyForTitle(QStringLiteral("مشروع"), {}), QStringLiteral("section"));
    const QString key = SynthesisRules::keyForTitle(QString(100, u'a'), {});
    EXPECT_TRUE(SynthesisRules::checkKey(key).ok()) << key.toStdString();
}

TEST(SynthesisRules, ApplyingALayoutKeepsTextsWithTheirKeys)
{
    QList<SynthesisSection> sections;
    for (const SectionLayout& layout : SynthesisRules::standardLayout())
        sections << SynthesisSection { layout.key, {}, false, RichText::fromPlainText(QString(layout.key + QStringLiteral(" text"))) };
    sections << SynthesisSection { QStringLiteral("mine"), QStringLiteral("Mine"), false,
                                   RichText::fromPlainText(u"own") };
    QList<SectionLayout> layout = SynthesisRules::standardLayout();
    std::reverse(layout.begin(), layout.end());
    layout[0].hidden = true;
    layout[1].title = QStringLiteral("  Plan   d'action  ");
    layout << SectionLayout { QStringLiteral("new-one"), QStringLiteral("New"), false };
    const auto arranged = SynthesisRules::applyLayout(sections, layout);
    ASSERT_EQ(arranged.size(), 9);
    EXPECT_EQ(arranged[0].key, QStringLiteral("conclusion"));
    EXPECT_TRUE(arranged[0].hidden);
    EXPECT_EQ(arranged[0].body.toPlainText(), QStringLiteral("conclusion text"));
    EXPECT_EQ(arranged[1].title, QStringLiteral("Plan d'action"));
    EXPECT_TRUE(arranged[8].body.isEmpty());
    // "mine" was not in the layout: it is gone.
    EXPECT_TRUE(std::none_of(arranged.begin(), arranged.end(), [](const auto& s) { return s.key == u"mine"; }));
}

TEST(SynthesisRules, ATemplateArrangesItsSectionsAndKeepsTheOthers)
{
    QList<SectionLayout> current = SynthesisRules::standardLayout();
    current << SectionLayout { QStringLiteral("mine"), QStringLiteral("Mine"), false };
    QList<SectionLayout> templ = SynthesisRules::standardLayout();
    templ.move(7, 0);
    templ[3].hidden = true;
    const auto merged = SynthesisRules::mergeTemplate(current, templ);
    ASSERT_EQ(merged.size(), 9);
    EXPECT_EQ(merged[0].key, QStringLiteral("conclusion"));
    EXPECT_TRUE(merged[3].hidden);
    EXPECT_EQ(merged[8].key, QStringLiteral("mine"));
}

TEST(SynthesisRules, VersionsGoForwardFromDraftToFinalOnly)
{
    using S = SynthesisStatus;
    EXPECT_TRUE(SynthesisRules::checkTransition(S::Draft, S::Submitted).ok());
    EXPECT_TRUE(SynthesisRules::checkTransition(S::Draft, S::Final).ok());
    EXPECT_TRUE(SynthesisRules::checkTransition(S::Submitted, S::Final).ok());
    EXPECT_FALSE(SynthesisRules::checkTransition(S::Submitted, S::Submitted).ok());
    EXPECT_FALSE(SynthesisRules::checkTransition(S::Submitted, S::Draft).ok());
    EXPECT_FALSE(SynthesisRules::checkTransition(S::Final, S::Final).ok());
    EXPECT_FALSE(SynthesisRules::checkTransition(S::Final, S::Draft).ok());
    EXPECT_TRUE(SynthesisRules::checkEditable(S::Submitted).ok());
    const auto frozen = SynthesisRules::checkEditable(S::Final);
    ASSERT_FALSE(frozen.ok());
    EXPECT_EQ(frozen.error().code, ErrorCode::Refused);
}

TEST(SynthesisRules, ObservationsWaitForTheSubmission)
{
    EXPECT_FALSE(SynthesisRules::checkObservations(SynthesisStatus::Draft, QStringLiteral("x")).ok());
    EXPECT_TRUE(SynthesisRules::checkObservations(SynthesisStatus::Submitted, QStringLiteral("x")).ok());
    EXPECT_FALSE(SynthesisRules::checkObservations(SynthesisStatus::Final, QStringLiteral("x")).ok());
}

TEST(SynthesisRules, ActionsNeedAStep)
{
    EXPECT_TRUE(SynthesisRules::checkActions({ { Horizon::Long, QStringLiteral("VAE"), {}, {} } }).ok());
    const auto empty = SynthesisRules::checkActions({ { Horizon::Short, QStringLiteral("x"), {}, {} },
                                                      { Horizon::Short, QStringLiteral("  "), {}, {} } });
    ASSERT_FALSE(empty.ok());
    EXPECT_TRUE(empty.error().message.contains(QStringLiteral("2")));
}

TEST(SynthesisRules, ANewDraftCopiesTheFinalVersionWithoutItsObservations)
{
    SynthesisVersion final;
    final.bilanId = 4;
    final.number = 2;
    final.status = SynthesisStatus::Final;
    final.observations = QStringLiteral("D'accord");
    final.sections << SynthesisSection { QStringLiteral("path"), {}, false, RichText::fromPlainText(u"texte") };
    final.actions << PlannedAction { Horizon::Medium, QStringLiteral("Formation"), {}, QDate(2026, 9, 1) };
    const QDateTime now(QDate(2026, 4, 1), QTime(10, 0), Qt::UTC);
    const SynthesisVersion draft = SynthesisRules::nextDraft(final, now);
    EXPECT_EQ(draft.number, 3);
    EXPECT_EQ(draft.status, SynthesisStatus::Draft);
    EXPECT_EQ(draft.sections, final.sections);
    EXPECT_EQ(draft.actions, final.actions);
    EXPECT_TRUE(draft.observations.isEmpty());
    EXPECT_EQ(draft.createdAt, now);
    EXPECT_EQ(draft.id, 0);
}

TEST(SynthesisRules, TheWordCountLeavesHiddenSectionsOut)
{
    SynthesisVersion version;
    version.sections << SynthesisSection { QStringLiteral("path"), {}, false, RichText::fromPlainText(u"un deux") }
                     << SynthesisSection { QStringLiteral("plan-b"), {}, true, RichText::fromPlainText(u"trois") }
                     << SynthesisSection { QStringLiteral("action-plan"), {}, false, {} };
    version.actions << PlannedAction { Horizon::Short, QStringLiteral("Appeler"), QStringLiteral("la mairie"), {} };
    EXPECT_EQ(version.wordCount(), 5);
}
