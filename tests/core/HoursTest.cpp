#include "BilanSessions.h"

#include <parcours/core/Hours.h>
#include <parcours/core/WallClock.h>

#include <gtest/gtest.h>

using namespace parcours;
using namespace parcours::test;

TEST(Hours, DefaultBudgetsFollowTheProgrammeAndFillTheCapExactly)
{
    const PhaseBudgets budgets;
    EXPECT_EQ(budgets.minutes(Phase::Intake), 60);
    EXPECT_EQ(budgets.minutes(Phase::Preliminary), 180);
    EXPECT_EQ(budgets.minutes(Phase::Investigation), 1020);
    EXPECT_EQ(budgets.minutes(Phase::Conclusion), 240);
    EXPECT_EQ(budgets.minutes(Phase::FollowUp), 60);
    EXPECT_EQ(budgets.countedMinutes(), kCapMinutes);
    EXPECT_TRUE(checkBudgets(budgets).ok());
}

TEST(Hours, OnlyTheThreeLegalPhasesCountTowardTheCap)
{
    EXPECT_FALSE(countsTowardCap(Phase::Intake));
    EXPECT_TRUE(countsTowardCap(Phase::Preliminary));
    EXPECT_TRUE(countsTowardCap(Phase::Investigation));
    EXPECT_TRUE(countsTowardCap(Phase::Conclusion));
    EXPECT_FALSE(countsTowardCap(Phase::FollowUp));
}

TEST(Hours, BudgetsOverTheCapAreRefusedWithTheFigures)
{
    PhaseBudgets budgets;
    budgets.setMinutes(Phase::Investigation, 18 * 60);
    const auto result = checkBudgets(budgets);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Refused);
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("25 h"))) << result.error().message.toStdString();
    // The phases outside the cap may grow without limit.
    PhaseBudgets generousIntake;
    generousIntake.setMinutes(Phase::Intake, 300);
    EXPECT_TRUE(checkBudgets(generousIntake).ok());
}

TEST(Hours, NegativeBudgetIsRefused)
{
    PhaseBudgets budgets;
    budgets.setMinutes(Phase::Conclusion, -30);
    const auto result = checkBudgets(budgets);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::InvalidInput);
}

TEST(Hours, PlannedAndDoneMinutesPerPhase)
{
    Bilan bilan;
    const QList<Session> sessions {
        session(1, Phase::Preliminary, 180, SessionStatus::Done, 170),
        session(2, Phase::Investigation, 150, SessionStatus::Done), // done without an actual length: planned counts
        session(3, Phase::Investigation, 150, SessionStatus::Planned),
        session(4, Phase::Investigation, 150, SessionStatus::Cancelled),
        session(5, Phase::Investigation, 150, SessionStatus::NoShow),
        session(6, Phase::Intake, 60, SessionStatus::Done, 60),
    };
    const BilanHours hours = computeHours(bilan, sessions);
    EXPECT_EQ(hours.of(Phase::Preliminary).plannedMinutes, 180);
    EXPECT_EQ(hours.of(Phase::Preliminary).doneMinutes, 170);
    EXPECT_EQ(hours.of(Phase::Investigation).plannedMinutes, 300); // cancelled and missed plan nothing
    EXPECT_EQ(hours.of(Phase::Investigation).doneMinutes, 150);
    EXPECT_EQ(hours.of(Phase::Investigation).budgetMinutes, 1020);
    EXPECT_EQ(hours.of(Phase::Intake).doneMinutes, 60);
    EXPECT_EQ(hours.countedDoneMinutes(), 320); // the intake does not count
    EXPECT_EQ(hours.countedPlannedMinutes(), 480);
    EXPECT_EQ(hours.countedBudgetMinutes(), kCapMinutes);
}

TEST(Hours, PhaseDatesSpanItsSessions)
{
    const QList<Session> sessions {
        session(1, Phase::Investigation, 150, SessionStatus::Done, 150, QDate(2026, 2, 9)),
        session(2, Phase::Investigation, 150, SessionStatus::Planned, std::nullopt, QDate(2026, 3, 2)),
        session(3, Phase::Investigation, 150, SessionStatus::Done, 150, QDate(2026, 1, 26)),
    };
    const BilanHours hours = computeHours(Bilan {}, sessions);
    EXPECT_EQ(hours.of(Phase::Investigation).firstDate, QDate(2026, 1, 26));
    EXPECT_EQ(hours.of(Phase::Investigation).lastDate, QDate(2026, 3, 2));
    EXPECT_FALSE(hours.of(Phase::Conclusion).firstDate.isValid());
}

TEST(Hours, CompletionRateIsRoundedDown)
{
    const QList<Session> sessions {
        session(1, Phase::Preliminary, 180, SessionStatus::Done, 179),
        session(2, Phase::Investigation, 180, SessionStatus::Planned),
        session(3, Phase::Investigation, 180, SessionStatus::Planned),
    };
    // 179 / 540 = 33.1 % -> 33
    EXPECT_EQ(computeHours(Bilan {}, sessions).completionRate(), 33);
    EXPECT_EQ(computeHours(Bilan {}, {}).completionRate(), 0);
}

TEST(Hours, ASessionThatWouldPassTheCapIsRefused)
{
    QList<Session> sessions;
    for (int i = 0; i < 9; ++i)
        sessions << session(i + 1, Phase::Investigation, 150); // 22 h 30
    EXPECT_TRUE(checkSessionFitsCap(sessions, session(0, Phase::Conclusion, 90)).ok()); // exactly 24 h
    const auto over = checkSessionFitsCap(sessions, session(0, Phase::Conclusion, 120));
    ASSERT_FALSE(over.ok());
    EXPECT_EQ(over.error().code, ErrorCode::Refused);
    EXPECT_TRUE(over.error().message.contains(QStringLiteral("24 h 30"))) << over.error().message.toStdString();
    // Outside the counted phases the cap does not apply.
    EXPECT_TRUE(checkSessionFitsCap(sessions, session(0, Phase::FollowUp, 120)).ok());
}

TEST(Hours, ChangingASessionReplacesItsOldLengthInTheSum)
{
    QList<Session> sessions;
    for (int i = 0; i < 8; ++i)
        sessions << session(i + 1, Phase::Investigation, 180); // 24 h exactly
    Session longer = sessions[3];
    longer.plannedMinutes = 200;
    EXPECT_FALSE(checkSessionFitsCap(sessions, longer).ok());
    Session shorter = sessions[3];
    shorter.plannedMinutes = 120;
    EXPECT_TRUE(checkSessionFitsCap(sessions, shorter).ok());
    // Logging it as done for its planned length changes nothing to the sum.
    Session logged = sessions[3];
    logged.status = SessionStatus::Done;
    logged.actualMinutes = 180;
    EXPECT_TRUE(checkSessionFitsCap(sessions, logged).ok());
}

TEST(Hours, ACorrectionThatReducesAnOverCapBilanIsAllowed)
{
    QList<Session> sessions;
    for (int i = 0; i < 10; ++i)
        sessions << session(i + 1, Phase::Investigation, 180); // 30 h, imported from elsewhere
    Session cancelled = sessions[0];
    cancelled.status = SessionStatus::Cancelled;
    EXPECT_TRUE(checkSessionFitsCap(sessions, cancelled).ok());
}

TEST(Hours, PersonalWorkCountsInItsPhaseApartFromTheSessions)
{
    const Bilan bilan;
    const QList<Session> sessions { session(1, Phase::Preliminary, 180, SessionStatus::Done, 170),
                                    session(2, Phase::Investigation, 150, SessionStatus::Done, 150),
                                    session(3, Phase::Investigation, 150) };
    const BilanHours hours = computeHours(bilan, sessions, { { 2, 120 }, { 3, 0 } });
    EXPECT_EQ(hours.of(Phase::Investigation).personalWorkMinutes, 120);
    EXPECT_EQ(hours.of(Phase::Investigation).doneMinutes, 150);
    EXPECT_EQ(hours.of(Phase::Investigation).committedMinutes, 300);
    EXPECT_EQ(hours.of(Phase::Investigation).remainingMinutes(), 1020 - 300 - 120);
    EXPECT_EQ(hours.countedPersonalWorkMinutes(), 120);
    EXPECT_EQ(hours.countedCommittedMinutes(), 170 + 300);
    EXPECT_EQ(hours.countedTotalMinutes(), 170 + 300 + 120);
}

TEST(Hours, PersonalWorkAndSessionsShareTheCap)
{
    QList<Session> sessions;
    for (int i = 0; i < 8; ++i)
        sessions << session(i + 1, Phase::Investigation, 150);
    // 20 h of sessions and 3 h of personal work: one more hour of session is refused, with both figures.
    const auto refused = checkSessionFitsCap(sessions, session(0, Phase::Conclusion, 90), 180);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("3 h of personal work"))) << refused.error().message.toStdString();
    EXPECT_TRUE(checkSessionFitsCap(sessions, session(0, Phase::Conclusion, 60), 180).ok());
}

TEST(Hours, AClosedBilanTakesOnlyItsFollowUpAndAnAbandonedOneNothing)
{
    EXPECT_EQ(phasesAllowed(BilanStatus::Open).size(), 5);
    EXPECT_EQ(phasesAllowed(BilanStatus::Closed), QList<Phase> { Phase::FollowUp });
    EXPECT_TRUE(phasesAllowed(BilanStatus::Abandoned).isEmpty());
}

TEST(Hours, ASessionTakingItsPhaseBeyondItsBudgetIsSaidWithTheFigures)
{
    Bilan bilan;
    bilan.id = 1;
    bilan.status = BilanStatus::Closed;
    const QList<Session> sessions { session(1, Phase::Conclusion, 240, SessionStatus::Done, 240) };
    // The follow-up's budget is 1 h: 1 h fits, 2 h 30 does not.
    EXPECT_FALSE(phaseOverBudget(bilan, sessions, session(0, Phase::FollowUp, 60)));
    const auto over = phaseOverBudget(bilan, sessions, session(0, Phase::FollowUp, 150));
    ASSERT_TRUE(over);
    EXPECT_EQ(over->phase, Phase::FollowUp);
    EXPECT_EQ(over->committedMinutes, 150);
    EXPECT_EQ(over->budgetMinutes, 60);
    EXPECT_EQ(over->message(), QStringLiteral("Follow-up: 2 h 30 of sessions for a budget of 1 h."));
    // The phase's other sessions count, the session being changed only once, and a cancelled one not at all.
    const QList<Session> conclusion { session(1, Phase::Conclusion, 180), session(2, Phase::Conclusion, 60) };
    EXPECT_FALSE(phaseOverBudget(bilan, conclusion, session(2, Phase::Conclusion, 60)));
    EXPECT_TRUE(phaseOverBudget(bilan, conclusion, session(3, Phase::Conclusion, 30)));
    EXPECT_FALSE(phaseOverBudget(bilan, conclusion, session(3, Phase::Conclusion, 30, SessionStatus::Cancelled)));
}
