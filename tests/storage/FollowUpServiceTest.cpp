// Closing and abandoning bilans, their follow-ups and the reminders, on both backends: refusals change nothing.
#include "Database.h"
#include "SqlQuery.h"
#include "TestDatabase.h"

#include <parcours/core/AgreementService.h>
#include <parcours/core/BilanEndService.h>
#include <parcours/core/BilanService.h>
#include <parcours/core/ClientService.h>
#include <parcours/core/FollowUpRepository.h>
#include <parcours/core/FollowUpService.h>
#include <parcours/core/SessionService.h>
#include <parcours/core/StoreEvents.h>
#include <parcours/core/WallClock.h>

#include <QLocale>
#include <QSignalSpy>

using namespace parcours;
using namespace parcours::test;

namespace {

class FollowUpServiceTest : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        clients = std::make_unique<ClientService>(store(), clock);
        bilans = std::make_unique<BilanService>(store(), clock);
        sessions = std::make_unique<SessionService>(store(), clock);
        ends = std::make_unique<BilanEndService>(store(), clock);
        followUps = std::make_unique<FollowUpService>(store(), clock);
        remindersService = std::make_unique<ReminderService>(store(), clock);
    }
    qint64 newBilan(const QString& last, const QString& first, Funding funding = Funding::Personal,
        QDate start = QDate(2026, 1, 12))
    {
        Client client;
        client.lastName = last;
        client.firstName = first;
        const qint64 clientId = clients->add(client).value();
        return bilans->open(clientId, funding, start).value();
    }
    qint64 done(qint64 bilanId, QDate date, Phase phase)
    {
        Session session;
        session.bilanId = bilanId;
        session.phase = phase;
        session.startsAt = wallClock(date, QTime(10, 0));
        session.plannedMinutes = 60;
        const qint64 id = sessions->add(session).value();
        EXPECT_TRUE(sessions->log(id, SessionLog { SessionStatus::Done, 60, std::nullopt }).ok());
        return id;
    }
    int rows(const char* table)
    {
        SqlQuery query(store().database(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(QString::fromLatin1(table)));
        EXPECT_TRUE(query.exec().ok());
        return query.next() ? query.value(0).toInt() : -1;
    }
    /// What a refusal must leave as it was.
    QString snapshot(qint64 bilanId)
    {
        const Bilan bilan = bilans->get(bilanId).value();
        return QStringLiteral("%1 %2 v%3 abandonments=%4 follow-ups=%5 attempts=%6 notes=%7")
            .arg(toKey(bilan.status), bilan.endDate.toString(Qt::ISODate))
            .arg(bilan.version)
            .arg(rows("bilan_abandonment"))
            .arg(rows("follow_up"))
            .arg(rows("follow_up_attempt"))
            .arg(rows("follow_up_note"));
    }
    QList<qint64> dueIds(QDate before)
    {
        auto due = remindersService->due(before);
        EXPECT_TRUE(due.ok()) << due.error().message.toStdString();
        QList<qint64> ids;
        for (const Reminder& reminder : due.valueOr({}))
            ids << reminder.bilanId;
        return ids;
    }

    ManualClock clock { QDateTime(QDate(2026, 9, 1), QTime(9, 0), Qt::UTC) };
    std::unique_ptr<ClientService> clients;
    std::unique_ptr<BilanService> bilans;
    std::unique_ptr<SessionService> sessions;
    std::unique_ptr<BilanEndService> ends;
    std::unique_ptr<FollowUpService> followUps;
    std::unique_ptr<ReminderService> remindersService;
};

} // namespace

TEST_P(FollowUpServiceTest, LoggingSessionsNeverClosesABilanClosingDoesOnTheLastConclusionSession)
{
    const qint64 zoe = newBilan(QStringLiteral("Lefèvre"), QStringLiteral("Zoé"));
    done(zoe, QDate(2026, 8, 24), Phase::Conclusion);
    done(zoe, QDate(2026, 8, 31), Phase::Conclusion);
    EXPECT_EQ(bilans->get(zoe)->status, BilanStatus::Open);
    EXPECT_FALSE(bilans->get(zoe)->endDate.isValid());

    QSignalSpy changed(&store().events(), &StoreEvents::followUpChanged);
    auto end = ends->close(zoe);
    ASSERT_TRUE(end.ok()) << end.error().message.toStdString();
    EXPECT_EQ(end.value(), QDate(2026, 8, 31));
    const Bilan closed = bilans->get(zoe).value();
    EXPECT_EQ(closed.status, BilanStatus::Closed);
    EXPECT_EQ(closed.endDate, QDate(2026, 8, 31));
    EXPECT_EQ(changed.count(), 1);
    const FollowUpRecord followUp = followUps->get(zoe).value();
    EXPECT_EQ(followUp.dueOn, QDate(2027, 2, 28)); // 31 August + 6 months
    EXPECT_FALSE(followUp.moved);
    EXPECT_FALSE(followUp.settled());
}

TEST_P(FollowUpServiceTest, WithoutAConclusionSessionTheBilanEndsTodayOrOnTheDateGiven)
{
    const qint64 zoe = newBilan(QStringLiteral("Lefèvre"), QStringLiteral("Zoé"));
    EXPECT_EQ(ends->close(zoe).value(), QDate(2026, 9, 1));
    const qint64 loic = newBilan(QStringLiteral("Çelik"), QStringLiteral("Loïc"));
    EXPECT_EQ(ends->close(loic, QDate(2026, 7, 15)).value(), QDate(2026, 7, 15));
    EXPECT_EQ(followUps->get(loic)->dueOn, QDate(2027, 1, 15));
}

TEST_P(FollowUpServiceTest, RefusedEndsChangeNothing)
{
    const qint64 zoe = newBilan(QStringLiteral("Lefèvre"), QStringLiteral("Zoé"));
    done(zoe, QDate(2026, 8, 20), Phase::Investigation);
    const QString before = snapshot(zoe);
    auto future = ends->close(zoe, QDate(2026, 9, 2));
    ASSERT_FALSE(future.ok());
    EXPECT_EQ(future.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(ends->close(zoe, QDate(2026, 1, 11)).error().code, ErrorCode::InvalidInput); // before the start
    auto beforeSession = ends->close(zoe, QDate(2026, 8, 19));
    ASSERT_FALSE(beforeSession.ok());
    EXPECT_EQ(beforeSession.error().message, QStringLiteral("A session took place after that day (20/08/2026)."));
    EXPECT_EQ(ends->abandon(zoe, QStringLiteral("  ")).error().field, QStringLiteral("reason"));
    EXPECT_EQ(ends->close(9999).error().code, ErrorCode::NotFound);
    EXPECT_EQ(snapshot(zoe), before);

    ASSERT_TRUE(ends->close(zoe).ok());
    const QString closed = snapshot(zoe);
    auto again = ends->close(zoe);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().message, QStringLiteral("Bilan no. %1 is already closed.").arg(zoe));
    EXPECT_EQ(ends->abandon(zoe, QStringLiteral("Moved away")).error().code, ErrorCode::Refused);
    EXPECT_EQ(snapshot(zoe), closed);
}

TEST_P(FollowUpServiceTest, AnAbandonedBilanKeepsItsReasonAndHasNoFollowUpNorReminder)
{
    const qint64 zoe = newBilan(QStringLiteral("Lefèvre"), QStringLiteral("Zoé"));
    auto end = ends->abandon(zoe, QStringLiteral("  Found a job elsewhere "), QDate(2026, 3, 2));
    ASSERT_TRUE(end.ok()) << end.error().message.toStdString();
    const Bilan bilan = bilans->get(zoe).value();
    EXPECT_EQ(bilan.status, BilanStatus::Abandoned);
    EXPECT_EQ(bilan.endDate, QDate(2026, 3, 2));
    EXPECT_EQ(ends->abandonment(zoe).value()->reason, QStringLiteral("Found a job elsewhere"));
    EXPECT_EQ(rows("follow_up"), 0);
    EXPECT_EQ(followUps->get(zoe).error().code, ErrorCode::Refused);
    EXPECT_TRUE(dueIds(QDate(2030, 1, 1)).isEmpty());
    EXPECT_EQ(ends->close(zoe).error().message, QStringLiteral("Bilan no. %1 was already abandoned.").arg(zoe));
}

TEST_P(FollowUpServiceTest, TheReminderListAtSeveralClockTimes)
{
    const qint64 zoe = newBilan(QStringLiteral("Lefèvre"), QStringLiteral("Zoé"));
    const qint64 loic = newBilan(QStringLiteral("Çelik"), QStringLiteral("Loïc"));
    const qint64 anne = newBilan(QStringLiteral("Roux"), QStringLiteral("Anne"));
    ASSERT_TRUE(ends->close(zoe, QDate(2026, 8, 31)).ok()); // due 28 February 2027
    ASSERT_TRUE(ends->close(loic, QDate(2026, 6, 15)).ok()); // due 15 December 2026
    ASSERT_TRUE(ends->abandon(anne, QStringLiteral("Illness"), QDate(2026, 6, 1)).ok());

    clock.set(QDateTime(QDate(2026, 11, 14), QTime(9, 0), Qt::UTC));
    EXPECT_TRUE(remindersService->upcoming()->isEmpty()); // 15 December is 31 days away
    clock.set(QDateTime(QDate(2026, 11, 15), QTime(9, 0), Qt::UTC));
    ASSERT_EQ(remindersService->upcoming()->size(), 1);
    EXPECT_EQ(remindersService->upcoming()->first().clientName, QStringLiteral("Loïc Çelik"));
    clock.set(QDateTime(QDate(2027, 2, 1), QTime(9, 0), Qt::UTC));
    auto due = remindersService->upcoming();
    ASSERT_EQ(due->size(), 2);
    EXPECT_TRUE(due->at(0).overdue(clock.today())); // Loïc's, overdue since December
    EXPECT_EQ(due->at(0).bilanId, loic);
    EXPECT_EQ(due->at(1).bilanId, zoe);
    EXPECT_EQ(due->at(1).dueOn, QDate(2027, 2, 28));
    EXPECT_EQ(dueIds(QDate(2027, 2, 28)), QList<qint64> { loic }); // exclusive bound

    // Done: gone from the list. Moved: due on the new date.
    const FollowUpChange recorded { {}, {}, FollowUpOutcome::Done, QDate(2027, 1, 20), {}, {} };
    ASSERT_TRUE(followUps->apply(loic, recorded).ok());
    FollowUpChange move;
    move.moveTo = QDate(2027, 4, 10);
    auto moved = followUps->apply(zoe, move);
    ASSERT_TRUE(moved.ok()) << moved.error().message.toStdString();
    EXPECT_TRUE(moved->moved);
    EXPECT_TRUE(remindersService->upcoming()->isEmpty());
    EXPECT_EQ(dueIds(QDate(2027, 4, 11)), QList<qint64> { zoe });
}

TEST_P(FollowUpServiceTest, AFollowUpWhoseSessionIsPlannedIsRemindedOnThatSessionNotAsOneToPlan)
{
    const qint64 zoe = newBilan(QStringLiteral("Lefèvre"), QStringLiteral("Zoé"));
    clock.set(QDateTime(QDate(2027, 1, 20), QTime(9, 0), Qt::UTC));
    done(zoe, QDate(2027, 1, 18), Phase::Conclusion);
    ASSERT_TRUE(ends->close(zoe, QDate(2027, 1, 18)).ok()); // due 18 July 2027
    clock.set(QDateTime(QDate(2027, 7, 5), QTime(9, 0), Qt::UTC));
    auto due = remindersService->upcoming();
    ASSERT_EQ(due->size(), 1);
    EXPECT_FALSE(due->first().plannedAt.isValid()) << "not planned yet: to plan";

    // Planned the day after it is due: the reminder carries the session and is due that day, not overdue before.
    Session followUp;
    followUp.bilanId = zoe;
    followUp.phase = Phase::FollowUp;
    followUp.startsAt = wallClock(QDate(2027, 7, 19), QTime(14, 0));
    followUp.plannedMinutes = 60;
    const qint64 sessionId = sessions->add(followUp).value();
    due = remindersService->upcoming();
    ASSERT_EQ(due->size(), 1);
    EXPECT_EQ(due->first().plannedAt, wallClock(QDate(2027, 7, 19), QTime(14, 0)));
    EXPECT_EQ(due->first().dueOn, QDate(2027, 7, 19));
    clock.set(QDateTime(QDate(2027, 7, 19), QTime(9, 0), Qt::UTC));
    EXPECT_FALSE(remindersService->upcoming()->first().overdue(clock.today()));

    // Cancelled: to plan again, due on its own date.
    ASSERT_TRUE(sessions->log(sessionId, SessionLog { SessionStatus::Cancelled, std::nullopt, std::nullopt }).ok());
    due = remindersService->upcoming();
    ASSERT_EQ(due->size(), 1);
    EXPECT_FALSE(due->first().plannedAt.isValid());
    EXPECT_EQ(due->first().dueOn, QDate(2027, 7, 18));
}

TEST_P(FollowUpServiceTest, DeclinedOrUnreachableWithTheAttemptsInOneGo)
{
    const qint64 zoe = newBilan(QStringLiteral("Lefèvre"), QStringLiteral("Zoé"));
    ASSERT_TRUE(ends->close(zoe, QDate(2026, 3, 2)).ok());
    FollowUpChange change;
    change.attempts << ContactAttempt { 0, QDate(2026, 8, 28), ContactChannel::Phone }
                    << ContactAttempt { 0, QDate(2026, 8, 31), ContactChannel::Email };
    change.outcome = FollowUpOutcome::Unreachable;
    change.notes = QStringLiteral("Messagerie pleine.");
    auto record = followUps->apply(zoe, change);
    ASSERT_TRUE(record.ok()) << record.error().message.toStdString();
    EXPECT_EQ(record->outcome, FollowUpOutcome::Unreachable);
    EXPECT_EQ(record->outcomeOn, QDate(2026, 9, 1));
    ASSERT_EQ(record->attempts.size(), 2);
    EXPECT_EQ(record->attempts[1].channel, ContactChannel::Email);
    EXPECT_EQ(followUps->get(zoe)->notes, QStringLiteral("Messagerie pleine."));
    EXPECT_EQ(rows("follow_up_note"), 1);

    // Recorded once: a second outcome is refused and nothing changes.
    const QString before = snapshot(zoe);
    auto again = followUps->apply(zoe, FollowUpChange { {}, {}, FollowUpOutcome::Done, {}, {}, {} });
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Refused);
    EXPECT_EQ(snapshot(zoe), before);
}

TEST_P(FollowUpServiceTest, BadFollowUpDatesAreRefusedWhole)
{
    const qint64 zoe = newBilan(QStringLiteral("Lefèvre"), QStringLiteral("Zoé"));
    const qint64 open = newBilan(QStringLiteral("Çelik"), QStringLiteral("Loïc"));
    ASSERT_TRUE(ends->close(zoe, QDate(2026, 3, 2)).ok());
    const QString before = snapshot(zoe);
    FollowUpChange future;
    future.attempts << ContactAttempt { 0, QDate(2026, 8, 28), ContactChannel::Phone };
    future.outcome = FollowUpOutcome::Declined;
    future.outcomeOn = QDate(2026, 9, 2);
    EXPECT_EQ(followUps->apply(zoe, future).error().field, QStringLiteral("date"));
    FollowUpChange early;
    early.moveTo = QDate(2026, 3, 1);
    EXPECT_EQ(followUps->apply(zoe, early).error().field, QStringLiteral("due_on"));
    FollowUpChange attempt;
    attempt.attempts << ContactAttempt { 0, QDate(2026, 2, 1), ContactChannel::Letter };
    EXPECT_EQ(followUps->apply(zoe, attempt).error().field, QStringLiteral("attempts"));
    EXPECT_EQ(snapshot(zoe), before);
    EXPECT_EQ(followUps->apply(open, FollowUpChange { {}, {}, FollowUpOutcome::Done, {}, {}, {} }).error().code,
        ErrorCode::Refused);
    EXPECT_EQ(followUps->get(4242).error().code, ErrorCode::NotFound);
}

TEST_P(FollowUpServiceTest, AgreementsAwaitingTheirSignatureAndCpfDeclarationsAreRemindedToo)
{
    const qint64 employer = newBilan(QStringLiteral("Lefèvre"), QStringLiteral("Zoé"), Funding::Employer);
    ASSERT_TRUE(AgreementService(store(), clock).record(employer, AgreementEvent::Sent, QDate(2026, 8, 20)).ok());
    const qint64 cpf = newBilan(QStringLiteral("Çelik"), QStringLiteral("Loïc"), Funding::Cpf);
    done(cpf, QDate(2026, 8, 27), Phase::Preliminary); // a Thursday: entry due Tuesday 1 September
    auto due = remindersService->upcoming();
    ASSERT_TRUE(due.ok()) << due.error().message.toStdString();
    ASSERT_EQ(due->size(), 2);
    EXPECT_EQ(due->at(0).kind, ReminderKind::AgreementUnsigned);
    EXPECT_EQ(due->at(0).dueOn, QDate(2026, 8, 31)); // 30 August was the last day to sign
    EXPECT_EQ(due->at(0).bilanId, employer);
    EXPECT_EQ(due->at(1).kind, ReminderKind::CpfEntry);
    EXPECT_EQ(due->at(1).dueOn, QDate(2026, 9, 1));
    EXPECT_EQ(due->at(1).bilanId, cpf);
}

PARCOURS_ON_BOTH_BACKENDS(FollowUpServiceTest);
