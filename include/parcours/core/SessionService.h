#pragma once

#include <QCoreApplication>

#include <parcours/core/Clock.h>
#include <parcours/core/Repositories.h>
#include <parcours/core/Session.h>

#include <optional>

namespace parcours {

/** Planning, changing and logging sessions; every change is checked against the bilan and the 24 h cap. */
class SessionService {
    Q_DECLARE_TR_FUNCTIONS(SessionService)
public:
    SessionService(Repositories& repositories, const Clock& clock);

    Result<qint64> add(const Session& session);
    /// Writes a changed session (fields and notes); refused when it breaks a rule. `ownPersonalWork`: the personal
    /// work declared at this session once written, when the same change sets it (a log), so that the 24 h cap weighs
    /// the session and its personal work together.
    Result<void> update(const Session& session, std::optional<int> ownPersonalWork = std::nullopt);
    /// Records what happened; logging again edits the same session, it never adds one.
    Result<Session> log(qint64 sessionId, const SessionLog& entry);
    Result<void> remove(qint64 sessionId);
    /// Puts a removed session back with its id (undo of a removal).
    Result<void> restore(const Session& session);
    Result<Session> get(qint64 sessionId);
    Result<QList<Session>> forBilan(qint64 bilanId);
    Result<QList<Session>> between(QDate from, QDate to, std::optional<qint64> bilanId = std::nullopt);

    /// The session after a log entry is applied (no storage): what `log` would write.
    static Session applyLog(Session session, const SessionLog& entry);

private:
    /// The checks every write of a session goes through, inside the write transaction.
    Result<void> checkWritable(const Session& session, std::optional<int> ownPersonalWork = std::nullopt);
    Repositories& m_repositories;
    const Clock& m_clock;
};

} // namespace parcours
