// The quality rules without a database: scores, questionnaires, registers and the dashboard's figures.
#include <parcours/core/Quality.h>
#include <parcours/core/QualityStats.h>

#include <gtest/gtest.h>

using namespace parcours;
using namespace Qt::StringLiterals;

namespace {

Questionnaire sixQuestions()
{
    Questionnaire q;
    q.id = 7;
    q.number = 2;
    for (int i = 1; i <= 6; ++i)
        q.questions.append({ u"q%1"_s.arg(i), u"Question %1"_s.arg(i) });
    return q;
}

BilanFacts bilan(qint64 id, BilanStatus status, Funding funding, QDate start, QDate end, int minutes = 0)
{
    BilanFacts facts;
    facts.bilanId = id;
    facts.status = status;
    facts.funding = funding;
    facts.startDate = start;
    facts.endDate = end;
    facts.minutesDone = minutes;
    return facts;
}

} // namespace

TEST(QualityScores, ParsesKeysAndScores)
{
    const auto scores = quality::parseScores(u"q1=5, q2=4,q6=1"_s, sixQuestions());
    ASSERT_TRUE(scores.ok()) << scores.error().message.toStdString();
    EXPECT_EQ(scores->size(), 3);
    EXPECT_EQ(scores->value(u"q1"_s), 5);
    EXPECT_EQ(scores->value(u"q6"_s), 1);
}

TEST(QualityScores, RefusesUnknownKeysScoresOutOfRangeAndGarbage)
{
    for (const QString& bad : { u"q7=3"_s, u"q1=0"_s, u"q1=6"_s, u"q1=five"_s, u"q1"_s, u""_s, u"q1=3,q1=4"_s }) {
        const auto scores = quality::parseScores(bad, sixQuestions());
        EXPECT_FALSE(scores.ok()) << bad.toStdString();
    }
    EXPECT_TRUE(quality::parseScores(u"q7=3"_s, sixQuestions()).error().message.contains(u"q7"_s));
}

TEST(QualityScores, MeanOfAnAnswerSet)
{
    Evaluation evaluation;
    EXPECT_FALSE(evaluation.meanScore().has_value());
    evaluation.scores = { { u"q1"_s, 5 }, { u"q2"_s, 4 } };
    EXPECT_DOUBLE_EQ(*evaluation.meanScore(), 4.5);
}

TEST(QualityQuestionnaire, NewWordingIsNumberedInOrderWithoutBlankLines)
{
    const auto questions = quality::numberQuestions({ u"  Première  question "_s, u""_s, u"Deuxième"_s });
    ASSERT_EQ(questions.size(), 2);
    EXPECT_EQ(questions[0], (EvaluationQuestion { u"q1"_s, u"Première question"_s }));
    EXPECT_EQ(questions[1].key, u"q2"_s);
    EXPECT_FALSE(quality::validateQuestions({ u" "_s }).isEmpty());
    EXPECT_FALSE(quality::validateQuestions({ u"Même"_s, u"même"_s }).isEmpty());
    EXPECT_TRUE(quality::validateQuestions({ u"Une"_s, u"Deux"_s }).isEmpty());
}

TEST(QualityRegisters, EntriesNeedADateAPersonAndANature)
{
    const QDate today(2026, 3, 1);
    RegisterEntry entry;
    EXPECT_EQ(quality::validateRegisterEntry(entry, today).size(), 3);
    entry.receivedOn = QDate(2026, 2, 2);
    entry.fromWhom = u"Bénéficiaire"_s;
    entry.nature = u"Rendez-vous annulé au dernier moment"_s;
    EXPECT_TRUE(quality::validateRegisterEntry(entry, today).isEmpty());
    entry.closedOn = QDate(2026, 2, 1);
    const auto errors = quality::validateRegisterEntry(entry, today);
    ASSERT_EQ(errors.size(), 2); // closed before received, and closed without an outcome
    entry.receivedOn = QDate(2026, 3, 2);
    EXPECT_FALSE(quality::validateRegisterEntry(entry, today).isEmpty());
}

TEST(QualityRegisters, ActionsNeedASourceAnActionAnOwnerAndAConsistentDueDate)
{
    ImprovementAction action;
    action.raisedOn = QDate(2026, 2, 2);
    EXPECT_EQ(quality::validateImprovementAction(action, QDate(2026, 3, 1)).size(), 3);
    action.source = u"Réclamation n° 1"_s;
    action.action = u"Rappeler la veille de chaque rendez-vous"_s;
    action.owner = u"Céline"_s;
    EXPECT_TRUE(quality::validateImprovementAction(action, QDate(2026, 3, 1)).isEmpty());
    action.dueOn = QDate(2026, 1, 1);
    EXPECT_EQ(quality::validateImprovementAction(action, QDate(2026, 3, 1)).size(), 1);
}

TEST(QualityFollowUp, DueSixMonthsAfterTheEndOrWhenMoved)
{
    BilanFacts facts = bilan(1, BilanStatus::Closed, Funding::Cpf, QDate(2025, 3, 1), QDate(2025, 8, 31));
    EXPECT_EQ(quality::followUpDueDate(facts), QDate(2026, 2, 28));
    facts.endDate = QDate(2023, 8, 31);
    EXPECT_EQ(quality::followUpDueDate(facts), QDate(2024, 2, 29));
    facts.followUpDue = QDate(2024, 3, 15);
    EXPECT_EQ(quality::followUpDueDate(facts), QDate(2024, 3, 15));
}

// A fixed year, 2025, seen on 1 March 2026. The figures below were worked out by hand from this list.
TEST(QualityFigures, AYearWorkedOutByHand)
{
    QList<BilanFacts> facts;
    // A: concluded 30 June; follow-up due 30 Dec 2025 (end + 6 months), done 20 Jan 2026: 21 days late, on time.
    BilanFacts a = bilan(1, BilanStatus::Closed, Funding::Cpf, QDate(2025, 2, 1), QDate(2025, 6, 30), 1200);
    a.endSatisfaction = 4.5;
    a.sixMonthSatisfaction = 4.0;
    a.followUpDone = QDate(2026, 1, 20);
    // B: concluded 31 August; follow-up due 28 Feb 2026 (never 31 Feb), not done yet.
    BilanFacts b = bilan(2, BilanStatus::Closed, Funding::Employer, QDate(2025, 3, 1), QDate(2025, 8, 31), 1080);
    b.endSatisfaction = 3.0;
    // C: started in 2024, concluded 15 March; follow-up moved to 1 Oct, done 15 Nov: 45 days late, not on time.
    BilanFacts c = bilan(3, BilanStatus::Closed, Funding::Cpf, QDate(2024, 11, 4), QDate(2025, 3, 15), 1440);
    c.sixMonthSatisfaction = 5.0;
    c.followUpDue = QDate(2025, 10, 1);
    c.followUpDone = QDate(2025, 11, 15);
    // D, E: abandoned, with and without a reason.
    BilanFacts d = bilan(4, BilanStatus::Abandoned, Funding::FranceTravail, QDate(2025, 4, 1), QDate(2025, 5, 10), 300);
    d.abandonReason = u"Reprise d'emploi"_s;
    BilanFacts e = bilan(5, BilanStatus::Abandoned, Funding::Cpf, QDate(2025, 5, 1), QDate(2025, 9, 1), 600);
    // F: still open. G: concluded 20 Dec, its follow-up (20 June 2026) not due yet. H: all in 2023-2024.
    BilanFacts f = bilan(6, BilanStatus::Open, Funding::Personal, QDate(2025, 9, 15), {});
    BilanFacts g = bilan(7, BilanStatus::Closed, Funding::Cpf, QDate(2025, 10, 1), QDate(2025, 12, 20), 1320);
    g.endSatisfaction = 5.0;
    BilanFacts h = bilan(8, BilanStatus::Closed, Funding::Cpf, QDate(2023, 1, 1), QDate(2024, 6, 30), 1440);
    h.endSatisfaction = 1.0;
    // I: started in 2025, abandoned in 2026: counts as started only.
    BilanFacts i = bilan(9, BilanStatus::Abandoned, Funding::Employer, QDate(2025, 6, 1), QDate(2026, 1, 15));
    facts << a << b << c << d << e << f << g << h << i;

    const QualityFigures figures
        = quality::computeFigures(facts, QDate(2025, 1, 1), QDate(2025, 12, 31), QDate(2026, 3, 1));
    // Started in 2025: A B D E F G I = 7; funding: CPF A E G, employer B I, France Travail D, personal F.
    EXPECT_EQ(figures.started, 7);
    EXPECT_EQ(figures.fundingMix.value(Funding::Cpf), 3);
    EXPECT_EQ(figures.fundingMix.value(Funding::Employer), 2);
    EXPECT_EQ(figures.fundingMix.value(Funding::FranceTravail), 1);
    EXPECT_EQ(figures.fundingMix.value(Funding::Personal), 1);
    // Ended in 2025: concluded A B C G, abandoned D E → 4 / 6 and 2 / 6.
    EXPECT_EQ(figures.concluded, 4);
    EXPECT_EQ(figures.abandoned, 2);
    EXPECT_EQ(figures.abandonReasons.value(u"Reprise d'emploi"_s), 1);
    EXPECT_EQ(figures.abandonReasons.value(QString()), 1);
    EXPECT_DOUBLE_EQ(*figures.completionRate, 4.0 / 6);
    EXPECT_DOUBLE_EQ(*figures.abandonmentRate, 2.0 / 6);
    // Hours of the concluded ones: (1200 + 1080 + 1440 + 1320) / 4 = 1260 min = 21 h.
    EXPECT_DOUBLE_EQ(*figures.meanHoursDone, 21.0);
    // End: A 4.5, B 3, G 5 answered out of A B C G → 12.5 / 3, response 3 / 4.
    EXPECT_DOUBLE_EQ(*figures.endSatisfaction.mean, 12.5 / 3);
    EXPECT_EQ(figures.endSatisfaction.answered, 3);
    EXPECT_EQ(figures.endSatisfaction.expected, 4);
    EXPECT_DOUBLE_EQ(*figures.endSatisfaction.responseRate(), 0.75);
    // Six months: due by 1 March 2026 for A B C (G not yet) → A 4, C 5 → 4.5, response 2 / 3.
    EXPECT_DOUBLE_EQ(*figures.sixMonthSatisfaction.mean, 4.5);
    EXPECT_EQ(figures.sixMonthSatisfaction.answered, 2);
    EXPECT_EQ(figures.sixMonthSatisfaction.expected, 3);
    // Follow-ups due A B C; done A C; on time A only.
    EXPECT_EQ(figures.followUpsDue, 3);
    EXPECT_EQ(figures.followUpsDone, 2);
    EXPECT_EQ(figures.followUpsOnTime, 1);
    EXPECT_DOUBLE_EQ(*figures.onTimeRate(), 1.0 / 3);
}

TEST(QualityFigures, AnEmptyPeriodHasCountsOfZeroAndNoRates)
{
    const QualityFigures figures
        = quality::computeFigures({}, QDate(2025, 1, 1), QDate(2025, 12, 31), QDate(2026, 3, 1));
    EXPECT_EQ(figures.started, 0);
    EXPECT_FALSE(figures.completionRate.has_value());
    EXPECT_FALSE(figures.meanHoursDone.has_value());
    EXPECT_FALSE(figures.endSatisfaction.responseRate().has_value());
    EXPECT_FALSE(figures.onTimeRate().has_value());
}
