#pragma once

#include <parcours/core/Cpf.h>
#include <parcours/core/Reminders.h>
#include <parcours/core/Result.h>
#include <parcours/core/Schedule.h>

#include <QHash>
#include <QList>

#include <optional>

namespace parcours {

/**
 * Storage of the schedule around the sessions: how each session went (administrative proof, apart from its
 * notes), the scans of remote attendance, the consultant's absences, the CPF declarations and the agenda query.
 * Writes check the record's version like every repository.
 */
class ScheduleRepository {
public:
    virtual ~ScheduleRepository() = default;

    virtual Result<std::optional<SessionRecord>> record(qint64 sessionId) = 0;
    /// The records of a bilan's sessions, by session id.
    virtual Result<QHash<qint64, SessionRecord>> recordsForBilan(qint64 bilanId) = 0;
    /// Creates the record (version 0) or updates it (its version must match the stored one).
    virtual Result<void> putRecord(const SessionRecord& record) = 0;
    virtual Result<void> removeRecord(qint64 sessionId) = 0;

    virtual Result<std::optional<SessionScan>> scan(qint64 sessionId) = 0;
    virtual Result<void> putScan(const SessionScan& scan) = 0;
    virtual Result<void> removeScan(qint64 sessionId) = 0;

    /// Absences that touch the period (an invalid date leaves that end open), in date order.
    virtual Result<QList<Absence>> absences(QDate from, QDate to) = 0;
    virtual Result<qint64> addAbsence(const Absence& absence) = 0;
    virtual Result<void> removeAbsence(qint64 id) = 0;

    /// Sessions starting between the two dates (both included), with their beneficiary, in time order.
    virtual Result<QList<AgendaEntry>> agenda(QDate from, QDate to) = 0;

    virtual Result<QList<CpfDeclaration>> cpfDeclarations(qint64 bilanId) = 0;
    /// Records (or corrects) the date a step was declared.
    virtual Result<void> putCpfDeclaration(const CpfDeclaration& declaration) = 0;
    /// CPF-funded bilans with a session done and a declaration not made yet.
    virtual Result<QList<CpfBilanFacts>> cpfPending() = 0;
    /// Per bilan, the sessions still 'planned' that started before `day` (the consultant's wall clock), with their
    /// count and the day of the first: sessions that took place (or not) and were never logged. Those of the last
    /// 366 days for every bilan, older ones for the open bilans only (cheap at start-up; see the implementation).
    virtual Result<QList<UnloggedSessions>> unloggedSessions(QDate day) = 0;
    /// The facts of one bilan (whatever its funding).
    virtual Result<CpfBilanFacts> cpfFacts(qint64 bilanId) = 0;

    /// A random name of this database, so that calendar UIDs of two databases never collide.
    virtual Result<QString> calendarUidDomain() = 0;
};

} // namespace parcours
