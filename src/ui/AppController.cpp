#include <parcours/core/SampleData.h>
#include <parcours/core/Settings.h>
#include <parcours/ui/Format.h>
#include <parcours/ui/AppController.h>
#include <parcours/ui/AppLockGuard.h>
#include <parcours/ui/BackupsDialog.h>
#include <parcours/ui/CabinetDialog.h>
#include <parcours/storage/Heartbeat.h>
#include <parcours/ui/ConnectionWatcher.h>
#include <parcours/ui/Confirmation.h>
#include <parcours/ui/FirstRunWizard.h>
#include <parcours/ui/InstanceGuard.h>
#include <parcours/ui/LetterheadSettingsPage.h>
#include <parcours/ui/Colours.h>
#include <parcours/ui/MainWindow.h>
#include <parcours/ui/RecoveryDialog.h>
#include <parcours/ui/SettingsPages.h>
#include <parcours/ui/Workspace.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

constexpr int kDailyCheckMs = 60 * 60 * 1000;

QString restoredNotice(const RestoreOutcome& outcome)
{
    QString text
        = AppController::tr("Backup restored: %n beneficiary(ies), %1.", nullptr, outcome.restored.clients)
              .arg(format::bilanCount(outcome.restored.bilans));
    if (outcome.safetyCopy) {
        text += u' '
            + AppController::tr("Your data as they were just before are kept in the backup of %1 (File > Backups…).")
                  .arg(QLocale().toString(outcome.safetyCopy->createdAt, QLocale::ShortFormat));
    }
    if (!outcome.setAside.isEmpty())
        text += u' '
            + AppController::tr("The damaged file was kept as %1.").arg(QDir::toNativeSeparators(outcome.setAside));
    return text;
}

/// Calls the workspace's shown() once the window has been painted for the first time (or after a second, should
/// it never be: a window started minimised), so that the side panels' queries do not hold the first screen back.
class FirstPaint : public QObject {
public:
    FirstPaint(QWidget& window, Workspace& workspace) : QObject(&window), m_workspace(&workspace)
    {
        window.installEventFilter(this);
        QTimer::singleShot(1000, this, &FirstPaint::done);
    }
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, &FirstPaint::done); // once this paint, and its children's, are over
        }
        return false;
    }

private:
    void done()
    {
        if (m_workspace)
            m_workspace->shown();
        deleteLater();
    }
    QPointer<Workspace> m_workspace;
};

/// The screen for a problem no backup can solve: the message, and Quit.
void showProblem(const QString& message)
{
    RecoveryDialog dialog(makeError(ErrorCode::Storage, message), std::nullopt, {});
    dialog.exec();
}

} // namespace

AppController::AppController(AppOptions options, QObject* parent) : QObject(parent), m_options(std::move(options))
{
    m_dailyTimer.setInterval(kDailyCheckMs);
    connect(&m_dailyTimer, &QTimer::timeout, this, &AppController::backUpIfDue);
    connect(&m_background, &BackgroundCheck::finished, this, &AppController::backgroundWorkDone);
}

AppController::~AppController()
{
    m_lockGuard.reset(); // reads the settings of the store: goes first
    m_window.reset();
    m_workspace.reset();
    m_store.reset();
}

const Clock& AppController::clock() const
{
    if (m_options.clock)
        return *m_options.clock;
    if (m_pinnedClock)
        return *m_pinnedClock;
    return m_systemClock;
}

bool AppController::start()
{
    m_exitCode = 1;
    const auto pinned = pinnedToday();
    if (!pinned) {
        showProblem(pinned.error().message);
        return false;
    }
    if (pinned.value())
        m_pinnedClock.emplace(*pinned.value(), m_systemClock, pinnedStartTime());
    m_explicitLocation = !m_options.database.isEmpty() || !qEnvironmentVariable("PARCOURS_DATABASE").isEmpty();
    // The cabinet opened last (its URL has no password: libpq finds it in ~/.pgpass, else the dialog asks).
    QString remembered = m_explicitLocation ? QString() : cabinet::rememberedUrl();
    if (remembered.isEmpty() && !m_explicitLocation)
        remembered = firstRun::rememberedDatabase();
    auto location = DatabaseLocation::resolve(remembered.isEmpty() ? m_options.database : remembered);
    if (!location) {
        showProblem(location.error().message);
        return false;
    }
    m_location = location.value();
    std::unique_ptr<FirstRunWizard> wizard;
    if (!welcomeBeforeOpening(wizard))
        return false;

    m_guard = std::make_unique<InstanceGuard>(m_location);
    if (m_guard->claim() == InstanceGuard::Claim::HeldElsewhere) {
        const bool show = Confirmation::ask(nullptr, tr("Parcours is already open"),
            tr("Parcours is already open on %1, in another window.\n\nOne window at a "
               "time works on a database, so that nothing is written twice.")
                .arg(m_location.display()),
            tr("Show that window"));
        if (show && !m_guard->askHolderToShow()) {
            showProblem(tr("The other Parcours window does not answer. If it is frozen, close it, then start Parcours "
                           "again."));
            return false;
        }
        m_exitCode = 0;
        return false;
    }
    connect(m_guard.get(), &InstanceGuard::showRequested, this, &AppController::bringToFront);

    if (!openStore())
        return false;
    if (!welcomeAfterOpening(wizard))
        return false;
    buildWindow();
    // Locked from the start when a password is set: the window is there, but covered until it is typed.
    m_lockGuard->lockNow();
    backUpIfDue();
    m_dailyTimer.start();
    m_exitCode = 0;
    return true;
}

bool AppController::openStore()
{
    for (;;) {
        StoreOptions options;
        options.clock = &clock();
        options.readOnly = m_options.readOnly;
        // A large file is checked once the window is open (backUpIfDue), on a connection of its own.
        m_checkLater = !m_location.isPostgres() && QFileInfo(m_location.path).size() > m_options.checkAtOpenUpTo;
        options.quickCheck = !m_checkLater;
        auto store = Store::open(m_location, options);
        if (store) {
            m_store = std::move(store).value();
            m_systemClock.setTimeZone(Settings(m_store->settings()).timeZone());
            if (Settings(m_store->settings()).flag(settingKeys::darkPalette))
                applyColourScheme(true);
            return true;
        }
        const Error& error = store.error();
        if (m_location.isPostgres() && !m_options.readOnly) {
            if (!askForCabinet(error))
                return false;
            if (m_store)
                return true;
            continue; // back to the local file
        }
        std::optional<Backups> backups;
        if (error.code == ErrorCode::Damaged || error.code == ErrorCode::NotADatabase) {
            if (auto found = Backups::of(m_location))
                backups = found.value();
        }
        RecoveryDialog dialog(error, backups, [this](const QString& path) -> Result<RestoreOutcome> {
            auto of = Backups::of(m_location);
            if (!of)
                return of.error();
            return of->restore(path, clock());
        });
        if (dialog.exec() != QDialog::Accepted || !dialog.outcome())
            return false;
        m_pendingNotice = restoredNotice(*dialog.outcome());
    }
}

bool AppController::askForCabinet(const Error& error)
{
    CabinetDialog dialog([this](const DatabaseLocation& location) -> Result<void> {
        StoreOptions options;
        options.clock = &clock();
        auto store = Store::open(location, options);
        if (!store)
            return store.error();
        m_store = std::move(store).value();
        m_location = location;
        return success();
    });
    dialog.setLocation(m_location);
    dialog.setLocalAvailable(true);
    dialog.showProblem(error.message);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (m_store) {
        cabinet::rememberUrl(m_location.display());
        return true;
    }
    // Back to the consultant's own file, this time and the next.
    cabinet::forget();
    m_location = localLocation();
    m_guard = std::make_unique<InstanceGuard>(m_location);
    if (m_guard->claim() == InstanceGuard::Claim::HeldElsewhere) {
        showProblem(tr("Parcours is already open on %1, in another window.").arg(m_location.display()));
        return false;
    }
    connect(m_guard.get(), &InstanceGuard::showRequested, this, &AppController::bringToFront);
    return true;
}

DatabaseLocation AppController::localLocation()
{
    const QString remembered = firstRun::rememberedDatabase();
    if (!remembered.isEmpty()) {
        if (auto parsed = DatabaseLocation::parse(remembered); parsed && !parsed->isPostgres())
            return parsed.value();
    }
    return DatabaseLocation::defaultLocation();
}

CabinetDialog* AppController::showCabinetDialog()
{
    auto* dialog = new CabinetDialog([this](const DatabaseLocation& location) { return switchTo(location); },
                                     m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLocation(m_location);
    dialog->setLocalAvailable(m_location.isPostgres());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->localChosen())
            return;
        if (auto done = switchToLocal(); !done && m_workspace)
            m_workspace->reportError(done.error().message);
    });
    dialog->open();
    return dialog;
}

Result<void> AppController::switchTo(const DatabaseLocation& location)
{
    auto guard = std::make_unique<InstanceGuard>(location);
    if (guard->claim() == InstanceGuard::Claim::HeldElsewhere)
        return makeError(ErrorCode::Locked, tr("Parcours is already open on %1, in another window.")
                                                .arg(location.display()));
    StoreOptions options;
    options.clock = &clock();
    auto store = Store::open(location, options);
    if (!store)
        return store.error();
    m_nextStore = std::move(store).value();
    m_nextLocation = location;
    // The old guard goes with the old window; the new one holds the new place from now on.
    m_guard.swap(guard);
    connect(m_guard.get(), &InstanceGuard::showRequested, this, &AppController::bringToFront);
    // Once the dialog that asked has returned: it belongs to the window about to close.
    QTimer::singleShot(0, this, &AppController::replaceStore);
    return success();
}

Result<void> AppController::switchToLocal()
{
    return switchTo(localLocation());
}

void AppController::replaceStore()
{
    if (!m_nextStore)
        return;
    m_background.wait(); // what it finds is about the database being closed
    const bool quitOnClose = QGuiApplication::quitOnLastWindowClosed();
    QGuiApplication::setQuitOnLastWindowClosed(false);
    closeWindow();
    m_store = std::move(m_nextStore);
    m_location = m_nextLocation;
    m_demonstration = false;
    m_checkLater = false; // switchTo opened it with the check
    if (m_location.isPostgres())
        cabinet::rememberUrl(m_location.display()); // never the password
    else
        cabinet::forget();
    buildWindow();
    QGuiApplication::setQuitOnLastWindowClosed(quitOnClose);
    m_workspace->reportNotice(m_location.isPostgres() ? tr("Connected to the cabinet's database %1.").arg(m_location.display())
                                                      : tr("Back to your own data (%1).").arg(m_location.display()));
}

bool AppController::welcomeBeforeOpening(std::unique_ptr<FirstRunWizard>& wizard)
{
    if (!m_options.welcome || m_options.readOnly || firstRun::done() || m_location.isPostgres() || m_explicitLocation
        || QFileInfo::exists(m_location.path))
        return true;
    wizard = std::make_unique<FirstRunWizard>(m_location.path, true);
    if (wizard->exec() != QDialog::Accepted) {
        firstRun::markDone();
        wizard.reset();
        return true;
    }
    const QString chosen = wizard->databasePath();
    if (chosen != m_location.path) {
        auto location = DatabaseLocation::parse(chosen);
        if (!location) {
            showProblem(location.error().message);
            return false;
        }
        m_location = location.value();
        firstRun::rememberDatabase(m_location.path);
    }
    return true;
}

bool AppController::welcomeAfterOpening(std::unique_ptr<FirstRunWizard>& wizard)
{
    if (!wizard) {
        if (!m_options.welcome || m_options.readOnly || m_store->isReadOnly() || firstRun::done()
            || !Settings(m_store->settings()).text(settingKeys::consultantName).isEmpty())
            return true;
        wizard = std::make_unique<FirstRunWizard>(m_location.display(), false);
        wizard->loadLetterhead(Settings(m_store->settings()));
        if (wizard->exec() != QDialog::Accepted) {
            firstRun::markDone();
            return true;
        }
    }
    auto saved = m_store->transact([&]() -> Result<void> {
        Settings settings(m_store->settings());
        return wizard->letterheadPage()->save(settings);
    });
    if (!saved)
        m_pendingNotice = saved.error().message;
    firstRun::markDone();
    const bool demo = wizard->demoChosen();
    wizard.reset();
    return demo ? openDemonstration() : true;
}

bool AppController::openDemonstration()
{
    if (m_location.isPostgres())
        return true;
    const QString own = m_location.display();
    const QString demo = firstRun::demoDatabasePath(m_location.path);
    for (const QString& suffix : { u""_s, u"-wal"_s, u"-shm"_s })
        QFile::remove(demo + suffix);
    m_store.reset();
    auto location = DatabaseLocation::parse(demo);
    if (!location) {
        showProblem(location.error().message);
        return false;
    }
    m_location = location.value();
    if (!openStore())
        return false;
    if (auto filled = SampleData::fill(*m_store, clock()); !filled) {
        showProblem(filled.error().message);
        return false;
    }
    m_demonstration = true;
    m_ownDatabase = own;
    m_pendingNotice = tr("This is the demonstration database (%1): its beneficiaries are invented, try anything. "
                         "Your own database (%2) opens at the next start of Parcours.")
                          .arg(m_location.display(), own);
    return true;
}

void AppController::buildWindow()
{
    m_workspace = std::make_unique<Workspace>(*m_store, clock(), m_location.display());
    m_workspace->deferUntilShown();
    m_window = std::make_unique<MainWindow>(*m_workspace);
    connect(m_window->backupNowAction(), &QAction::triggered, this, [this] {
        auto made = backUpNow();
        if (made) {
            m_workspace->reportNotice(
                tr("Backup made and checked: %n beneficiary(ies), %1.", nullptr, made->clients)
                    .arg(format::bilanCount(made->bilans)));
        } else {
            m_workspace->reportError(made.error().message);
        }
    });
    connect(m_window->backupsAction(), &QAction::triggered, this, &AppController::showBackups);
    connect(m_window->cabinetAction(), &QAction::triggered, this, [this] { showCabinetDialog(); });
    if (m_location.isPostgres()) {
        m_watcher = new ConnectionWatcher(m_store->events(), [this] { return m_store->reconnect(); });
        m_watcher->setHeartbeat([this] { return heartbeat(*m_store); });
        m_window->addTopBanner(m_watcher);
        connect(m_watcher, &ConnectionWatcher::restored, m_workspace.get(), [this] {
            m_workspace->reportNotice(tr("The connection to the cabinet's server is back; you can go on."));
        });
        m_window->cabinetAction()->setText(tr("Cabinet &connection…"));
    }
    if (m_location.isPostgres()) {
        const QString why = tr("Backups of a PostgreSQL database are not available in Parcours yet.");
        for (QAction* action : { m_window->backupNowAction(), m_window->backupsAction() }) {
            action->setEnabled(false);
            action->setToolTip(why);
        }
    }
    if (m_store->isReadOnly()) {
        auto* bar = new QLabel(
            tr("Read-only (%1). You can consult your data; no change can be saved.").arg(m_store->readOnlyReason()));
        bar->setObjectName(u"readOnlyBannerLabel"_s);
        bar->setWordWrap(true);
        bar->setMargin(6);
        bar->setStyleSheet(colours::bannerStyle(colours::Banner::Warning, bar->objectName()));
        m_window->addTopBanner(bar);
        for (QAction* action :
            { m_window->newClientAction(), m_window->importClientsAction(), m_window->backupNowAction() })
            action->setEnabled(false);
        m_window->setWindowTitle(tr("Parcours (read-only)"));
    }
    if (m_demonstration)
        m_window->setWindowTitle(tr("Parcours (demonstration)"));
    m_window->show();
    new FirstPaint(*m_window, *m_workspace); // owned by the window
    // Idle time counted from now; after a restore the consultant, who was just at work, is not asked again.
    m_lockGuard = std::make_unique<AppLockGuard>(*m_workspace);
    if (!m_pendingNotice.isEmpty()) {
        m_workspace->reportNotice(m_pendingNotice);
        m_pendingNotice.clear();
    }
    Q_EMIT windowReplaced(m_window.get());
}

void AppController::closeWindow()
{
    m_lockGuard.reset();
    if (m_window)
        m_window->close(); // saves the window's state
    m_window.reset();
    m_workspace.reset();
    m_store.reset();
}

void AppController::bringToFront()
{
    if (!m_window)
        return;
    m_window->setWindowState((m_window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void AppController::purgeAuditLog()
{
    if (!m_store || !m_workspace || m_store->isReadOnly() || m_demonstration)
        return;
    // At start and at each hourly check: entries older than 12 months go (a no-op most of the time: one query).
    if (auto purged = m_workspace->audit().purge(); !purged)
        m_workspace->reportError(tr("The access log could not be purged: %1").arg(purged.error().message));
}

void AppController::backUpIfDue()
{
    purgeAuditLog();
    if (!m_store || m_location.isPostgres() || m_background.isRunning())
        return;
    auto backups = Backups::of(m_location);
    Result<bool> due = false;
    if (!m_store->isReadOnly() && !m_demonstration)
        due = backups ? backups->dailyDue(*m_store, clock()) : Result<bool>(backups.error());
    if (!due) {
        m_workspace->reportError(tr("The daily backup could not be made: %1 Your data are intact; Parcours tries again "
                                    "in an hour.")
                                     .arg(due.error().message));
        due = false;
    }
    if (backups && (due.value() || m_checkLater))
        m_background.start(backups.value(), m_checkLater, due.value(), clock());
}

void AppController::waitForBackgroundWork()
{
    m_background.wait();
}

void AppController::backgroundWorkDone(const Backups::BackgroundOutcome& outcome)
{
    if (!m_store || !m_workspace)
        return;
    if (outcome.damaged) {
        // Writing more into a damaged file could only make it worse: everything stays readable, nothing is saved.
        m_store->refuseWrites(tr("the file is damaged"));
        m_workspace->reportError(tr("%1 Parcours saves nothing more into it: restore your latest backup "
                                    "(File › Backups…).")
                                     .arg(outcome.damaged->message));
        return;
    }
    m_checkLater = false;
    if (outcome.daily) {
        if (auto backups = Backups::of(m_location))
            backups->rotate(*m_store);
    }
    if (outcome.backupFailed) {
        m_workspace->reportError(tr("The daily backup could not be made: %1 Your data are intact; Parcours tries again "
                                    "in an hour.")
                                     .arg(outcome.backupFailed->message));
    }
}

Result<BackupInfo> AppController::backUpNow()
{
    if (!m_store)
        return makeError(ErrorCode::Storage, tr("No database is open."));
    auto backups = Backups::of(m_location);
    if (!backups)
        return backups.error();
    return backups->create(*m_store, BackupKind::Manual, clock());
}

void AppController::showBackups()
{
    auto backups = Backups::of(m_location);
    if (!backups) {
        m_workspace->reportError(backups.error().message);
        return;
    }
    auto* dialog = new BackupsDialog(
        backups.value(), [this] { return backUpNow(); }, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The restore closes the window (and this dialog with it): once the dialog's own signal has returned.
    connect(dialog, &BackupsDialog::restoreRequested, this, [this](const QString& path, const QString& passphrase) {
        QTimer::singleShot(0, this, [this, path, passphrase] { (void)restore(path, passphrase); });
    });
    if (!m_store->isReadOnly()) {
        dialog->setExportEncrypted([this](const QString& file, const QString& passphrase) {
            if (auto logged = m_workspace->audit().record(AuditOperation::Export, AuditRecord::None, 0, u"encrypted-copy"_s);
                !logged) {
                return Result<BackupInfo>(makeError(logged.error().code,
                    tr("The access log could not be written, so no copy was made. %1").arg(logged.error().message)));
            }
            return Backups::writeEncryptedTo(*m_store, file, passphrase);
        });
    }
    dialog->open();
}

Result<RestoreOutcome> AppController::restore(const QString& file, const QString& passphrase)
{
    auto backups = Backups::of(m_location);
    if (!backups) {
        if (m_workspace)
            m_workspace->reportError(backups.error().message);
        return backups.error();
    }
    m_background.wait(); // its connection reads the file the restore replaces
    const bool quitOnClose = QGuiApplication::quitOnLastWindowClosed();
    QGuiApplication::setQuitOnLastWindowClosed(false);
    closeWindow();
    auto restored = backups->restore(file, clock(), passphrase);
    const bool reopened = openStore();
    QGuiApplication::setQuitOnLastWindowClosed(quitOnClose);
    if (!reopened) {
        QCoreApplication::exit(1);
        return restored;
    }
    buildWindow();
    // Logged in the restored database, the one that goes on (docs/protection.md).
    if (restored && !m_workspace->auditOrRefuse(AuditOperation::Restore, AuditRecord::None, 0, u"backup"_s))
        return restored;
    if (restored)
        m_workspace->reportNotice(restoredNotice(restored.value()));
    else
        m_workspace->reportError(restored.error().message);
    return restored;
}

} // namespace parcours
