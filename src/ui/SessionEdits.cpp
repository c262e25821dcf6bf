#include <parcours/core/WallClock.h>
#include <parcours/ui/Format.h>
#include <parcours/ui/SessionEdits.h>
#include <parcours/ui/Workspace.h>

#include <QUndoCommand>
#include <QUndoStack>

namespace parcours {
namespace {

// Writes `target` over whatever version is stored now (undo and redo restore a state, they do not merge).
bool overwrite(Workspace& workspace, Session target)
{
    auto current = workspace.sessions().get(target.id);
    if (!current) {
        workspace.reportError(current.error().message);
        return false;
    }
    target.version = current->version;
    if (auto done = workspace.sessions().update(target); !done) {
        workspace.reportError(done.error().message);
        return false;
    }
    return true;
}

QString describe(const Session& session)
{
    return format::shortDateTime(session.startsAt);
}

/** A session that was added: undo removes it, redo puts it back with the same id. */
class AddSessionCommand final : public QUndoCommand {
public:
    AddSessionCommand(Workspace& workspace, Session session)
        : m_workspace(workspace)
        , m_session(std::move(session))
    {
        setText(QCoreApplication::translate("SessionEdits", "add the session of %1").arg(describe(m_session)));
    }
    void undo() override
    {
        if (auto current = m_workspace.sessions().get(m_session.id))
            m_session = current.value();
        if (auto done = m_workspace.sessions().remove(m_session.id); !done) {
            m_workspace.reportError(done.error().message);
            setObsolete(true);
        }
    }
    void redo() override
    {
        if (std::exchange(m_firstRedo, false))
            return; // already applied before the command was pushed
        if (auto done = m_workspace.sessions().restore(m_session); !done) {
            m_workspace.reportError(done.error().message);
            setObsolete(true);
        }
    }

private:
    Workspace& m_workspace;
    Session m_session;
    bool m_firstRedo = true;
};

/** A session changed from one state to another (edited or logged). */
class ChangeSessionCommand final : public QUndoCommand {
public:
    ChangeSessionCommand(Workspace& workspace, Session before, Session after)
        : m_workspace(workspace)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
        const bool logged = m_before.status != m_after.status || m_before.actualMinutes != m_after.actualMinutes;
        setText(logged ? QCoreApplication::translate("SessionEdits", "log the session of %1").arg(describe(m_after))
                       : QCoreApplication::translate("SessionEdits", "edit the session of %1").arg(describe(m_after)));
    }
    void undo() override
    {
        if (!overwrite(m_workspace, m_before))
            setObsolete(true);
    }
    void redo() override
    {
        if (std::exchange(m_firstRedo, false))
            return;
        if (!overwrite(m_workspace, m_after))
            setObsolete(true);
    }

private:
    Workspace& m_workspace;
    Session m_before;
    Session m_after;
    bool m_firstRedo = true;
};

/** A session that was removed: undo puts it back with its id, notes, record and scan. */
class RemoveSessionCommand final : public QUndoCommand {
public:
    RemoveSessionCommand(Workspace& workspace, SessionState state)
        : m_workspace(workspace)
        , m_session(state.session)
        , m_state(std::move(state))
    {
        setText(QCoreApplication::translate("SessionEdits", "delete the session of %1").arg(describe(m_session)));
    }
    void undo() override
    {
        Result<void> done = m_workspace.sessions().restore(m_session);
        if (done && (m_state.record || m_state.scan))
            done = m_workspace.sessionLogs().restoreState(m_state);
        if (!done) {
            m_workspace.reportError(done.error().message);
            setObsolete(true);
        }
    }
    void redo() override
    {
        if (std::exchange(m_firstRedo, false))
            return;
        if (auto done = m_workspace.sessions().remove(m_session.id); !done) {
            m_workspace.reportError(done.error().message);
            setObsolete(true);
        }
    }

private:
    Workspace& m_workspace;
    Session m_session;
    SessionState m_state;
    bool m_firstRedo = true;
};

} // namespace

namespace sessionEdits {

Result<qint64> add(Workspace& workspace, const Session& session)
{
    auto id = workspace.sessions().add(session);
    if (!id)
        return id.error();
    auto stored = workspace.sessions().get(id.value());
    if (!stored)
        return stored.error();
    workspace.undoStack(session.bilanId)->push(new AddSessionCommand(workspace, stored.value()));
    return id;
}

Result<void> change(Workspace& workspace, const Session& before, const Session& after)
{
    if (auto done = workspace.sessions().update(after); !done)
        return done;
    auto stored = workspace.sessions().get(after.id);
    if (!stored)
        return stored.error();
    workspace.undoStack(after.bilanId)->push(new ChangeSessionCommand(workspace, before, stored.value()));
    return success();
}

Result<void> remove(Workspace& workspace, const Session& session)
{
    auto stored = workspace.sessionLogs().state(session.id);
    if (!stored)
        return stored.error();
    if (auto done = workspace.sessions().remove(session.id); !done)
        return done;
    workspace.undoStack(session.bilanId)->push(new RemoveSessionCommand(workspace, stored.value()));
    return success();
}

} // namespace sessionEdits
} // namespace parcours
