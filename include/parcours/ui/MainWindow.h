#pragma once

#include <QMainWindow>

class QAction;
class QVBoxLayout;

namespace parcours {

class BilanPanel;
class BillingTab;
class ClientDialog;
class ClientImportDialog;
class ClientListPanel;
class ClientRights;
class MessageBanner;
class WideBilanMode;
class FoldingSplitter;
class FollowUps;
class Scheduling;
class Workspace;

/** The application window: a shell that assembles the panels, the menus and the message banner. */
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Workspace& workspace, QWidget* parent = nullptr);

    ClientListPanel* clientList() const { return m_clientList; }
    BilanPanel* bilanPanel() const { return m_bilanPanel; }
    MessageBanner* banner() const { return m_banner; }
    QAction* newClientAction() const { return m_newClientAction; }
    Scheduling* scheduling() const { return m_scheduling; }
    BillingTab* billingTab() const { return m_billingTab; }
    FollowUps* followUps() const { return m_followUps; }
    ClientRights* clientRights() const { return m_clientRights; }
    QAction* importClientsAction() const { return m_importClientsAction; }
    /// "Back up now" and "Backups…": the application handles them (it owns the database).
    QAction* backupNowAction() const { return m_backupNowAction; }
    QAction* backupsAction() const { return m_backupsAction; }
    /// « Se connecter à un cabinet… » (the AppController opens the dialog).
    QAction* cabinetAction() const { return m_cabinetAction; }

    /// Adds a panel to the right-hand column (this week's sessions, reminders…); the column shows once it has one.
    void addSidePanel(QWidget* panel);
    /// View > Side column: shows or folds the right-hand column (it folds on its own when the window is narrow).
    QAction* sideColumnAction() const { return m_sideColumnAction; }
    QAction* wideBilanAction() const;

    /// Adds a bar above the message banner that stays while the window is open (e.g. "read-only").
    void addTopBanner(QWidget* banner);

    /// Opens the dialog for a new beneficiary (window-modal); the new record is selected once saved.
    ClientDialog* newClient();
    /// Opens the import of beneficiaries from a spreadsheet (window-modal).
    ClientImportDialog* importClients();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    /// Shows a window of its own (the quality windows), deleted when closed.
    void openWindow(QWidget* window);
    void createMenus();
    void restoreWindowState();
    QString stateKey(const QString& name) const;
    void showAbout();

    Workspace& m_workspace;
    ClientListPanel* m_clientList;
    BilanPanel* m_bilanPanel;
    MessageBanner* m_banner;
    QAction* m_newClientAction;
    QAction* m_findAction;
    QAction* m_importClientsAction;
    QAction* m_backupNowAction;
    QAction* m_backupsAction;
    QAction* m_cabinetAction;
    QVBoxLayout* m_centralLayout = nullptr;
    FoldingSplitter* m_splitter;
    QAction* m_sideColumnAction = nullptr;
    WideBilanMode* m_wideBilan = nullptr;
    QWidget* m_sideColumn;
    Scheduling* m_scheduling = nullptr;
    BillingTab* m_billingTab = nullptr;
    FollowUps* m_followUps = nullptr;
    ClientRights* m_clientRights = nullptr;
};

} // namespace parcours
