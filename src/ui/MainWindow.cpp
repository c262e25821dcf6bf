#include <parcours/ui/AuditLogWindow.h>
#include <parcours/ui/BilanPanel.h>
#include <parcours/ui/BillingSettingsPage.h>
#include <parcours/ui/BillingTab.h>
#include <parcours/ui/BillingWindow.h>
#include <parcours/ui/ClientDialog.h>
#include <parcours/ui/ClientImportDialog.h>
#include <parcours/ui/ClientListPanel.h>
#include <parcours/ui/ClientRights.h>
#include <parcours/ui/ComplianceTab.h>
#include <parcours/ui/DocumentsTab.h>
#include <parcours/ui/EvaluationTab.h>
#include <parcours/ui/FoldingSplitter.h>
#include <parcours/ui/FollowUps.h>
#include <parcours/ui/Format.h>
#include <parcours/ui/InvestigationTab.h>
#include <parcours/ui/MainWindow.h>
#include <parcours/ui/MessageBanner.h>
#include <parcours/ui/QualityDashboardWindow.h>
#include <parcours/ui/QualityRegistersWindow.h>
#include <parcours/ui/RetentionTab.h>
#include <parcours/ui/Scheduling.h>
#include <parcours/ui/ScreenFit.h>
#include <parcours/ui/SessionsTab.h>
#include <parcours/ui/SettingsDialog.h>
#include <parcours/ui/SynthesisTab.h>
#include <parcours/ui/UserGuide.h>
#include <parcours/ui/WideBilanMode.h>
#include <parcours/ui/Workspace.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoGroup>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parcours {

MainWindow::MainWindow(Workspace& workspace, QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_clientList(new ClientListPanel(workspace, this))
    , m_bilanPanel(new BilanPanel(workspace, this))
    , m_banner(new MessageBanner(this))
    , m_newClientAction(new QAction(tr("&New beneficiary…"), this))
    , m_findAction(new QAction(tr("&Find a beneficiary"), this))
    , m_importClientsAction(new QAction(tr("&Import beneficiaries (CSV)…"), this))
    , m_backupNowAction(new QAction(tr("&Back up now"), this))
    , m_backupsAction(new QAction(tr("Back&ups…"), this))
    , m_cabinetAction(new QAction(tr("Connect to a &cabinet…"), this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Parcours"));
    m_bilanPanel->addTab(new SynthesisTab(workspace));
    m_bilanPanel->addTab(new DocumentsTab(workspace));
    m_bilanPanel->addTab(new InvestigationTab(workspace));
    m_bilanPanel->addManagementTab(m_billingTab = new BillingTab(workspace));
    m_bilanPanel->addManagementTab(new EvaluationTab(workspace));
    m_bilanPanel->addManagementTab(new ComplianceTab(workspace));
    m_bilanPanel->addManagementTab(new RetentionTab(workspace));

    auto* splitter = new FoldingSplitter(this);
    m_splitter = splitter;
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_clientList);
    splitter->addWidget(m_bilanPanel);
    m_sideColumn = new QWidget(splitter);
    m_sideColumn->setObjectName(u"sideColumn"_s);
    auto* sideLayout = new QVBoxLayout(m_sideColumn);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    splitter->addWidget(m_sideColumn);
    splitter->setFoldingPane(m_sideColumn);
    m_wideBilan = new WideBilanMode(m_clientList, splitter, this);
    m_sideColumn->hide();
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({ 430, 700, 270 });

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    m_centralLayout = layout;
    layout->setContentsMargins(8, 6, 8, 4);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    // The home folder shortened to « ~ », the whole path under the mouse.
    auto* databaseLabel = new QLabel(tr("Database: %1").arg(format::homePath(workspace.databaseDescription())), this);
    databaseLabel->setObjectName(u"databaseLabel"_s);
    databaseLabel->setToolTip(workspace.databaseDescription());
    statusBar()->addWidget(databaseLabel);

    m_newClientAction->setObjectName(u"newClientAction"_s);
    m_newClientAction->setShortcut(QKeySequence::New);
    m_newClientAction->setToolTip(tr("Record a new beneficiary (Ctrl+N)"));
    m_findAction->setObjectName(u"findAction"_s);
    m_findAction->setShortcut(QKeySequence::Find);
    m_scheduling = new Scheduling(workspace, *this);
    m_followUps = new FollowUps(workspace, *this);
    m_clientRights = new ClientRights(workspace, *this);
    m_importClientsAction->setObjectName(u"importClientsAction"_s);
    m_backupNowAction->setObjectName(u"backupNowAction"_s);
    m_backupNowAction->setToolTip(tr("Make a checked copy of all your data now"));
    m_backupsAction->setObjectName(u"backupsAction"_s);
    m_cabinetAction->setObjectName(u"cabinetAction"_s);
    m_cabinetAction->setToolTip(tr("Work on a cabinet's shared PostgreSQL database, or go back to your own file"));
    createMenus();

    connect(m_newClientAction, &QAction::triggered, this, [this] { newClient(); });
    connect(m_findAction, &QAction::triggered, m_clientList, [this] {
        m_wideBilan->leave(); // searching needs the list
        m_clientList->focusSearch();
    });
    connect(m_importClientsAction, &QAction::triggered, this, [this] { importClients(); });
    connect(m_clientList, &ClientListPanel::clientSelected, m_bilanPanel, &BilanPanel::showClient);
    connect(&workspace, &Workspace::errorRaised, m_banner, &MessageBanner::showError);
    connect(&workspace, &Workspace::noticeRaised, m_banner, &MessageBanner::showNotice);
    connect(m_clientList, &ClientListPanel::clientSelected, this, [this](qint64 clientId) {
        QSettings().setValue(stateKey(u"lastClient"_s), clientId);
    });
    restoreWindowState();
}

void MainWindow::openWindow(QWidget* window)
{
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
}

void MainWindow::addSidePanel(QWidget* panel)
{
    panel->setParent(m_sideColumn);
    static_cast<QVBoxLayout*>(m_sideColumn->layout())->addWidget(panel, 1);
    if (m_sideColumn->isHidden()) {
        // Shown now: give it its share without squeezing the client list (a saved layout still wins). On a
        // narrow window it folds at once and View > Side column brings it back.
        m_sideColumn->show();
        m_splitter->setSizes({ 430, 700, 270 });
        if (m_sideColumnAction) { // panels added after the menus were made
            m_sideColumnAction->setEnabled(true);
            m_sideColumnAction->setChecked(!m_splitter->isFolded());
        }
    }
}

void MainWindow::addTopBanner(QWidget* banner)
{
    banner->setParent(centralWidget());
    m_centralLayout->insertWidget(0, banner);
}

QString MainWindow::stateKey(const QString& name) const
{
    // Per database: the last beneficiary of one file means nothing in another.
    const QByteArray database = QCryptographicHash::hash(m_workspace.databaseDescription().toUtf8(),
                                                         QCryptographicHash::Sha1).toHex().left(12);
    return u"window/"_s + name + u'/' + QString::fromLatin1(database);
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        fitToScreen(this, { 1400, 860 });
    else if (!isMaximized())
        fitToScreen(this, size()); // saved on a larger screen, or before the scaling went up
    m_splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray());
    if (const qint64 last = settings.value(stateKey(u"lastClient"_s)).toLongLong(); last > 0)
        m_clientList->selectClient(last);
}

QAction* MainWindow::wideBilanAction() const
{
    return m_wideBilan->action();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_wideBilan->leave(); // the layout saved is the ordinary one
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    // A side column folded for want of room stays as last saved: next time, on a larger screen, it is back.
    if (!m_splitter->isFoldedForRoom())
        settings.setValue(u"window/splitter"_s, m_splitter->saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::createMenus()
{
    SessionsTab* sessions = m_bilanPanel->sessionsTab();
    QAction* undo = m_workspace.undoGroup()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(u"undoAction"_s);
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_workspace.undoGroup()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(u"redoAction"_s);
    redo->setShortcut(QKeySequence::Redo);
    // "Annuler : planifier 8 séances", as French applications write it, rather than the prefix and the command
    // glued together ("Annuler planifier 8 séances"). Connected after QUndoGroup's own update, so it has the last word.
    connect(m_workspace.undoGroup(), &QUndoGroup::undoTextChanged, undo, [undo](const QString& text) {
        undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo: %1").arg(text));
    });
    connect(m_workspace.undoGroup(), &QUndoGroup::redoTextChanged, redo, [redo](const QString& text) {
        redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo: %1").arg(text));
    });

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* settings = file->addAction(tr("&Settings…"), QKeySequence::Preferences, this, [this] {
        auto* dialog = new SettingsDialog(m_workspace, this);
        dialog->addPage(new BillingSettingsPage(dialog));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    settings->setObjectName(u"settingsAction"_s);
    // The platform's Preferences key is empty on Linux (KDE and GNOME alike): Ctrl+, as on Windows and macOS.
    if (QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty())
        settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    file->addSeparator();
    file->addAction(m_importClientsAction);
    file->addSeparator();
    file->addAction(m_backupNowAction);
    file->addAction(m_backupsAction);
    file->addSeparator();
    file->addAction(m_cabinetAction);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
    quit->setObjectName(u"quitAction"_s);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(m_findAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_sideColumnAction = view->addAction(tr("&Side column (this week, follow-ups)"));
    m_sideColumnAction->setObjectName(u"sideColumnAction"_s);
    m_sideColumnAction->setShortcut(Qt::Key_F9);
    m_sideColumnAction->setCheckable(true);
    m_sideColumnAction->setEnabled(!m_sideColumn->isHidden());
    m_sideColumnAction->setChecked(!m_sideColumn->isHidden() && !m_splitter->isFolded());
    connect(m_sideColumnAction, &QAction::triggered, m_splitter, [this](bool shown) { m_splitter->setFolded(!shown); });
    connect(m_splitter, &FoldingSplitter::foldedChanged, m_sideColumnAction,
            [this](bool folded) { m_sideColumnAction->setChecked(!folded); });
    view->addAction(m_wideBilan->action());

    QMenu* client = menuBar()->addMenu(tr("&Beneficiary"));
    client->addAction(m_newClientAction);
    client->addAction(m_bilanPanel->editClientAction());
    client->addSeparator();
    client->addAction(m_bilanPanel->openBilanAction());
    client->addAction(m_bilanPanel->editBilanAction());
    client->addAction(m_followUps->closeBilanAction());
    client->addAction(m_followUps->abandonBilanAction());
    client->addAction(m_scheduling->deleteBilanAction());
    client->addSeparator();
    client->addAction(m_clientRights->exportAction());
    client->addAction(m_clientRights->encryptedExportAction());
    client->addAction(m_clientRights->eraseAction());

    QMenu* session = menuBar()->addMenu(tr("&Session"));
    session->addAction(m_scheduling->planAction());
    session->addAction(sessions->newSessionAction());
    session->addAction(sessions->editSessionAction());
    session->addAction(sessions->logSessionAction());
    session->addSeparator();
    session->addAction(m_scheduling->bilanAttendanceAction());
    session->addAction(m_scheduling->sessionAttendanceAction());
    session->addAction(m_scheduling->bilanCalendarAction());
    session->addSeparator();
    session->addAction(sessions->deleteSessionAction());

    QMenu* agenda = menuBar()->addMenu(tr("&Agenda"));
    agenda->addAction(m_scheduling->agendaAction());
    agenda->addAction(m_scheduling->absencesAction());
    agenda->addSeparator();
    agenda->addAction(m_scheduling->calendarAction());

    QMenu* billing = menuBar()->addMenu(tr("B&illing"));
    billing->addAction(m_billingTab->fundingAction());
    billing->addAction(m_billingTab->invoiceAction());
    billing->addAction(m_billingTab->paymentAction());
    billing->addAction(m_billingTab->creditNoteAction());
    billing->addSeparator();
    QAction* year = billing->addAction(tr("Invoices, unpaid and BPF of the year…"), this, [this] {
        auto* window = new BillingWindow(m_workspace, this);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
    });
    year->setObjectName(u"billingYearAction"_s);
    QMenu* quality = menuBar()->addMenu(tr("&Quality"));
    quality->addAction(tr("Quality &dashboard…"), this, [this] { openWindow(new QualityDashboardWindow(m_workspace, this)); })
        ->setObjectName(u"qualityDashboardAction"_s);
    quality->addAction(tr("Complaints and improvement &registers…"), this,
                       [this] { openWindow(new QualityRegistersWindow(m_workspace, this)); })
        ->setObjectName(u"qualityRegistersAction"_s);
    quality->addAction(tr("&Access log…"), this, [this] { openWindow(new AuditLogWindow(m_workspace, this)); })
        ->setObjectName(u"auditLogAction"_s);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("User &guide"), QKeySequence::HelpContents, this, [this] {
        if (const QString failure = openUserGuide(); !failure.isEmpty())
            m_workspace.reportError(failure);
    });
    guide->setObjectName(u"userGuideAction"_s);
    help->addAction(tr("&About Parcours"), this, &MainWindow::showAbout);

    QToolBar* toolbar = addToolBar(tr("Main toolbar"));
    toolbar->setObjectName(u"mainToolBar"_s);
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_newClientAction);
    toolbar->addAction(m_bilanPanel->openBilanAction());
    toolbar->addSeparator();
    toolbar->addAction(m_scheduling->planAction());
    toolbar->addAction(sessions->newSessionAction());
    toolbar->addAction(sessions->logSessionAction());
    toolbar->addAction(m_scheduling->agendaAction());
    toolbar->addSeparator();
    toolbar->addAction(undo);
    toolbar->addAction(redo);
}

ClientDialog* MainWindow::newClient()
{
    auto* dialog = new ClientDialog(
        m_workspace.clock().today(),
        [this](const Client& client) -> Result<void> {
            auto id = m_workspace.clients().add(client);
            if (!id)
                return id.error();
            m_clientList->selectClient(id.value());
            return success();
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

ClientImportDialog* MainWindow::importClients()
{
    auto* dialog = new ClientImportDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Parcours"),
                       tr("<h3>Parcours %1</h3><p>The workbench of the bilan de compétences: beneficiaries, "
                          "sessions, investigation, synthesis and follow-up, kept on your computer.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace parcours
