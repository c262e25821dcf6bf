#include <parcours/core/Timeline.h>
#include <parcours/core/WallClock.h>

#include <gtest/gtest.h>

using namespace parcours;

namespace {

Session at(qint64 id, Phase phase, QDate date, SessionStatus status = SessionStatus::Planned)
{
    Session s;
    s.id = id;
    s.phase = phase;
    s.startsAt = wallClock(date, QTime(10, 0));
    s.status = status;
    return s;
}

Bilan openBilan(QDate start = QDate(2026, 1, 12))
{
    Bilan bilan;
    bilan.startDate = start;
    return bilan;
}

QDateTime noon(QDate date)
{
    return wallClock(date, QTime(12, 0));
}

} // namespace

TEST(Timeline, BeforeTheStartTheBilanIsInTheIntake)
{
    EXPECT_EQ(phaseAt(openBilan(QDate(2026, 2, 1)), {}, noon(QDate(2026, 1, 20))), Phase::Intake);
    EXPECT_EQ(phaseAt(Bilan {}, {}, noon(QDate(2026, 1, 20))), Phase::Intake); // no start date yet
}

TEST(Timeline, OnceStartedWithoutSessionsItIsInThePreliminary)
{
    EXPECT_EQ(phaseAt(openBilan(), {}, noon(QDate(2026, 1, 12))), Phase::Preliminary);
}

TEST(Timeline, ThePhaseIsThatOfTheLatestSessionThatHasStarted)
{
    const QList<Session> sessions {
        at(1, Phase::Preliminary, QDate(2026, 1, 19), SessionStatus::Done),
        at(2, Phase::Investigation, QDate(2026, 1, 26), SessionStatus::Done),
        at(3, Phase::Investigation, QDate(2026, 2, 2)),
        at(4, Phase::Conclusion, QDate(2026, 3, 9)),
    };
    EXPECT_EQ(phaseAt(openBilan(), sessions, noon(QDate(2026, 1, 20))), Phase::Preliminary);
    EXPECT_EQ(phaseAt(openBilan(), sessions, noon(QDate(2026, 2, 20))), Phase::Investigation);
    EXPECT_EQ(phaseAt(openBilan(), sessions, noon(QDate(2026, 3, 9))), Phase::Conclusion);
    // Same day, before the session starts: still the phase before.
    EXPECT_EQ(phaseAt(openBilan(), sessions, wallClock(QDate(2026, 3, 9), QTime(9, 0))), Phase::Investigation);
}

TEST(Timeline, ACancelledSessionDoesNotMoveThePhase)
{
    const QList<Session> sessions {
        at(1, Phase::Preliminary, QDate(2026, 1, 19), SessionStatus::Done),
        at(2, Phase::Investigation, QDate(2026, 1, 26), SessionStatus::Cancelled),
    };
    EXPECT_EQ(phaseAt(openBilan(), sessions, noon(QDate(2026, 1, 30))), Phase::Preliminary);
}

TEST(Timeline, ClosedWaitsForTheFollowUpAndAbandonedIsInNoPhase)
{
    Bilan closed = openBilan();
    closed.status = BilanStatus::Closed;
    EXPECT_EQ(phaseAt(closed, {}, noon(QDate(2026, 5, 1))), Phase::FollowUp);
    Bilan abandoned = openBilan();
    abandoned.status = BilanStatus::Abandoned;
    EXPECT_EQ(phaseAt(abandoned, {}, noon(QDate(2026, 5, 1))), std::nullopt);
}

TEST(Timeline, NextSessionIsTheFirstPlannedOneFromNow)
{
    const QList<Session> sessions {
        at(1, Phase::Investigation, QDate(2026, 2, 2), SessionStatus::Done),
        at(2, Phase::Investigation, QDate(2026, 2, 16)),
        at(3, Phase::Investigation, QDate(2026, 2, 9), SessionStatus::Cancelled),
        at(4, Phase::Investigation, QDate(2026, 2, 23)),
    };
    const auto next = nextSession(sessions, noon(QDate(2026, 2, 3)));
    ASSERT_TRUE(next.has_value());
    EXPECT_EQ(next->id, 2);
    EXPECT_FALSE(nextSession(sessions, noon(QDate(2026, 2, 24))).has_value());
}

TEST(Timeline, MarksAreGroupedByPhaseInDateOrder)
{
    const QList<Session> sessions {
        at(3, Phase::Investigation, QDate(2026, 2, 9)),
        at(1, Phase::Preliminary, QDate(2026, 1, 19), SessionStatus::Done),
        at(2, Phase::Investigation, QDate(2026, 1, 26), SessionStatus::Done),
    };
    const TimelineData data = buildTimeline(openBilan(), sessions, noon(QDate(2026, 2, 1)));
    ASSERT_EQ(data.marksOf(Phase::Investigation).size(), 2);
    EXPECT_EQ(data.marksOf(Phase::Investigation)[0].sessionId, 2);
    EXPECT_EQ(data.marksOf(Phase::Investigation)[1].sessionId, 3);
    EXPECT_EQ(data.marksOf(Phase::Preliminary)[0].status, SessionStatus::Done);
    EXPECT_EQ(data.current, Phase::Investigation);
}
