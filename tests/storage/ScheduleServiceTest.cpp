// Planning, moving and logging sessions over a real database, on both backends: what is refused changes nothing.
#include "Database.h"
#include "SqlQuery.h"
#include "TestDatabase.h"

#include <parcours/core/AgendaService.h>
#include <parcours/core/BilanService.h>
#include <parcours/core/ClientService.h>
#include <parcours/core/PlanningService.h>
#include <parcours/core/ScheduleRepository.h>
#include <parcours/core/SessionLogService.h>
#include <parcours/core/SessionService.h>
#include <parcours/core/WallClock.h>

#include <QLocale>

using namespace parcours;
using namespace parcours::test;

namespace {

class ScheduleServiceTest : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        clients = std::make_unique<ClientService>(store(), clock);
        bilans = std::make_unique<BilanService>(store(), clock);
        sessions = std::make_unique<SessionService>(store(), clock);
        planning = std::make_unique<PlanningService>(store(), clock);
        logs = std::make_unique<SessionLogService>(store(), clock);
        agenda = std::make_unique<AgendaService>(store(), clock);
    }
    qint64 newBilan(const QString& last, const QString& first, Funding funding = Funding::Cpf)
    {
        Client client;
        client.lastName = last;
        client.firstName = first;
        const qint64 clientId = clients->add(client).value();
        return bilans->open(clientId, funding, QDate(2026, 1, 12)).value();
    }
    PlanRequest mondays(QDate from, int count = 8)
    {
        PlanRequest request;
        request.from = from;
        request.weekday = Qt::Monday;
        request.time = QTime(14, 0);
        request.count = count;
        return request;
    }
    int rows(const char* table)
    {
        SqlQuery query(store().database(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(QString::fromLatin1(table)));
        EXPECT_TRUE(query.exec().ok());
        return query.next() ? query.value(0).toInt() : -1;
    }
    /// Everything a refusal must leave as it was.
    QString snapshot(qint64 bilanId)
    {
        QString text;
        const QList<Session> all = sessions->forBilan(bilanId).value();
        for (const Session& s : all)
            text += QStringLiteral("%1 %2 %3 %4 %5|")
                        .arg(s.id)
                        .arg(formatWallClock(s.startsAt), toKey(s.status))
                        .arg(s.version)
                        .arg(s.notes);
        return text + QStringLiteral("records=%1 scans=%2").arg(rows("session_record")).arg(rows("session_scan"));
    }
    qint64 done(qint64 bilanId, QDate date, Phase phase = Phase::Preliminary, int minutes = 150)
    {
        Session session;
        session.bilanId = bilanId;
        session.phase = phase;
        session.startsAt = wallClock(date, QTime(10, 0));
        session.plannedMinutes = minutes;
        const qint64 id = sessions->add(session).value();
        EXPECT_TRUE(sessions->log(id, SessionLog { SessionStatus::Done, minutes, std::nullopt }).ok());
        return id;
    }

    ManualClock clock { QDateTime(QDate(2026, 1, 10), QTime(9, 0), Qt::UTC) };
    std::unique_ptr<ClientService> clients;
    std::unique_ptr<BilanService> bilans;
    std::unique_ptr<SessionService> sessions;
    std::unique_ptr<PlanningService> planning;
    std::unique_ptr<SessionLogService> logs;
    std::unique_ptr<AgendaService> agenda;
};

} // namespace

TEST_P(ScheduleServiceTest, APlanIsSavedWholeAndFlagsOtherBeneficiariesSessions)
{
    const qint64 zoe = newBilan(QStringLiteral("Lefèvre"), QStringLiteral("Zoé"));
    auto plan = planning->propose(zoe, mondays(QDate(2026, 1, 12)));
    ASSERT_TRUE(plan.ok()) << plan.error().message.toStdString();
    const auto ids = planning->save(zoe, plan.value());
    ASSERT_TRUE(ids.ok()) << ids.error().message.toStdString();
    EXPECT_EQ(ids->size(), 8);
    const BilanOverview overview = bilans->overview(zoe).value();
    EXPECT_EQ(overview.timeline.hours.countedPlannedMinutes(), 8 * 150);
    EXPECT_EQ(overview.sessions.last().phase, Phase::Conclusion);

    // A second beneficiary on the same Mondays at 15:00: every session flagged, none refused.
    const qint64 loic = newBilan(QStringLiteral("Çelik"), QStringLiteral("Loïc"));
    PlanRequest overlapping = mondays(QDate(2026, 1, 12), 2);
    overlapping.time = QTime(15, 0);
    auto second = planning->propose(loic, overlapping);
    ASSERT_TRUE(second.ok());
    ASSERT_TRUE(second->first().has(SlotNotice::Kind::Conflict));
    EXPECT_TRUE(second->first().notices.first().text().contains(QStringLiteral("Zoé Lefèvre")));
    ASSERT_TRUE(planning->save(loic, second.value()).ok());
    const AgendaPeriod week = agenda->week(QDate(2026, 1, 14)).value();
    ASSERT_EQ(week.entries.size(), 2);
    EXPECT_EQ(week.entries.at(0).conflicts, QList<qint64> { week.entries.at(1).session.id });
    EXPECT_EQ(week.entries.at(1).clientName(), QStringLiteral("Loïc Çelik"));
}

TEST_P(ScheduleServiceTest, APlanOverTheCapIsRefusedWholeAndNothingIsStored)
{
    const qint64 bilanId = newBilan(QStringLiteral("Ménard"), QStringLiteral("Théo"));
    auto plan = planning->propose(bilanId, mondays(QDate(2026, 1, 12)));
    ASSERT_TRUE(plan.ok());
    QList<PlannedSlot> edited = plan.value();
    for (PlannedSlot& slot : edited)
        slot.minutes = 200;
    const QString before = snapshot(bilanId);
    const auto refused = planning->save(bilanId, edited);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("26 h 40"))) << refused.error().message.toStdString();
    EXPECT_EQ(snapshot(bilanId), before);
    EXPECT_TRUE(sessions->forBilan(bilanId).value().isEmpty());
}

TEST_P(ScheduleServiceTest, AMovedSessionIsLinkedAndCanBeMovedAgainFromItsReplacementOnly)
{
    const qint64 bilanId = newBilan(QStringLiteral("Dupré"), QStringLiteral("Maëlle"));
    const auto ids = planning->save(bilanId, planning->propose(bilanId, mondays(QDate(2026, 1, 12), 3)).value());
    ASSERT_TRUE(ids.ok());
    const qint64 first = ids->first();
    const auto moved = planning->move(first, wallClock(QDate(2026, 1, 15), QTime(10, 0)), Party::Beneficiary);
    ASSERT_TRUE(moved.ok()) << moved.error().message.toStdString();
    EXPECT_EQ(sessions->get(first).value().status, SessionStatus::Cancelled);
    const Session replacement = sessions->get(moved->newSessionId).value();
    EXPECT_EQ(replacement.status, SessionStatus::Planned);
    EXPECT_EQ(replacement.phase, Phase::Preliminary);
    EXPECT_EQ(formatWallClock(replacement.startsAt), QStringLiteral("2026-01-15T10:00"));
    const SessionRecord oldRecord = logs->record(first).value();
    EXPECT_EQ(oldRecord.movedTo, moved->newSessionId);
    EXPECT_EQ(oldRecord.cancelledBy, Party::Beneficiary);
    EXPECT_EQ(logs->record(moved->newSessionId).value().movedFrom, first);
    // The hours did not change: the old session no longer counts, the new one does.
    EXPECT_EQ(bilans->overview(bilanId).value().timeline.hours.countedPlannedMinutes(), 3 * 150);

    // Moving the old one again is refused and changes nothing; the replacement moves, and the chain holds.
    const QString before = snapshot(bilanId);
    const auto again = planning->move(first, wallClock(QDate(2026, 1, 16), QTime(10, 0)));
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("already moved to Thu 15 Jan 2026 10:00")))
        << again.error().message.toStdString();
    EXPECT_EQ(snapshot(bilanId), before);
    const auto third = planning->move(moved->newSessionId, wallClock(QDate(2026, 1, 16), QTime(10, 0)));
    ASSERT_TRUE(third.ok()) << third.error().message.toStdString();
    EXPECT_EQ(logs->record(moved->newSessionId).value().movedTo, third->newSessionId);
    EXPECT_EQ(logs->record(third->newSessionId).value().movedFrom, moved->newSessionId);
    EXPECT_EQ(bilans->overview(bilanId).value().sessions.size(), 5);
}

TEST_P(ScheduleServiceTest, AMoveIntoTheHourSkippedBySummerTimeIsRefused)
{
    const qint64 bilanId = newBilan(QStringLiteral("Hébert"), QStringLiteral("Gaël"));
    const auto ids = planning->save(bilanId, planning->propose(bilanId, mondays(QDate(2026, 3, 16), 2)).value());
    ASSERT_TRUE(ids.ok());
    const QString before = snapshot(bilanId);
    const auto refused = planning->move(ids->first(), wallClock(QDate(2026, 3, 29), QTime(2, 15)));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("does not exist")))
        << refused.error().message.toStdString();
    EXPECT_EQ(snapshot(bilanId), before);
    // The same rule for a session added or changed one by one.
    Session single;
    single.bilanId = bilanId;
    single.startsAt = wallClock(QDate(2026, 3, 29), QTime(2, 30));
    EXPECT_FALSE(sessions->add(single).ok());
}

TEST_P(ScheduleServiceTest, ALogOverASessionLoggedMeanwhileElsewhereIsRefusedUntilChosen)
{
    const qint64 bilanId = newBilan(QStringLiteral("Noël"), QStringLiteral("Cécile"));
    const qint64 id
        = planning->save(bilanId, planning->propose(bilanId, mondays(QDate(2026, 1, 12), 2)).value())->first();
    const int read = sessions->get(id).value().version; // both desks open the log dialog
    ASSERT_TRUE(logs->log(id, SessionLog { SessionStatus::Done, 140, QStringLiteral("Première") }, {}, read).ok());
    const QString before = snapshot(bilanId);

    const auto second = logs->log(id, SessionLog { SessionStatus::NoShow, std::nullopt, QStringLiteral("Seconde") }, {}, read);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, ErrorCode::Conflict);
    EXPECT_EQ(snapshot(bilanId), before);
    EXPECT_EQ(sessions->get(id).value().notes, QStringLiteral("Première"));
    // The consultant chose to overwrite: the log goes over the other one.
    ASSERT_TRUE(logs->log(id, SessionLog { SessionStatus::NoShow, std::nullopt, QStringLiteral("Seconde") }, {}).ok());
    EXPECT_EQ(sessions->get(id).value().status, SessionStatus::NoShow);
}

TEST_P(ScheduleServiceTest, LoggingASecondTimeEditsTheFirstLogAndNeverAddsARecord)
{
    const qint64 bilanId = newBilan(QStringLiteral("Noël"), QStringLiteral("Cécile"));
    const qint64 id
        = planning->save(bilanId, planning->propose(bilanId, mondays(QDate(2026, 1, 12), 2)).value())->first();
    SessionLogDetails details;
    details.place = Place::Office;
    details.attendanceSigned = true;
    details.personalWorkMinutes = 60;
    details.handedOver = QStringLiteral("Questionnaire « Le regard des autres »");
    ASSERT_TRUE(logs->log(id, SessionLog { SessionStatus::Done, 140, QStringLiteral("Notes") }, details).ok());
    SessionLogDetails correction;
    correction.personalWorkMinutes = 90;
    const auto again = logs->log(id, SessionLog { SessionStatus::Done, 150, std::nullopt }, correction);
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(rows("session_record"), 1);
    EXPECT_EQ(sessions->forBilan(bilanId).value().size(), 2);
    const SessionRecord record = logs->record(id).value();
    EXPECT_EQ(record.personalWorkMinutes, 90);
    EXPECT_TRUE(record.attendanceSigned); // kept from the first log
    EXPECT_EQ(record.handedOver, QStringLiteral("Questionnaire « Le regard des autres »"));
    EXPECT_EQ(sessions->get(id).value().notes, QStringLiteral("Notes"));
    const BilanHours hours = bilans->overview(bilanId).value().timeline.hours;
    EXPECT_EQ(hours.countedPersonalWorkMinutes(), 90);
    EXPECT_EQ(hours.countedDoneMinutes(), 150);
}

TEST_P(ScheduleServiceTest, RefusedLogsChangeNothing)
{
    const qint64 bilanId = newBilan(QStringLiteral("Garçon"), QStringLiteral("Inès"));
    const auto ids = planning->save(bilanId, planning->propose(bilanId, mondays(QDate(2026, 1, 12), 8)).value());
    ASSERT_TRUE(ids.ok());
    const QString before = snapshot(bilanId);
    // Cancelled without saying by whom.
    const auto anonymous
        = logs->log(ids->at(0), SessionLog { SessionStatus::Cancelled, std::nullopt, QStringLiteral("x") }, {});
    ASSERT_FALSE(anonymous.ok());
    EXPECT_EQ(anonymous.error().field, QStringLiteral("cancelled_by"));
    // 2 h 30 held: 21 h 45 of personal work would take what is done past the cap.
    SessionLogDetails work;
    work.personalWorkMinutes = 21 * 60 + 45;
    const auto tooMuch = logs->log(ids->at(0), SessionLog { SessionStatus::Done, 150, std::nullopt }, work);
    ASSERT_FALSE(tooMuch.ok());
    EXPECT_EQ(tooMuch.error().field, QStringLiteral("personal_work_minutes"));
    EXPECT_TRUE(tooMuch.error().message.contains(QStringLiteral("over the legal cap of 24 h. Declare 15 min less")))
        << tooMuch.error().message.toStdString();
    EXPECT_EQ(snapshot(bilanId), before);
}

TEST_P(ScheduleServiceTest, ASessionIsLoggedAsItWasHeldEvenWhenThePlannedOnesNoLongerFit)
{
    const qint64 bilanId = newBilan(QStringLiteral("Lefèvre"), QStringLiteral("Zoé"));
    const auto ids = planning->save(bilanId, planning->propose(bilanId, mondays(QDate(2026, 1, 12), 8)).value());
    ASSERT_TRUE(ids.ok());
    ASSERT_EQ(sessions->get(ids->last()).value().startsAt.date(), QDate(2026, 3, 2));
    // 20 h planned, 4 h of personal work declared at the first session: the 24 h are all taken.
    SessionLogDetails work;
    work.personalWorkMinutes = 240;
    const auto first = logs->log(ids->at(0), SessionLog { SessionStatus::Done, 150, std::nullopt }, work);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_FALSE(first->plannedOverCap.has_value());

    // The second session took 2 h 45: recorded as held, and the consultant is told to shorten the conclusion.
    const auto longer = logs->log(ids->at(1), SessionLog { SessionStatus::Done, 165, std::nullopt }, {});
    ASSERT_TRUE(longer.ok()) << longer.error().message.toStdString();
    EXPECT_EQ(sessions->get(ids->at(1)).value().actualMinutes, 165);
    ASSERT_TRUE(longer->plannedOverCap.has_value());
    EXPECT_EQ(longer->plannedOverCap->overMinutes, 15);
    ASSERT_EQ(longer->plannedOverCap->toShorten.size(), 1);
    EXPECT_EQ(longer->plannedOverCap->toShorten.first().id, ids->last());
    EXPECT_TRUE(longer->plannedOverCap->message().contains(QStringLiteral("To shorten or cancel: 2 March 2026 (2 h 30)")))
        << longer->plannedOverCap->message().toStdString();

    // More personal work at the third session is recorded too; both last sessions are now named.
    const auto more = logs->log(ids->at(2), SessionLog { SessionStatus::Done, 150, std::nullopt }, work);
    ASSERT_TRUE(more.ok()) << more.error().message.toStdString();
    ASSERT_TRUE(more->plannedOverCap.has_value());
    EXPECT_EQ(more->plannedOverCap->toShorten.size(), 2);
    EXPECT_EQ(bilans->overview(bilanId).value().timeline.hours.countedPersonalWorkMinutes(), 480);

    // Once the conclusion is shortened, nothing is left to say.
    Session conclusion = sessions->get(ids->last()).value();
    conclusion.plannedMinutes = 15;
    ASSERT_TRUE(sessions->update(conclusion).ok());
    Session before = sessions->get(ids->at(6)).value();
    before.plannedMinutes = 15;
    ASSERT_TRUE(sessions->update(before).ok());
    const auto settled = logs->log(ids->at(3), SessionLog { SessionStatus::Done, 150, std::nullopt }, {});
    ASSERT_TRUE(settled.ok()) << settled.error().message.toStdString();
    EXPECT_FALSE(settled->plannedOverCap.has_value());
}

TEST_P(ScheduleServiceTest, ARemoteSessionKeepsItsScanAndUndoPutsEverythingBack)
{
    const qint64 bilanId = newBilan(QStringLiteral("N'Diaye"), QStringLiteral("Anaïs"));
    const qint64 id
        = planning->save(bilanId, planning->propose(bilanId, mondays(QDate(2026, 1, 12), 1)).value())->first();
    const SessionState planned = logs->state(id).value();
    SessionLogDetails remote;
    remote.place = Place::Remote;
    remote.consultantAttested = true;
    remote.scan = SessionScan { 0, QStringLiteral("émargement.pdf"), {}, QByteArray("%PDF-1.4 signed") };
    ASSERT_TRUE(logs->log(id, SessionLog { SessionStatus::Done, 150, std::nullopt }, remote).ok());
    const SessionRecord record = logs->record(id).value();
    EXPECT_EQ(record.scanFileName, QStringLiteral("émargement.pdf"));
    EXPECT_TRUE(attendanceGap(sessions->get(id).value(), record).isEmpty());
    const auto scan = logs->scan(id).value();
    ASSERT_TRUE(scan.has_value());
    EXPECT_EQ(scan->mediaType, QStringLiteral("application/pdf"));
    EXPECT_EQ(scan->content, QByteArray("%PDF-1.4 signed"));

    const SessionState logged = logs->state(id).value();
    ASSERT_TRUE(logs->restoreState(planned).ok());
    EXPECT_EQ(sessions->get(id).value().status, SessionStatus::Planned);
    EXPECT_EQ(rows("session_record"), 0);
    EXPECT_EQ(rows("session_scan"), 0);
    ASSERT_TRUE(logs->restoreState(logged).ok());
    EXPECT_EQ(logs->record(id).value().scanFileName, QStringLiteral("émargement.pdf"));
    EXPECT_EQ(sessions->get(id).value().status, SessionStatus::Done);
}

TEST_P(ScheduleServiceTest, CpfDeclarationsAreDueUntilMarkedDeclared)
{
    const qint64 cpf = newBilan(QStringLiteral("Bœuf"), QStringLiteral("Hélène"));
    const qint64 employer = newBilan(QStringLiteral("Garnier"), QStringLiteral("Paul"), Funding::Employer);
    EXPECT_TRUE(agenda->cpfDue().value().isEmpty());
    done(cpf, QDate(2026, 1, 16));
    done(employer, QDate(2026, 1, 16));
    auto due = agenda->cpfDue().value();
    ASSERT_EQ(due.size(), 1);
    EXPECT_EQ(due.first().bilanId, cpf);
    EXPECT_EQ(due.first().clientName, QStringLiteral("Hélène Bœuf"));
    EXPECT_EQ(due.first().deadline.step, CpfStep::Entry);
    EXPECT_EQ(due.first().deadline.dueBy, QDate(2026, 1, 21));

    clock.set(QDateTime(QDate(2026, 1, 19), QTime(9, 0), Qt::UTC));
    EXPECT_FALSE(agenda->declareCpf(cpf, CpfStep::Entry, QDate(2026, 1, 15)).ok()); // before the session
    EXPECT_FALSE(agenda->declareCpf(cpf, CpfStep::Entry, QDate(2026, 1, 20)).ok()); // in the future
    EXPECT_FALSE(agenda->declareCpf(cpf, CpfStep::Exit).ok()); // the bilan runs
    EXPECT_FALSE(agenda->declareCpf(employer, CpfStep::Entry).ok());
    ASSERT_TRUE(agenda->declareCpf(cpf, CpfStep::Entry).ok());
    EXPECT_TRUE(agenda->cpfDue().value().isEmpty());
    EXPECT_EQ(agenda->cpfStatus(cpf).value().entry->declaredOn, QDate(2026, 1, 19));
    ASSERT_TRUE(agenda->declareCpf(cpf, CpfStep::Entry, QDate(2026, 1, 16)).ok()); // corrected, not added
    EXPECT_EQ(rows("cpf_declaration"), 1);

    Bilan ended = bilans->get(cpf).value();
    ended.status = BilanStatus::Closed;
    ended.endDate = QDate(2026, 3, 6);
    ASSERT_TRUE(bilans->update(ended).ok());
    due = agenda->cpfDue().value();
    ASSERT_EQ(due.size(), 1);
    EXPECT_EQ(due.first().deadline.step, CpfStep::Exit);
    EXPECT_EQ(due.first().deadline.dueBy, QDate(2026, 3, 11));
}

TEST_P(ScheduleServiceTest, ABilanWithLoggedSessionsIsDeletedOnlyWhenConfirmed)
{
    const qint64 bilanId = newBilan(QStringLiteral("Roux"), QStringLiteral("Élise"));
    const qint64 logged = done(bilanId, QDate(2026, 1, 12));
    SessionLogDetails signedSheet;
    signedSheet.attendanceSigned = true;
    ASSERT_TRUE(logs->log(logged, SessionLog { SessionStatus::Done, 150, std::nullopt }, signedSheet).ok());
    const QString before = snapshot(bilanId);
    const auto refused = bilans->remove(bilanId);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("1 logged session")))
        << refused.error().message.toStdString();
    EXPECT_EQ(snapshot(bilanId), before);
    EXPECT_TRUE(bilans->get(bilanId).ok());
    ASSERT_TRUE(bilans->remove(bilanId, true).ok());
    EXPECT_FALSE(bilans->get(bilanId).ok());
    EXPECT_EQ(rows("session"), 0);
    EXPECT_EQ(rows("session_record"), 0);

    // A bilan opened by mistake, with planned sessions only, goes without a question from the service.
    const qint64 mistake = newBilan(QStringLiteral("Roux"), QStringLiteral("Élise"));
    ASSERT_TRUE(planning->save(mistake, planning->propose(mistake, mondays(QDate(2026, 2, 2), 2)).value()).ok());
    EXPECT_EQ(bilans->loggedSessionCount(mistake).value(), 0);
    EXPECT_TRUE(bilans->remove(mistake).ok());
}

TEST_P(ScheduleServiceTest, AbsencesAreKeptAndTheAgendaShowsThemWithHolidays)
{
    const auto id
        = planning->addAbsence(Absence { 0, QDate(2026, 5, 11), QDate(2026, 5, 15), QStringLiteral("  Congés  "), 0 });
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    EXPECT_FALSE(planning->addAbsence(Absence { 0, QDate(2026, 5, 11), QDate(2026, 5, 1), {}, 0 }).ok());
    const AgendaPeriod week = agenda->week(QDate(2026, 5, 13)).value();
    ASSERT_EQ(week.absences.size(), 1);
    EXPECT_EQ(week.absences.first().label, QStringLiteral("Congés"));
    ASSERT_EQ(week.holidays.size(), 1);
    EXPECT_EQ(week.holidays.first().date, QDate(2026, 5, 14));
    EXPECT_EQ(week.from, QDate(2026, 5, 11));
    EXPECT_EQ(week.to, QDate(2026, 5, 17));
    ASSERT_TRUE(planning->removeAbsence(id.value()).ok());
    EXPECT_TRUE(planning->absences().value().isEmpty());
    EXPECT_FALSE(planning->removeAbsence(id.value()).ok());
}

TEST_P(ScheduleServiceTest, CalendarUidsBelongToThisDatabase)
{
    const QString domain = store().schedule().calendarUidDomain().value();
    EXPECT_EQ(domain.size(), 16);
    m_store.reset();
    m_store = database().open().value();
    EXPECT_EQ(store().schedule().calendarUidDomain().value(), domain);
}

PARCOURS_ON_BOTH_BACKENDS(ScheduleServiceTest);

TEST_P(ScheduleServiceTest, TheWeeksAgendaShowsEachSessionAsLoggedFromMondayToSundayEvening)
{
    // Every value the agenda reads, on both backends (SQLite reads it straight from the file, PostgreSQL through Qt).
    const qint64 anais = newBilan(QStringLiteral("N'Diaye-Lefèvre"), QStringLiteral("Anaïs"), Funding::Employer);
    const qint64 paul = newBilan(QStringLiteral("Garnier"), QStringLiteral("Paul"));
    const auto ids = planning->save(anais, planning->propose(anais, mondays(QDate(2026, 1, 12), 2)).value()).value();
    SessionLogDetails remote;
    remote.place = Place::Remote;
    ASSERT_TRUE(logs->log(ids.first(), SessionLog { SessionStatus::Done, 135, std::nullopt }, remote).ok());
    const auto moved = planning->move(ids.last(), wallClock(QDate(2026, 1, 18), QTime(21, 0)), Party::Consultant);
    ASSERT_TRUE(moved.ok()) << moved.error().message.toStdString();
    Session late;
    late.bilanId = paul;
    late.phase = Phase::Investigation;
    late.startsAt = wallClock(QDate(2026, 1, 19), QTime(0, 0)); // the next Monday: another week
    late.plannedMinutes = 60;
    ASSERT_TRUE(sessions->add(late).ok());

    const AgendaPeriod week = agenda->week(QDate(2026, 1, 14)).value();
    ASSERT_EQ(week.entries.size(), 2);
    const AgendaEntry& done = week.entries.at(0);
    EXPECT_EQ(done.session.id, ids.first());
    EXPECT_EQ(done.session.bilanId, anais);
    EXPECT_EQ(done.session.phase, Phase::Preliminary);
    EXPECT_EQ(formatWallClock(done.session.startsAt), QStringLiteral("2026-01-12T14:00"));
    EXPECT_EQ(done.session.status, SessionStatus::Done);
    EXPECT_EQ(done.session.actualMinutes, 135);
    EXPECT_EQ(done.session.plannedMinutes, 150);
    EXPECT_EQ(done.session.version, sessions->get(ids.first()).value().version);
    EXPECT_EQ(done.clientName(), QStringLiteral("Anaïs N'Diaye-Lefèvre"));
    EXPECT_EQ(done.funding, Funding::Employer);
    EXPECT_EQ(done.place, Place::Remote);
    EXPECT_EQ(done.movedTo, 0);
    // Sunday evening is still this week.
    EXPECT_EQ(week.entries.at(1).session.id, moved->newSessionId);
    EXPECT_EQ(formatWallClock(week.entries.at(1).session.startsAt), QStringLiteral("2026-01-18T21:00"));
    EXPECT_EQ(week.entries.at(1).session.status, SessionStatus::Planned);

    // Next week: Paul at midnight, then the session that was moved away, cancelled and pointing at its replacement.
    const AgendaPeriod next = agenda->week(QDate(2026, 1, 19)).value();
    ASSERT_EQ(next.entries.size(), 2);
    EXPECT_EQ(next.entries.at(0).clientName(), QStringLiteral("Paul Garnier"));
    EXPECT_EQ(next.entries.at(0).funding, Funding::Cpf);
    EXPECT_FALSE(next.entries.at(0).place.has_value());
    EXPECT_EQ(next.entries.at(1).session.id, ids.last());
    EXPECT_EQ(next.entries.at(1).session.status, SessionStatus::Cancelled);
    EXPECT_EQ(next.entries.at(1).movedTo, moved->newSessionId);
    EXPECT_FALSE(next.entries.at(1).session.actualMinutes.has_value());
}
