#pragma once

#include <parcours/core/Clock.h>
#include <parcours/core/Result.h>
#include <parcours/storage/DatabaseLocation.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace parcours {

class Database;
class Store;

/** Why a backup was made: daily ones are rotated after the settings, the ten newest manual ones kept, the others
    (before an update or a restore) never removed by Parcours. */
enum class BackupKind { Daily, Manual, BeforeMigration, BeforeRestore };

/// "daily", "manual", "before-migration", "before-restore": in file names, the CLI and JSON.
QString toKey(BackupKind kind);
/// For people, translated ("Daily", "Before a restore"…).
QString displayName(BackupKind kind);

/** One backup file and what it holds. */
struct BackupInfo {
    QString path;
    QDateTime createdAt; ///< wall-clock time of the consultant, from the file name (the file's time otherwise)
    BackupKind kind = BackupKind::Manual;
    int schemaVersion = 0;
    int clients = 0;
    int bilans = 0;
    qint64 bytes = 0;
    QString problem; ///< why the file cannot be used (empty for a sound backup)

    bool usable() const { return problem.isEmpty(); }
};

/** What a restore did. */
struct RestoreOutcome {
    BackupInfo restored; ///< the restored data, as it is now in place (after any schema update)
    std::optional<BackupInfo> safetyCopy; ///< the database as it was just before, backed up
    QString setAside; ///< a damaged database that could not be backed up, moved here instead (never deleted)
};

/**
 * The backups of one SQLite database, in a folder next to it (`<name>-backups/`, mode 0700, files 0600): each a
 * consistent snapshot (VACUUM INTO a temporary file, checked with PRAGMA integrity_check, synced to disk, then
 * renamed), made daily on the first start of the day, before every schema update and before every restore,
 * or on demand; daily ones rotated after the settings backup.keep_*. PostgreSQL databases have none yet
 * (Unavailable).
 */
class Backups {
    Q_DECLARE_TR_FUNCTIONS(Backups)
public:
    /// The backups of the database at `location`; ErrorCode::Unavailable for a PostgreSQL database.
    static Result<Backups> of(const DatabaseLocation& location);

    const QString& folder() const { return m_folder; }
    const DatabaseLocation& location() const { return m_location; }

    /// Every backup of this database, newest first (unreadable ones included, with their problem; not checked
    /// in depth: see latestGood).
    Result<QList<BackupInfo>> list() const;
    /// The newest backup that passes PRAGMA integrity_check, if any.
    std::optional<BackupInfo> latestGood() const;

    /// Backs the open database up now, then rotates the daily backups and keeps the ten newest manual ones.
    Result<BackupInfo> create(Store& store, BackupKind kind, const Clock& clock) const;
    /// The daily backup, when the setting backup.daily is on and no backup was made today yet.
    Result<std::optional<BackupInfo>> createDailyIfDue(Store& store, const Clock& clock) const;
    /// Whether the daily backup is still to make today (the setting is on and no sound backup was made today).
    Result<bool> dailyDue(Store& store, const Clock& clock) const;

    /// What checkAndBackUp found and did.
    struct BackgroundOutcome {
        std::optional<Error> damaged; ///< the file failed PRAGMA quick_check (or could not be opened to check it)
        std::optional<BackupInfo> daily; ///< the daily backup made
        std::optional<Error> backupFailed; ///< why the daily backup could not be made
    };
    /**
     * For a worker thread, while the application works on its own connection: opens a second connection to the
     * database, runs PRAGMA quick_check when `check`, then makes the daily backup when `daily` (its copy passes
     * PRAGMA integrity_check before it is kept). Touches nothing the caller's thread owns; the caller rotates the
     * backups afterwards (rotate()).
     */
    BackgroundOutcome checkAndBackUp(bool check, bool daily, const Clock& clock) const;
    /// Keeps the daily backups the settings ask for (a day, a week, a month) and the ten newest manual ones.
    void rotate(Store& store) const;

    /**
     * Puts the backup `file` in place of the database, which nobody may have open (the caller holds the
     * single-instance lock). A file that is not a sound Parcours backup is refused before anything changes.
     * The current database is backed up first (or, when damaged, moved aside into the backups folder); the
     * restored copy is brought to the current schema and handed to afterRestoreBeforeOpen() before it
     * replaces the database.
     */
    /// An encrypted backup (EncryptedFile) needs its `passphrase`: checked whole and decrypted first.
    Result<RestoreOutcome> restore(const QString& file, const Clock& clock, const QString& passphrase = {}) const;

    /// Checks that `file` is a sound Parcours backup (SQLite header, application id, schema version this build
    /// can read, PRAGMA integrity_check and foreign_key_check) without changing it; says what it holds.
    static Result<BackupInfo> inspect(const QString& file);

    /// Writes a snapshot of the open database to `file` (replaced only once the new copy has passed its check).
    static Result<BackupInfo> writeTo(Store& store, const QString& file);
    /// The same snapshot, encrypted with `passphrase` (EncryptedFile): the checked copy is made in a private
    /// temporary folder and only its encrypted form reaches `file`.
    static Result<BackupInfo> writeEncryptedTo(Store& store, const QString& file, const QString& passphrase);

private:
    friend class Store; // backs the database up before a schema update, before the Store exists
    Backups(DatabaseLocation location, QString folder);
    Result<BackupInfo> snapshot(Database& database, BackupKind kind, const Clock& clock) const;
    Result<BackupInfo> createBeforeMigration(Database& database, const Clock& clock) const
    {
        return snapshot(database, BackupKind::BeforeMigration, clock);
    }
    Result<QString> prepareFolder() const;
    Result<RestoreOutcome> restorePlain(const QString& file, const Clock& clock) const;
    QString fileNameFor(BackupKind kind, const QDateTime& at) const;

    DatabaseLocation m_location;
    QString m_folder;
};

} // namespace parcours
