#include <parcours/core/AuditService.h>
#include <parcours/core/Hours.h>
#include <parcours/core/Planner.h>
#include <parcours/core/ScheduleRepository.h>
#include <parcours/core/SessionService.h>
#include <parcours/core/Settings.h>
#include <parcours/core/Validation.h>

namespace parcours {

SessionService::SessionService(Repositories& repositories, const Clock& clock)
    : m_repositories(repositories)
    , m_clock(clock)
{
}

Session SessionService::applyLog(Session session, const SessionLog& entry)
{
    session.status = entry.status;
    if (entry.status == SessionStatus::Done)
        session.actualMinutes = entry.actualMinutes.value_or(session.actualMinutes.value_or(session.plannedMinutes));
    else
        session.actualMinutes.reset();
    if (entry.notes)
        session.notes = *entry.notes;
    return session;
}

Result<void> SessionService::checkWritable(const Session& session, std::optional<int> ownPersonalWork)
{
    if (auto valid = firstError(validateSession(session)); !valid)
        return valid.error();
    auto bilan = m_repositories.bilans().get(session.bilanId);
    if (!bilan)
        return bilan.error();
    if (bilan->status == BilanStatus::Abandoned)
        return makeError(ErrorCode::Refused, tr("This bilan was abandoned: its sessions can no longer change."));
    if (bilan->status == BilanStatus::Closed && !phasesAllowed(bilan->status).contains(session.phase))
        return makeError(ErrorCode::Refused, tr("This bilan is closed: only its follow-up can still be planned."));
    // A wall-clock time the consultant's clock skips that night (spring forward) cannot be kept.
    if (auto exists = checkWallClockExists(session.startsAt, Settings(m_repositories.settings()).timeZone()); !exists)
        return exists;
    auto sessions = m_repositories.sessions().forBilan(session.bilanId);
    if (!sessions)
        return sessions.error();
    auto records = m_repositories.schedule().recordsForBilan(session.bilanId);
    if (!records)
        return records.error();
    int personalBefore = 0;
    for (const Session& other : sessions.value()) {
        if (countsTowardCap(other.phase))
            personalBefore += records->value(other.id).personalWorkMinutes;
    }
    int personalAfter = personalBefore;
    if (ownPersonalWork && countsTowardCap(session.phase))
        personalAfter += *ownPersonalWork - records->value(session.id).personalWorkMinutes;
    // Planning weighs what is planned; recording what happened weighs only what is done (HoursCap.h).
    if (session.status == SessionStatus::Planned)
        return checkSessionFitsCap(sessions.value(), session, personalAfter);
    return checkRecordFitsCap(sessions.value(), session, personalBefore, personalAfter);
}

Result<qint64> SessionService::add(const Session& session)
{
    qint64 newId = 0;
    auto done = m_repositories.transact([&]() -> Result<void> {
        if (auto writable = checkWritable(session); !writable)
            return writable;
        auto id = m_repositories.sessions().add(session);
        if (!id)
            return id.error();
        newId = id.value();
        return success();
    });
    if (!done)
        return done.error();
    return newId;
}

Result<void> SessionService::update(const Session& session, std::optional<int> ownPersonalWork)
{
    return m_repositories.transact([&]() -> Result<void> {
        auto existing = m_repositories.sessions().get(session.id);
        if (!existing)
            return existing.error();
        if (existing->bilanId != session.bilanId)
            return makeError(ErrorCode::Refused, tr("A session cannot move to another bilan."));
        if (auto writable = checkWritable(session, ownPersonalWork); !writable)
            return writable;
        return m_repositories.sessions().update(session);
    });
}

Result<Session> SessionService::log(qint64 sessionId, const SessionLog& entry)
{
    Session logged;
    auto done = m_repositories.transact([&]() -> Result<void> {
        auto existing = m_repositories.sessions().get(sessionId);
        if (!existing)
            return existing.error();
        logged = applyLog(existing.value(), entry);
        if (auto writable = checkWritable(logged); !writable)
            return writable;
        if (auto written = m_repositories.sessions().update(logged); !written)
            return written;
        ++logged.version;
        return success();
    });
    if (!done)
        return done.error();
    return logged;
}

Result<void> SessionService::remove(qint64 sessionId)
{
    return m_repositories.transact([&]() -> Result<void> {
        // Logged first: the entry looks the session's bilan up.
        if (auto audited = AuditService(m_repositories, m_clock).record(AuditOperation::Delete, AuditRecord::Session,
                sessionId, QStringLiteral("session"));
            !audited)
            return audited.error();
        return m_repositories.sessions().remove(sessionId);
    });
}

Result<void> SessionService::restore(const Session& session)
{
    return m_repositories.sessions().restore(session);
}

Result<Session> SessionService::get(qint64 sessionId)
{
    return m_repositories.sessions().get(sessionId);
}

Result<QList<Session>> SessionService::forBilan(qint64 bilanId)
{
    return m_repositories.sessions().forBilan(bilanId);
}

Result<QList<Session>> SessionService::between(QDate from, QDate to, std::optional<qint64> bilanId)
{
    return m_repositories.sessions().between(from, to, bilanId);
}

} // namespace parcours
