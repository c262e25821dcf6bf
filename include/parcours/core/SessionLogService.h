#pragma once

#include <parcours/core/Clock.h>
#include <parcours/core/HoursCap.h>
#include <parcours/core/Repositories.h>
#include <parcours/core/Schedule.h>

#include <QCoreApplication>

#include <optional>

namespace parcours {

/// The largest scan of an attendance sheet Parcours keeps.
inline constexpr qsizetype kMaxScanBytes = 10 * 1024 * 1024;

/** Everything stored about one session at a point in time: what undo puts back. */
struct SessionState {
    Session session;
    std::optional<SessionRecord> record;
    std::optional<SessionScan> scan;
};

/** A session as logged, and what the consultant must know about the sessions still planned. */
struct LoggedSession {
    Session session;
    /// Set when, with this log, the sessions still planned no longer fit under the 24 h cap: the log is kept, and
    /// the consultant is told which planned sessions to shorten or cancel.
    std::optional<PlannedOverCap> plannedOverCap;
};

/// Applies a log's details to a session's record, for the session as logged; refuses what the rules refuse
/// (a cancellation without who cancelled, a scan for a session at the office, negative personal work…).
Result<SessionRecord> applyLogDetails(SessionRecord record, const Session& logged, const SessionLogDetails& details);

/// What is missing from the attendance proof of a done session ("" when complete): the signed sheet at the office;
/// remote, the consultant's attestation plus the beneficiary's confirmation or the signed sheet returned as a scan.
QString attendanceGap(const Session& session, const SessionRecord& record);

/// The media type of a scan from its first bytes: application/pdf, image/png, image/jpeg; empty otherwise.
QString scanMediaType(const QByteArray& content);

/**
 * Logging a session in full: its status, length and notes (through the session rules) and its record of proof
 * (who cancelled, where, attendance, personal work, documents, scan), in one transaction. Logging again edits the
 * same session and record; it never adds one.
 */
class SessionLogService {
    Q_DECLARE_TR_FUNCTIONS(SessionLogService)
public:
    SessionLogService(Repositories& repositories, const Clock& clock);

    /// Logs a session. With `readVersion` (the session's version when the dialog read it), a session changed
    /// meanwhile elsewhere (another desk of a cabinet) is refused with ErrorCode::Conflict and nothing changes;
    /// without it the log is written over whatever is stored (the command line, an "overwrite" choice).
    Result<LoggedSession> log(qint64 sessionId, const SessionLog& outcome, const SessionLogDetails& details,
        std::optional<int> readVersion = std::nullopt);
    Result<SessionRecord> record(qint64 sessionId);
    Result<std::optional<SessionScan>> scan(qint64 sessionId);

    /// Everything stored about a session now.
    Result<SessionState> state(qint64 sessionId);
    /// Puts a session, its record and its scan back as they were in `state` (undo and redo).
    Result<void> restoreState(const SessionState& state);

private:
    Repositories& m_repositories;
    const Clock& m_clock;
};

} // namespace parcours
