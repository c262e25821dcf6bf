#include <parcours/core/WallClock.h>
#include <parcours/reports/Json.h>

#include <gtest/gtest.h>

using namespace parcours;

TEST(Json, SessionsUseGlossaryKeysAndCommandLineSpellings)
{
    Session session;
    session.id = 7;
    session.bilanId = 3;
    session.phase = Phase::FollowUp;
    session.status = SessionStatus::NoShow;
    session.startsAt = wallClock(QDate(2026, 9, 14), QTime(9, 30));
    session.plannedMinutes = 60;
    const QJsonObject object = json::session(session);
    EXPECT_EQ(object.value(QStringLiteral("phase")).toString(), QStringLiteral("follow-up"));
    EXPECT_EQ(object.value(QStringLiteral("status")).toString(), QStringLiteral("no-show"));
    EXPECT_EQ(object.value(QStringLiteral("starts_at")).toString(), QStringLiteral("2026-09-14T09:30"));
    EXPECT_EQ(object.value(QStringLiteral("planned_minutes")).toInt(), 60);
    EXPECT_TRUE(object.value(QStringLiteral("actual_minutes")).isNull());
    EXPECT_EQ(object.value(QStringLiteral("bilan_id")).toInteger(), 3);
}

TEST(Json, ABilanOverviewGivesMinutesPerPhaseAndTotals)
{
    BilanOverview overview;
    overview.bilan.id = 3;
    overview.bilan.funding = Funding::FranceTravail;
    overview.client.firstName = QStringLiteral("Zoé");
    overview.client.lastName = QStringLiteral("Lefèvre");
    Session done;
    done.phase = Phase::Preliminary;
    done.status = SessionStatus::Done;
    done.plannedMinutes = 180;
    done.actualMinutes = 170;
    done.startsAt = wallClock(QDate(2026, 1, 19), QTime(14, 0));
    overview.sessions = { done };
    overview.timeline = buildTimeline(overview.bilan, overview.sessions, wallClock(QDate(2026, 1, 20), QTime(9, 0)));
    const QJsonObject object = json::bilanOverview(overview);
    EXPECT_EQ(object.value(QStringLiteral("funding")).toString(), QStringLiteral("france-travail"));
    EXPECT_EQ(object.value(QStringLiteral("client_name")).toString(), QStringLiteral("Zoé Lefèvre"));
    const QJsonArray phases = object.value(QStringLiteral("phases")).toArray();
    ASSERT_EQ(phases.size(), 5);
    const QJsonObject preliminary = phases.at(1).toObject();
    EXPECT_EQ(preliminary.value(QStringLiteral("phase")).toString(), QStringLiteral("preliminary"));
    EXPECT_EQ(preliminary.value(QStringLiteral("budget_minutes")).toInt(), 180);
    EXPECT_EQ(preliminary.value(QStringLiteral("done_minutes")).toInt(), 170);
    const QJsonObject total = object.value(QStringLiteral("total")).toObject();
    EXPECT_EQ(total.value(QStringLiteral("cap_minutes")).toInt(), 1440);
    EXPECT_EQ(total.value(QStringLiteral("done_minutes")).toInt(), 170);
    EXPECT_TRUE(object.value(QStringLiteral("start_date")).isNull());
}
