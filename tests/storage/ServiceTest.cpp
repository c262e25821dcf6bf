// The services over a real database: rules refused before storage, atomic writes, events after commit.
#include "TestDatabase.h"

#include <parcours/core/BilanService.h>
#include <parcours/core/ClientService.h>
#include <parcours/core/SessionService.h>
#include <parcours/core/WallClock.h>

#include <QSignalSpy>

using namespace parcours;
using namespace parcours::test;

namespace {

class ServiceTest : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        clients = std::make_unique<ClientService>(store(), clock);
        bilans = std::make_unique<BilanService>(store(), clock);
        sessions = std::make_unique<SessionService>(store(), clock);
    }
    qint64 newBilan()
    {
        Client client;
        client.lastName = QStringLiteral("Çelik");
        client.firstName = QStringLiteral("Loïc");
        const qint64 clientId = clients->add(client).value();
        return bilans->open(clientId, Funding::Cpf, QDate(2026, 1, 12)).value();
    }
    Session planned(qint64 bilanId, QDate date, int minutes = 150, Phase phase = Phase::Investigation)
    {
        Session s;
        s.bilanId = bilanId;
        s.phase = phase;
        s.startsAt = wallClock(date, QTime(14, 0));
        s.plannedMinutes = minutes;
        return s;
    }
    int clientCount() { return static_cast<int>(store().clients().summaries({}, clock.now()).value().size()); }

    ManualClock clock { QDateTime(QDate(2026, 1, 10), QTime(9, 0), Qt::UTC) };
    std::unique_ptr<ClientService> clients;
    std::unique_ptr<BilanService> bilans;
    std::unique_ptr<SessionService> sessions;
};

} // namespace

TEST_P(ServiceTest, AFailedTransactionLeavesNothingBehind)
{
    const int before = clientCount();
    const auto result = store().transact([&]() -> Result<void> {
        Client client;
        client.lastName = QStringLiteral("Half");
        client.firstName = QStringLiteral("Written");
        if (auto id = store().clients().add(client); !id)
            return id.error();
        return makeError(ErrorCode::Refused, QStringLiteral("second step failed"));
    });
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(clientCount(), before);
}

TEST_P(ServiceTest, AFailingStatementInsideATransactionRollsBackTheWholeChange)
{
    const qint64 bilanId = newBilan();
    const auto result = store().transact([&]() -> Result<void> {
        if (auto id = store().sessions().add(planned(bilanId, QDate(2026, 2, 2))); !id)
            return id.error();
        return store().sessions().add(planned(bilanId + 99, QDate(2026, 2, 9))).ok()
                   ? success()
                   : makeError(ErrorCode::Refused, QStringLiteral("no such bilan"));
    });
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(sessions->forBilan(bilanId).value().isEmpty());
    // The connection stays usable after the failure (PostgreSQL aborts the transaction until rollback).
    EXPECT_TRUE(sessions->add(planned(bilanId, QDate(2026, 2, 2))).ok());
}

TEST_P(ServiceTest, EventsAreAnnouncedOnlyForCommittedChanges)
{
    QSignalSpy spy(&store().events(), &StoreEvents::clientChanged);
    (void)store().transact([&]() -> Result<void> {
        Client client;
        client.lastName = QStringLiteral("Rolled");
        client.firstName = QStringLiteral("Back");
        (void)store().clients().add(client);
        return makeError(ErrorCode::Refused, QStringLiteral("no"));
    });
    EXPECT_EQ(spy.count(), 0);
    Client client;
    client.lastName = QStringLiteral("Kept");
    client.firstName = QStringLiteral("Record");
    const qint64 id = clients->add(client).value();
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.first().first().toLongLong(), id);
}

TEST_P(ServiceTest, ASecondOpenBilanIsRefusedWithItsNumber)
{
    const qint64 bilanId = newBilan();
    const qint64 clientId = bilans->get(bilanId).value().clientId;
    const auto second = bilans->open(clientId, Funding::Personal, {});
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, ErrorCode::Refused);
    EXPECT_TRUE(second.error().message.contains(QString::number(bilanId)));
}

TEST_P(ServiceTest, PlanningPastTheCapIsRefusedAndChangesNothing)
{
    const qint64 bilanId = newBilan();
    for (int week = 0; week < 8; ++week)
        ASSERT_TRUE(sessions->add(planned(bilanId, QDate(2026, 1, 19).addDays(7 * week), 180)).ok());
    const auto ninth = sessions->add(planned(bilanId, QDate(2026, 3, 16), 60, Phase::Conclusion));
    ASSERT_FALSE(ninth.ok());
    EXPECT_EQ(ninth.error().code, ErrorCode::Refused);
    EXPECT_EQ(sessions->forBilan(bilanId).value().size(), 8);
    // The follow-up is outside the cap.
    EXPECT_TRUE(sessions->add(planned(bilanId, QDate(2026, 9, 14), 60, Phase::FollowUp)).ok());
}

TEST_P(ServiceTest, LoggingTwiceEditsTheSameSession)
{
    const qint64 bilanId = newBilan();
    const qint64 id = sessions->add(planned(bilanId, QDate(2026, 1, 19))).value();
    SessionLog first;
    first.status = SessionStatus::Done;
    first.notes = QStringLiteral("Première séance.");
    const auto logged = sessions->log(id, first);
    ASSERT_TRUE(logged.ok());
    EXPECT_EQ(logged->actualMinutes, 150); // defaults to the planned length

    SessionLog second;
    second.status = SessionStatus::Done;
    second.actualMinutes = 135;
    ASSERT_TRUE(sessions->log(id, second).ok());
    const QList<Session> all = sessions->forBilan(bilanId).value();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all.first().actualMinutes, 135);
    EXPECT_EQ(all.first().notes, QStringLiteral("Première séance.")); // notes unchanged when not given

    SessionLog cancelled;
    cancelled.status = SessionStatus::Cancelled;
    ASSERT_TRUE(sessions->log(id, cancelled).ok());
    EXPECT_FALSE(sessions->get(id).value().actualMinutes.has_value());
}

TEST_P(ServiceTest, InvalidInputIsRefusedBeforeStorage)
{
    const qint64 bilanId = newBilan();
    const auto negative = sessions->add(planned(bilanId, QDate(2026, 1, 19), -10));
    ASSERT_FALSE(negative.ok());
    EXPECT_EQ(negative.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(negative.error().field, QStringLiteral("planned_minutes"));
    Client nameless;
    nameless.firstName = QStringLiteral("Anonyme");
    EXPECT_EQ(clients->add(nameless).error().field, QStringLiteral("last_name"));
    EXPECT_TRUE(sessions->forBilan(bilanId).value().isEmpty());
}

TEST_P(ServiceTest, TheOverviewHasHoursPhaseAndSessions)
{
    const qint64 bilanId = newBilan();
    const qint64 first = sessions->add(planned(bilanId, QDate(2026, 1, 12), 180, Phase::Preliminary)).value();
    ASSERT_TRUE(sessions->log(first, SessionLog { SessionStatus::Done, 170, std::nullopt }).ok());
    ASSERT_TRUE(sessions->add(planned(bilanId, QDate(2026, 1, 19))).ok());
    clock.set(QDateTime(QDate(2026, 1, 14), QTime(9, 0), Qt::UTC));
    const auto overview = bilans->overview(bilanId);
    ASSERT_TRUE(overview.ok());
    EXPECT_EQ(overview->client.lastName, QStringLiteral("Çelik"));
    EXPECT_EQ(overview->sessions.size(), 2);
    EXPECT_EQ(overview->timeline.current, Phase::Preliminary);
    EXPECT_EQ(overview->timeline.hours.of(Phase::Preliminary).doneMinutes, 170);
    EXPECT_EQ(overview->timeline.hours.countedPlannedMinutes(), 330);
}

PARCOURS_ON_BOTH_BACKENDS(ServiceTest);
