#include <parcours/core/Hours.h>
#include <parcours/core/ScheduleRepository.h>
#include <parcours/core/SessionLogService.h>
#include <parcours/core/SessionService.h>

using namespace Qt::StringLiterals;

namespace parcours {

Result<SessionRecord> applyLogDetails(SessionRecord record, const Session& logged, const SessionLogDetails& details)
{
    if (record.movedTo > 0 && logged.status != SessionStatus::Cancelled)
        return makeError(ErrorCode::Refused,
            QCoreApplication::translate(
                "SessionLogService", "This session was moved: log the session planned in its place."));
    if (logged.status == SessionStatus::Cancelled) {
        if (details.cancelledBy)
            record.cancelledBy = details.cancelledBy;
        if (!record.cancelledBy && record.movedTo == 0)
            return makeError(ErrorCode::InvalidInput,
                QCoreApplication::translate(
                    "SessionLogService", "Say who cancelled the session: the beneficiary or the consultant."),
                u"cancelled_by"_s);
    } else {
        record.cancelledBy.reset();
    }
    if (details.place)
        record.place = details.place;
    if (details.attendanceSigned)
        record.attendanceSigned = *details.attendanceSigned;
    if (details.consultantAttested)
        record.consultantAttested = *details.consultantAttested;
    if (details.beneficiaryConfirmed)
        record.beneficiaryConfirmed = *details.beneficiaryConfirmed;
    if (record.place == Place::Office) {
        record.consultantAttested = false;
        record.beneficiaryConfirmed = false;
    }
    if (details.personalWorkMinutes) {
        if (*details.personalWorkMinutes < 0)
            return makeError(ErrorCode::InvalidInput,
                QCoreApplication::translate("SessionLogService", "Personal work cannot be negative."),
                u"personal_work_minutes"_s);
        if (*details.personalWorkMinutes > kCapMinutes)
            return makeError(ErrorCode::InvalidInput,
                QCoreApplication::translate(
                    "SessionLogService", "Personal work is counted within the 24 hours of the bilan."),
                u"personal_work_minutes"_s);
        record.personalWorkMinutes = *details.personalWorkMinutes;
    }
    if (details.handedOver) {
        QStringList lines;
        for (const QString& line : details.handedOver->split(u'\n')) {
            if (!line.trimmed().isEmpty())
                lines << line.simplified();
        }
        record.handedOver = lines.join(u'\n');
        if (record.handedOver.size() > 2000)
            return makeError(ErrorCode::InvalidInput,
                QCoreApplication::translate(
                    "SessionLogService", "The list of documents is too long (2,000 characters at most)."),
                u"handed_over"_s);
    }
    if (details.scan) {
        if (record.place != Place::Remote)
            return makeError(ErrorCode::InvalidInput,
                QCoreApplication::translate("SessionLogService", "A scan of the signed sheet is for a remote session."),
                u"scan"_s);
        if (details.scan->content.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                QCoreApplication::translate("SessionLogService", "The scan is empty."), u"scan"_s);
        if (details.scan->content.size() > kMaxScanBytes)
            return makeError(ErrorCode::InvalidInput,
                QCoreApplication::translate("SessionLogService", "The scan is too large (10 MB at most)."), u"scan"_s);
        if (scanMediaType(details.scan->content).isEmpty())
            return makeError(ErrorCode::InvalidInput,
                QCoreApplication::translate("SessionLogService", "The scan must be a PDF, PNG or JPEG file."),
                u"scan"_s);
        record.attendanceSigned = true; // the signed sheet came back
    }
    return record;
}

QString attendanceGap(const Session& session, const SessionRecord& record)
{
    if (session.status != SessionStatus::Done)
        return {};
    if (record.place == Place::Remote) {
        if (!record.consultantAttested)
            return QCoreApplication::translate("SessionLogService", "Remote session: your attestation is missing.");
        if (!record.beneficiaryConfirmed && !record.attendanceSigned)
            return QCoreApplication::translate("SessionLogService",
                "Remote session: the beneficiary's confirmation or the signed sheet "
                "is missing.");
        return {};
    }
    if (!record.attendanceSigned)
        return QCoreApplication::translate("SessionLogService", "The attendance sheet is not signed yet.");
    return {};
}

QString scanMediaType(const QByteArray& content)
{
    if (content.startsWith("%PDF-"))
        return u"application/pdf"_s;
    if (content.startsWith("\x89PNG\r\n\x1a\n"))
        return u"image/png"_s;
    if (content.startsWith("\xff\xd8\xff"))
        return u"image/jpeg"_s;
    return {};
}

SessionLogService::SessionLogService(Repositories& repositories, const Clock& clock)
    : m_repositories(repositories), m_clock(clock)
{ }

Result<LoggedSession> SessionLogService::log(
    qint64 sessionId, const SessionLog& outcome, const SessionLogDetails& details, std::optional<int> readVersion)
{
    Session logged;
    std::optional<PlannedOverCap> plannedOver;
    auto done = m_repositories.transact([&]() -> Result<void> {
        auto existing = m_repositories.sessions().get(sessionId);
        if (!existing)
            return existing.error();
        if (readVersion && existing->version != *readVersion)
            return makeError(ErrorCode::Conflict, tr("This session was changed by someone else since you opened it."));
        auto stored = m_repositories.schedule().record(sessionId);
        if (!stored)
            return stored.error();
        SessionRecord before = stored->value_or(SessionRecord {});
        before.sessionId = sessionId;
        logged = SessionService::applyLog(existing.value(), outcome);
        auto record = applyLogDetails(before, logged, details);
        if (!record)
            return record.error();
        // The session and its personal work are weighed together against the cap (HoursCap.h: what is recorded is
        // never refused because of sessions only planned).
        SessionService sessions(m_repositories, m_clock);
        if (auto written = sessions.update(logged, record->personalWorkMinutes); !written)
            return written;
        ++logged.version;
        if (record->version == 0 && record->isEmpty() && before.version == 0) {
            // Nothing worth a record (a plain log of a done session): keep the table free of empty rows.
        } else if (auto written = m_repositories.schedule().putRecord(record.value()); !written) {
            return written;
        }
        if (details.removeScan && !details.scan) {
            if (auto removed = m_repositories.schedule().removeScan(sessionId); !removed)
                return removed;
        }
        if (details.scan) {
            SessionScan scan = *details.scan;
            scan.sessionId = sessionId;
            scan.mediaType = scanMediaType(scan.content);
            if (auto written = m_repositories.schedule().putScan(scan); !written)
                return written;
        }
        auto all = m_repositories.sessions().forBilan(logged.bilanId);
        auto records = m_repositories.schedule().recordsForBilan(logged.bilanId);
        if (!all || !records)
            return !all ? all.error() : records.error();
        int personal = 0;
        for (const Session& session : all.value()) {
            if (countsTowardCap(session.phase))
                personal += records->value(session.id).personalWorkMinutes;
        }
        plannedOver = plannedOverCap(all.value(), personal);
        return success();
    });
    if (!done)
        return done.error();
    return LoggedSession { logged, plannedOver };
}

Result<SessionRecord> SessionLogService::record(qint64 sessionId)
{
    auto stored = m_repositories.schedule().record(sessionId);
    if (!stored)
        return stored.error();
    SessionRecord record = stored->value_or(SessionRecord {});
    record.sessionId = sessionId;
    return record;
}

Result<std::optional<SessionScan>> SessionLogService::scan(qint64 sessionId)
{
    return m_repositories.schedule().scan(sessionId);
}

Result<SessionState> SessionLogService::state(qint64 sessionId)
{
    auto session = m_repositories.sessions().get(sessionId);
    if (!session)
        return session.error();
    auto record = m_repositories.schedule().record(sessionId);
    if (!record)
        return record.error();
    auto scan = m_repositories.schedule().scan(sessionId);
    if (!scan)
        return scan.error();
    std::optional<SessionRecord> own;
    if (record.value() && (record.value()->version > 0))
        own = record.value();
    return SessionState { session.value(), own, scan.value() };
}

Result<void> SessionLogService::restoreState(const SessionState& state)
{
    return m_repositories.transact([&]() -> Result<void> {
        auto current = m_repositories.sessions().get(state.session.id);
        if (!current)
            return current.error();
        Session target = state.session;
        target.version = current->version;
        const int personalWork = state.record ? state.record->personalWorkMinutes : 0;
        if (auto written = SessionService(m_repositories, m_clock).update(target, personalWork); !written)
            return written;
        auto record = m_repositories.schedule().record(state.session.id);
        if (!record)
            return record.error();
        const int storedVersion = record.value() ? record.value()->version : 0;
        if (state.record) {
            SessionRecord wanted = *state.record;
            wanted.version = storedVersion;
            if (auto written = m_repositories.schedule().putRecord(wanted); !written)
                return written;
        } else if (storedVersion > 0) {
            if (auto removed = m_repositories.schedule().removeRecord(state.session.id); !removed)
                return removed;
        }
        if (state.scan)
            return m_repositories.schedule().putScan(*state.scan);
        return m_repositories.schedule().removeScan(state.session.id);
    });
}

} // namespace parcours
