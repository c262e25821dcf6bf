#include <parcours/ui/Format.h>
#include <parcours/ui/ScheduleEdits.h>
#include <parcours/ui/Workspace.h>

#include <QCoreApplication>
#include <QUndoCommand>
#include <QUndoStack>

namespace parcours {
namespace {

/** A plan that was saved: undo removes its sessions, redo restores them with their ids. */
class SavePlanCommand final : public QUndoCommand {
public:
    SavePlanCommand(Workspace& workspace, QList<Session> sessions)
        : m_workspace(workspace), m_sessions(std::move(sessions))
    {
        const int count = static_cast<int>(m_sessions.size());
        setText(QCoreApplication::translate("ScheduleEdits", "plan %n session(s)", nullptr, count));
    }
    void undo() override
    {
        for (auto it = m_sessions.rbegin(); it != m_sessions.rend(); ++it) {
            if (auto current = m_workspace.sessions().get(it->id))
                *it = current.value();
            if (auto done = m_workspace.sessions().remove(it->id); !done) {
                m_workspace.reportError(done.error().message);
                setObsolete(true);
                return;
            }
        }
    }
    void redo() override
    {
        if (std::exchange(m_firstRedo, false))
            return;
        for (const Session& session : std::as_const(m_sessions)) {
            if (auto done = m_workspace.sessions().restore(session); !done) {
                m_workspace.reportError(done.error().message);
                setObsolete(true);
                return;
            }
        }
    }

private:
    Workspace& m_workspace;
    QList<Session> m_sessions;
    bool m_firstRedo = true;
};

/** A session whose state changed (logged): undo and redo put a whole state back. */
class SessionStateCommand final : public QUndoCommand {
public:
    SessionStateCommand(Workspace& workspace, SessionState before, SessionState after)
        : m_workspace(workspace), m_before(std::move(before)), m_after(std::move(after))
    {
        setText(QCoreApplication::translate("ScheduleEdits", "log the session of %1")
                    .arg(format::shortDateTime(m_after.session.startsAt)));
    }
    void undo() override { apply(m_before); }
    void redo() override
    {
        if (!std::exchange(m_firstRedo, false))
            apply(m_after);
    }

private:
    void apply(const SessionState& state)
    {
        if (auto done = m_workspace.sessionLogs().restoreState(state); !done) {
            m_workspace.reportError(done.error().message);
            setObsolete(true);
        }
    }
    Workspace& m_workspace;
    SessionState m_before;
    SessionState m_after;
    bool m_firstRedo = true;
};

/** A session moved: the old one cancelled and linked, a new one planned. */
class MoveCommand final : public QUndoCommand {
public:
    MoveCommand(Workspace& workspace, SessionState oldBefore, SessionState oldAfter, Session replacement)
        : m_workspace(workspace)
        , m_oldBefore(std::move(oldBefore))
        , m_oldAfter(std::move(oldAfter))
        , m_replacement(std::move(replacement))
    {
        setText(QCoreApplication::translate("ScheduleEdits", "move the session of %1 to %2")
                    .arg(format::shortDateTime(m_oldBefore.session.startsAt),
                        format::shortDateTime(m_replacement.startsAt)));
    }
    void undo() override
    {
        if (auto current = m_workspace.sessions().get(m_replacement.id))
            m_replacement = current.value();
        Result<void> done = m_workspace.sessions().remove(m_replacement.id);
        if (done)
            done = m_workspace.sessionLogs().restoreState(m_oldBefore);
        if (!done) {
            m_workspace.reportError(done.error().message);
            setObsolete(true);
        }
    }
    void redo() override
    {
        if (std::exchange(m_firstRedo, false))
            return;
        Result<void> done = m_workspace.sessions().restore(m_replacement);
        if (done)
            done = m_workspace.sessionLogs().restoreState(m_oldAfter);
        if (!done) {
            m_workspace.reportError(done.error().message);
            setObsolete(true);
        }
    }

private:
    Workspace& m_workspace;
    SessionState m_oldBefore;
    SessionState m_oldAfter;
    Session m_replacement;
    bool m_firstRedo = true;
};

} // namespace

namespace scheduleEdits {

Result<QList<qint64>> savePlan(Workspace& workspace, qint64 bilanId, const QList<PlannedSlot>& slots)
{
    auto ids = workspace.planning().save(bilanId, slots);
    if (!ids)
        return ids.error();
    QList<Session> stored;
    for (qint64 id : ids.value()) {
        auto session = workspace.sessions().get(id);
        if (!session)
            return session.error();
        stored << session.value();
    }
    workspace.undoStack(bilanId)->push(new SavePlanCommand(workspace, stored));
    return ids;
}

Result<std::optional<PlannedOverCap>> log(Workspace& workspace, qint64 sessionId, const SessionLog& outcome,
    const SessionLogDetails& details, std::optional<int> readVersion)
{
    auto before = workspace.sessionLogs().state(sessionId);
    if (!before)
        return before.error();
    auto logged = workspace.sessionLogs().log(sessionId, outcome, details, readVersion);
    if (!logged)
        return logged.error();
    auto after = workspace.sessionLogs().state(sessionId);
    if (!after)
        return after.error();
    workspace.undoStack(after->session.bilanId)
        ->push(new SessionStateCommand(workspace, before.value(), after.value()));
    return logged->plannedOverCap;
}

Result<MoveResult> move(Workspace& workspace, qint64 sessionId, const QDateTime& to, std::optional<Party> by)
{
    auto before = workspace.sessionLogs().state(sessionId);
    if (!before)
        return before.error();
    auto moved = workspace.planning().move(sessionId, to, by);
    if (!moved)
        return moved.error();
    auto after = workspace.sessionLogs().state(sessionId);
    auto replacement = workspace.sessions().get(moved->newSessionId);
    if (!after || !replacement)
        return !after ? after.error() : replacement.error();
    workspace.undoStack(after->session.bilanId)
        ->push(new MoveCommand(workspace, before.value(), after.value(), replacement.value()));
    return moved;
}

} // namespace scheduleEdits
} // namespace parcours
