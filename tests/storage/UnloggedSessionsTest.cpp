// Sessions left « planned » after their day, and sessions planned in an absence, on both backends: the reminders,
// the compliance checks and the agenda must show them (trial 21, bugs 2 and 3).
#include "TestDatabase.h"

#include <parcours/core/AgendaService.h>
#include <parcours/core/BilanEndService.h>
#include <parcours/core/BilanService.h>
#include <parcours/core/ClientService.h>
#include <parcours/core/ComplianceService.h>
#include <parcours/core/FollowUpService.h>
#include <parcours/core/PlanningService.h>
#include <parcours/core/ScheduleRepository.h>
#include <parcours/core/SessionService.h>
#include <parcours/core/WallClock.h>

#include <QLocale>

using namespace parcours;
using namespace parcours::test;

namespace {

class UnloggedSessionsTest : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        clients = std::make_unique<ClientService>(store(), clock);
        bilans = std::make_unique<BilanService>(store(), clock);
        sessions = std::make_unique<SessionService>(store(), clock);
    }
    qint64 newBilan(const QString& last, const QString& first, QDate start = QDate(2026, 1, 12))
    {
        Client client;
        client.lastName = last;
        client.firstName = first;
        const qint64 clientId = clients->add(client).value();
        return bilans->open(clientId, Funding::Cpf, start).value();
    }
    qint64 planned(qint64 bilanId, const QDateTime& startsAt, Phase phase = Phase::Investigation)
    {
        Session session;
        session.bilanId = bilanId;
        session.phase = phase;
        session.startsAt = startsAt;
        session.plannedMinutes = 150;
        auto id = sessions->add(session);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.valueOr(0);
    }
    QList<Reminder> toLog()
    {
        auto due = ReminderService(store(), clock).upcoming();
        EXPECT_TRUE(due.ok()) << due.error().message.toStdString();
        QList<Reminder> found;
        for (const Reminder& reminder : due.valueOr({})) {
            if (reminder.kind == ReminderKind::SessionsToLog)
                found << reminder;
        }
        return found;
    }
    ComplianceCheck check(qint64 bilanId, CheckId id)
    {
        auto checks = ComplianceService(store(), clock).checks(bilanId);
        EXPECT_TRUE(checks.ok());
        for (const ComplianceCheck& item : checks.valueOr({})) {
            if (item.id == id)
                return item;
        }
        ADD_FAILURE() << "no such check";
        return {};
    }

    ManualClock clock { wallClock(QDate(2026, 2, 16), QTime(9, 0)) };
    std::unique_ptr<ClientService> clients;
    std::unique_ptr<BilanService> bilans;
    std::unique_ptr<SessionService> sessions;
};

} // namespace

TEST_P(UnloggedSessionsTest, PastSessionsNeverLoggedAreRemindedOncePerBilanFromTheDayAfter)
{
    // Planned from 12 January, nothing logged: on 16 February five sessions are past.
    clock.set(wallClock(QDate(2026, 1, 10), QTime(9, 0)));
    const qint64 zoe = newBilan(QStringLiteral("Lefèvre"), QStringLiteral("Zoé"));
    for (int week = 0; week < 6; ++week)
        planned(zoe, wallClock(QDate(2026, 1, 12).addDays(7 * week), QTime(14, 0)));
    const qint64 other = newBilan(QStringLiteral("Martin"), QStringLiteral("Léo"));
    const qint64 held = planned(other, wallClock(QDate(2026, 1, 13), QTime(10, 0)));
    planned(other, wallClock(QDate(2026, 3, 3), QTime(10, 0))); // ahead: nothing to log

    clock.set(wallClock(QDate(2026, 2, 16), QTime(9, 0)));
    ASSERT_TRUE(sessions->log(held, SessionLog { SessionStatus::Done, 150, std::nullopt }).ok());
    QList<Reminder> due = toLog();
    ASSERT_EQ(due.size(), 1);
    EXPECT_EQ(due.first().bilanId, zoe);
    EXPECT_EQ(due.first().clientName, QStringLiteral("Zoé Lefèvre"));
    EXPECT_EQ(due.first().sessionCount, 5); // 12/01 … 09/02; today's at 14:00 is not past its day yet
    EXPECT_EQ(due.first().dueOn, QDate(2026, 1, 12));
    EXPECT_TRUE(due.first().overdue(clock.today()));

    // Until the end of its day a session is not « to log »; the day after it is.
    clock.set(wallClock(QDate(2026, 2, 16), QTime(23, 30)));
    EXPECT_EQ(toLog().value(0).sessionCount, 5);
    clock.set(wallClock(QDate(2026, 2, 17), QTime(0, 10)));
    EXPECT_EQ(toLog().value(0).sessionCount, 6);

    // Logging them (held, no-show, cancelled) clears the reminder.
    auto all = sessions->forBilan(zoe).value();
    for (const Session& session : all) {
        const SessionStatus status
            = session.startsAt.date() == QDate(2026, 1, 19) ? SessionStatus::NoShow : SessionStatus::Done;
        ASSERT_TRUE(sessions->log(session.id, SessionLog { status, status == SessionStatus::Done ? 150 : 0,
                                                  std::nullopt })
                        .ok());
    }
    EXPECT_TRUE(toLog().isEmpty());
}

TEST_P(UnloggedSessionsTest, OlderThanAYearOnlyTheOpenBilansAreRead)
{
    clock.set(wallClock(QDate(2024, 1, 2), QTime(9, 0)));
    const qint64 open = newBilan(QStringLiteral("Lefèvre"), QStringLiteral("Zoé"), QDate(2024, 1, 8));
    planned(open, wallClock(QDate(2024, 1, 8), QTime(14, 0)));
    const qint64 ended = newBilan(QStringLiteral("Martin"), QStringLiteral("Léo"), QDate(2024, 1, 8));
    planned(ended, wallClock(QDate(2024, 1, 9), QTime(14, 0)));
    planned(ended, wallClock(QDate(2025, 9, 1), QTime(14, 0)), Phase::FollowUp);
    clock.set(wallClock(QDate(2024, 3, 1), QTime(9, 0)));
    auto abandoned = BilanEndService(store(), clock).abandon(ended, QStringLiteral("Déménagement"));
    ASSERT_TRUE(abandoned.ok()) << abandoned.error().message.toStdString();

    clock.set(wallClock(QDate(2026, 2, 16), QTime(9, 0)));
    auto found = store().schedule().unloggedSessions(clock.today());
    ASSERT_TRUE(found.ok()) << found.error().message.toStdString();
    ASSERT_EQ(found->size(), 2);
    EXPECT_EQ(found->at(0).bilanId, open); // two years old, still open: reminded
    EXPECT_EQ(found->at(0).firstDay, QDate(2024, 1, 8));
    EXPECT_EQ(found->at(1).bilanId, ended); // its session of the last year only
    EXPECT_EQ(found->at(1).count, 1);
    EXPECT_EQ(found->at(1).firstDay, QDate(2025, 9, 1));
    // A year after that session, nothing of the abandoned bilan is read any more.
    clock.set(wallClock(QDate(2026, 9, 10), QTime(9, 0)));
    ASSERT_EQ(store().schedule().unloggedSessions(clock.today())->size(), 1);
    EXPECT_EQ(store().schedule().unloggedSessions(clock.today())->at(0).bilanId, open);
}

TEST_P(UnloggedSessionsTest, ThePastSessionsToLogAreAPointToFixOfTheBilan)
{
    clock.set(wallClock(QDate(2026, 1, 10), QTime(9, 0)));
    const qint64 zoe = newBilan(QStringLiteral("Lefèvre"), QStringLiteral("Zoé"));
    const qint64 first = planned(zoe, wallClock(QDate(2026, 1, 12), QTime(14, 0)), Phase::Preliminary);
    planned(zoe, wallClock(QDate(2026, 1, 19), QTime(14, 0)));
    planned(zoe, wallClock(QDate(2026, 3, 2), QTime(14, 0)), Phase::Conclusion);
    EXPECT_EQ(check(zoe, CheckId::SessionsLogged).state, CheckState::Met);

    clock.set(wallClock(QDate(2026, 2, 16), QTime(9, 0)));
    const ComplianceCheck due = check(zoe, CheckId::SessionsLogged);
    EXPECT_EQ(due.state, CheckState::Missing);
    EXPECT_EQ(due.fix, FixPlace::Sessions);
    EXPECT_TRUE(due.detail.startsWith(QStringLiteral("2 past session"))) << due.detail.toStdString();
    EXPECT_TRUE(due.detail.contains(QStringLiteral("12/01/2026"))) << due.detail.toStdString();
    EXPECT_GE(ComplianceService(store(), clock).summary(zoe)->missing, 1); // the list's column is not ✓

    ASSERT_TRUE(sessions->log(first, SessionLog { SessionStatus::Done, 150, std::nullopt }).ok());
    EXPECT_TRUE(check(zoe, CheckId::SessionsLogged).detail.startsWith(QStringLiteral("1 past session")));
}

TEST_P(UnloggedSessionsTest, APlannedSessionInAnAbsenceIsFlaggedAndNamedWhenTheAbsenceIsAdded)
{
    clock.set(wallClock(QDate(2026, 2, 2), QTime(9, 0)));
    const qint64 zoe = newBilan(QStringLiteral("Lefèvre"), QStringLiteral("Zoé"));
    const qint64 monday = planned(zoe, wallClock(QDate(2026, 2, 16), QTime(14, 0)));
    const qint64 before = planned(zoe, wallClock(QDate(2026, 2, 13), QTime(14, 0)));
    const qint64 cancelled = planned(zoe, wallClock(QDate(2026, 2, 18), QTime(10, 0)));
    ASSERT_TRUE(sessions->log(cancelled, SessionLog { SessionStatus::Cancelled, 0, std::nullopt }).ok());

    PlanningService planning(store(), clock);
    ASSERT_TRUE(planning.addAbsence(Absence { 0, QDate(2026, 2, 16), QDate(2026, 2, 20), QStringLiteral("Vacances"), 0 })
                    .ok());
    auto inside = planning.plannedDuring(QDate(2026, 2, 16), QDate(2026, 2, 20));
    ASSERT_TRUE(inside.ok());
    ASSERT_EQ(inside->size(), 1);
    EXPECT_EQ(inside->first().session.id, monday);

    auto week = AgendaService(store(), clock).week(QDate(2026, 2, 16));
    ASSERT_TRUE(week.ok());
    QHash<qint64, bool> flagged;
    for (const AgendaEntry& entry : week->entries)
        flagged.insert(entry.session.id, entry.duringAbsence);
    EXPECT_TRUE(flagged.value(monday));
    EXPECT_FALSE(flagged.value(cancelled, true)); // called off already: nothing to do
    auto previous = AgendaService(store(), clock).week(QDate(2026, 2, 13));
    ASSERT_EQ(previous->entries.size(), 1);
    EXPECT_EQ(previous->entries.first().session.id, before);
    EXPECT_FALSE(previous->entries.first().duringAbsence);
}

PARCOURS_ON_BOTH_BACKENDS(UnloggedSessionsTest);
