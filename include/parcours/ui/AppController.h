#pragma once

#include <parcours/core/Clock.h>
#include <parcours/core/Result.h>
#include <parcours/storage/Backups.h>
#include <parcours/storage/Store.h>
#include <parcours/ui/BackgroundCheck.h>
#include <parcours/ui/ConnectionWatcher.h>

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

namespace parcours {

class AppLockGuard;
class CabinetDialog;
class FirstRunWizard;
class InstanceGuard;
class MainWindow;
class MessageBanner;
class Workspace;

/** How the application is started. */
struct AppOptions {
    QString database; ///< --database (empty: PARCOURS_DATABASE, else the default file)
    bool readOnly = false; ///< --read-only: look without changing anything
    const Clock* clock = nullptr; ///< replaces the system clock (tests)
    bool welcome = false; ///< the first-run welcome may be shown (the application; tests that drive it)
    /// An SQLite file larger than this is checked (PRAGMA quick_check) in the background once the window is open,
    /// not before: at 200 MB the check takes seconds. A few years of a consultant's practice stay far below.
    qint64 checkAtOpenUpTo = 64LL * 1024 * 1024;
};

/**
 * Parcours running on one database, from start to quit: the single-instance lock, the database opened and
 * checked (a damaged one gets the recovery screen with its latest good backup), the daily backup (checked again
 * every hour while Parcours stays open), "Back up now", the backups dialog, and restores — which close the
 * window and the database, put the backup in place and open everything again. main.cpp only creates it.
 */
class AppController : public QObject {
    Q_OBJECT
public:
    explicit AppController(AppOptions options, QObject* parent = nullptr);
    ~AppController() override;

    /// Opens everything and shows the window; false when Parcours should stop, with exitCode().
    bool start();
    int exitCode() const { return m_exitCode; }

    MainWindow* window() const { return m_window.get(); }
    Workspace* workspace() const { return m_workspace.get(); }
    Store* store() const { return m_store.get(); }
    InstanceGuard* instanceGuard() const { return m_guard.get(); }
    /// The application lock of the open window (asks the password at start when one is set).
    AppLockGuard* lockGuard() const { return m_lockGuard.get(); }
    const Clock& clock() const;

    /// In the background: the check of a large file left out at open, and the daily backup when none was made
    /// today (setting backup.daily); damage or a failure goes to the banner.
    void backUpIfDue();
    /// Removes the access-log entries older than 12 months (at start and at every hourly check).
    void purgeAuditLog();
    /// Waits for the background check and backup in progress, and shows what they found (restores; tests).
    void waitForBackgroundWork();
    /// "Back up now": a manual backup, then the rotation.
    Result<BackupInfo> backUpNow();
    /// Closes the window and the database, restores `file` (the current data backed up first), reopens;
    /// the outcome is shown in the banner of the new window.
    Result<RestoreOutcome> restore(const QString& file, const QString& passphrase = {});
    /// True while the demonstration database is open (started from the welcome).
    bool isDemonstration() const { return m_demonstration; }
    /// Opens the backups dialog.
    void showBackups();
    /// « Se connecter à un cabinet… »: the dialog; « Se connecter » reopens Parcours on that database.
    CabinetDialog* showCabinetDialog();
    /// Opens `location` beside the current database; on success the window is rebuilt on it once the caller's
    /// dialog has returned (the URL, without password, is remembered for the next start; a file forgets it).
    Result<void> switchTo(const DatabaseLocation& location);
    /// « Revenir à mes données locales »: the consultant's own file again.
    Result<void> switchToLocal();
    /// The banner of a lost connection (a cabinet's database only; null for a file).
    ConnectionWatcher* connectionWatcher() const { return m_watcher; }
    const DatabaseLocation& location() const { return m_location; }

Q_SIGNALS:
    /// A new window was built (at start and after a restore).
    void windowReplaced(MainWindow* window);

private:
    bool openStore();
    /// A cabinet that cannot be reached at start: the dialog, to type the password or go back to the file.
    bool askForCabinet(const Error& error);
    void replaceStore();
    static DatabaseLocation localLocation();
    /// The first-run welcome, when due: before the database exists (its path may change) or when it has no
    /// identity yet; saves the letterhead and opens the demonstration instead when asked. False: stop.
    bool welcomeBeforeOpening(std::unique_ptr<FirstRunWizard>& wizard);
    bool welcomeAfterOpening(std::unique_ptr<FirstRunWizard>& wizard);
    bool openDemonstration();
    void buildWindow();
    void closeWindow();
    void bringToFront();
    void backgroundWorkDone(const Backups::BackgroundOutcome& outcome);

    AppOptions m_options;
    SystemClock m_systemClock;
    std::optional<PinnedDateClock> m_pinnedClock;
    DatabaseLocation m_location;
    std::unique_ptr<InstanceGuard> m_guard;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<AppLockGuard> m_lockGuard;
    QTimer m_dailyTimer;
    QPointer<ConnectionWatcher> m_watcher;
    std::unique_ptr<Store> m_nextStore; ///< opened by switchTo, put in place by replaceStore
    DatabaseLocation m_nextLocation;
    QString m_pendingNotice; ///< shown in the banner once the window is built (a restore from the recovery screen)
    int m_exitCode = 0;
    bool m_explicitLocation = false; ///< --database or PARCOURS_DATABASE: not remembered, not changed
    bool m_demonstration = false;
    QString m_ownDatabase; ///< the consultant's own database while the demonstration is open
    bool m_checkLater = false; ///< the file was opened without PRAGMA quick_check: the background runs it
    BackgroundCheck m_background; ///< last: destroyed first, it waits for a run in progress
};

} // namespace parcours
