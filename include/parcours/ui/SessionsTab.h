#pragma once

#include <parcours/core/BilanService.h>
#include <parcours/ui/BilanTab.h>

class QAction;
class QLabel;
class QTableView;

namespace parcours {

class SessionDialog;
class SessionLogDialog;
class SessionTableModel;
class Workspace;

/** The Séances tab: the bilan's sessions, and the actions to plan, change, log and delete them. */
class SessionsTab : public BilanTab {
    Q_OBJECT
public:
    explicit SessionsTab(Workspace& workspace, QWidget* parent = nullptr);

    QString title() const override;
    void showBilan(const Client& client, const BilanOverview* overview) override;
    void clearBilan() override;
    void selectSession(qint64 sessionId);

    QAction* newSessionAction() const { return m_newAction; }
    QAction* editSessionAction() const { return m_editAction; }
    QAction* logSessionAction() const { return m_logAction; }
    QAction* deleteSessionAction() const { return m_deleteAction; }
    SessionTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

    /// Opens the dialog for a new session (window-modal; returns it so tests can fill it).
    SessionDialog* planSession();
    SessionDialog* editSession();
    /// Logs the selected session (what happened, proof, personal work, notes); logging again edits the log.
    SessionLogDialog* logSession();
    void deleteSession();

private:
    const Session* currentSession() const;
    Session proposedSession() const;
    void updateActions();

    Workspace& m_workspace;
    BilanOverview m_overview;
    Bilan m_bilan;
    QList<Session> m_sessions;
    SessionTableModel* m_model;
    QTableView* m_view;
    QLabel* m_emptyLabel;
    QAction* m_newAction;
    QAction* m_editAction;
    QAction* m_logAction;
    QAction* m_deleteAction;
};

} // namespace parcours
