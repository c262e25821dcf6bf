#pragma once

#include <QMainWindow>

class QAction;
class QSplitter;

namespace parcours {

class BilanPanel;
class ClientDialog;
class ClientListPanel;
class MessageBanner;
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

    /// Adds a panel to the right-hand column (this week's sessions, reminders…); the column shows once it has one.
    void addSidePanel(QWidget* panel);

    /// Opens the dialog for a new beneficiary (window-modal); the new record is selected once saved.
    ClientDialog* newClient();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
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
    QSplitter* m_splitter;
    QWidget* m_sideColumn;
    Scheduling* m_scheduling = nullptr;
};

} // namespace parcours
