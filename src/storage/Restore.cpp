// Backups::restore: the one way a backup replaces the database, all or nothing.
#include "Database.h"
#include "Migrator.h"
#include "DestructionJournal.h"
#include "RestoreHook.h"
#include "Snapshot.h"
#include "SqlQuery.h"

#include <parcours/storage/Backups.h>
#include <parcours/storage/EncryptedFile.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cerrno>
#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

/** The restored copy while it is prepared beside the database; removed unless it was put in place. */
class StagedCopy {
public:
    explicit StagedCopy(QString path) : m_path(std::move(path)) { }
    ~StagedCopy()
    {
        if (m_keep)
            return;
        for (const QString& suffix : { u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s })
            QFile::remove(m_path + suffix);
    }
    const QString& path() const { return m_path; }
    void keep() { m_keep = true; }

private:
    QString m_path;
    bool m_keep = false;
};

Result<void> renameFile(const QString& from, const QString& to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return success();
    return makeError(ErrorCode::Io,
        Backups::tr("Cannot move %1 to %2: %3").arg(from, to, QString::fromLocal8Bit(std::strerror(errno))));
}

/// Folds the -wal file in and leaves WAL mode: possible only when no other connection has the file open.
Result<void> leaveWal(Database& database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(u"PRAGMA journal_mode = DELETE"_s) || !query.next())
        return sqlError(query.lastError());
    if (query.value(0).toString().compare(u"delete"_s, Qt::CaseInsensitive) != 0)
        return makeError(ErrorCode::Locked, Backups::tr("The database is in use by another program."));
    return success();
}

/// Removes what a restore killed half-way left beside the database (hidden staged copies over an hour old, by the
/// system clock that dated the files).
void removeStaleStagedCopies(const QString& target)
{
    const QFileInfo info(target);
    const QFileInfoList stale
        = QDir(info.absolutePath())
              .entryInfoList({ u"."_s + info.fileName() + u".restore-*"_s }, QDir::Files | QDir::Hidden);
    for (const QFileInfo& file : stale) {
        if (file.lastModified().secsTo(QDateTime::currentDateTimeUtc()) > 3600)
            QFile::remove(file.absoluteFilePath());
    }
}

/// Brings the staged copy to the current schema and applies what must outlive a restore; leaves it a single file.
Result<void> prepareStaged(const QString& path, const QString& journalFile)
{
    DatabaseLocation location;
    location.path = path;
    auto database = Database::open(location);
    if (!database)
        return database.error();
    if (auto migrated = Migrator(*database.value()).migrate(); !migrated)
        return migrated.error();
    if (auto applied = afterRestoreBeforeOpen(*database.value(), journalFile); !applied)
        return applied.error();
    return leaveWal(*database.value());
}

} // namespace

Result<RestoreOutcome> Backups::restore(const QString& file, const Clock& clock, const QString& passphrase) const
{
    if (!EncryptedFile::isEncrypted(file))
        return restorePlain(file, clock);
    // Checked whole and decrypted into a private temporary folder first: a wrong passphrase, a flipped byte or a
    // cut file is refused before anything is touched.
    if (passphrase.isEmpty())
        return makeError(ErrorCode::InvalidInput,
            tr("%1 is encrypted: its passphrase is needed to restore it. Nothing was changed.").arg(file));
    QTemporaryDir staging;
    if (!staging.isValid())
        return makeError(ErrorCode::Io, tr("Cannot make a temporary folder to decrypt %1. Nothing was changed.").arg(file));
    const QString plain = staging.filePath(QFileInfo(file).completeBaseName() + u".sqlite"_s);
    if (auto opened = EncryptedFile::decrypt(file, plain, passphrase); !opened)
        return makeError(opened.error().code, tr("%1 Nothing was changed.").arg(opened.error().message));
    return restorePlain(plain, clock);
}

Result<RestoreOutcome> Backups::restorePlain(const QString& file, const Clock& clock) const
{
    const QString target = QFileInfo(m_location.path).absoluteFilePath();
    const QFileInfo source(file);
    auto refuse = [](const Error& error) {
        return makeError(error.code, tr("This file cannot be restored: %1 Nothing was changed.").arg(error.message));
    };
    if (source.absoluteFilePath() == target)
        return makeError(
            ErrorCode::InvalidInput, tr("This file is the database itself; choose a backup. Nothing was changed."));
    if (QFileInfo(file + u"-wal"_s).size() > 0) {
        return makeError(ErrorCode::InvalidInput,
            tr("%1 still has changes in %2 (it was copied while in use). Open it once with Parcours, then "
               "restore it. Nothing was changed.")
                .arg(file, file + u"-wal"_s));
    }
    removeStaleStagedCopies(target);
    // 1. The file must be a sound Parcours backup this build can read, before anything is touched.
    auto checked = snapshot::readFacts(file, snapshot::Depth::Full);
    if (!checked)
        return refuse(checked.error());

    // 2. A private copy beside the database, brought to the current schema.
    const QFileInfo targetInfo(target);
    if (!QDir().mkpath(targetInfo.absolutePath()) || !QFileInfo(targetInfo.absolutePath()).isWritable()) {
        return makeError(ErrorCode::ReadOnly,
            tr("The folder %1 is read-only: the database cannot be replaced. Nothing was changed.")
                .arg(targetInfo.absolutePath()));
    }
    StagedCopy staged(snapshot::temporarySibling(target, u"restore"_s));
    if (!QFile::copy(file, staged.path()))
        return makeError(ErrorCode::Io, tr("Cannot copy %1 beside the database. Nothing was changed.").arg(file));
    QFile::setPermissions(staged.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (auto prepared = prepareStaged(staged.path(), destructionJournalPath(m_location)); !prepared)
        return refuse(prepared.error());
    auto restored = snapshot::readFacts(staged.path(), snapshot::Depth::Full);
    if (!restored)
        return refuse(restored.error());
    if (auto synced = snapshot::syncFile(staged.path()); !synced)
        return synced.error();

    // 3. The current database: backed up, or moved aside when it is too damaged to be read.
    RestoreOutcome outcome;
    const QDateTime now = clock.now();
    const QDateTime stamp(now.date(), QTime(now.time().hour(), now.time().minute(), now.time().second()), Qt::UTC);
    if (targetInfo.exists()) {
        auto folder = prepareFolder();
        if (!folder)
            return folder.error();
        auto current = Database::open(m_location);
        if (current) {
            if (current.value()->isReadOnly()) {
                return makeError(ErrorCode::ReadOnly,
                    tr("The database is read-only (%1): it cannot be replaced. Nothing was changed.")
                        .arg(current.value()->readOnlyReason()));
            }
            const QString copyPath = m_folder + u'/' + fileNameFor(BackupKind::BeforeRestore, stamp);
            auto copy = snapshot::write(*current.value(), copyPath);
            if (!copy) {
                return makeError(copy.error().code,
                    tr("The current database could not be backed up, so it was not replaced: %1")
                        .arg(copy.error().message));
            }
            BackupInfo safety;
            safety.path = copyPath;
            safety.kind = BackupKind::BeforeRestore;
            safety.createdAt = stamp;
            safety.schemaVersion = copy->schemaVersion;
            safety.clients = copy->clients;
            safety.bilans = copy->bilans;
            safety.bytes = copy->bytes;
            outcome.safetyCopy = safety;
            // Leaving WAL mode folds the -wal file in and needs every other connection closed: the proof that
            // no other program (parcours-cli in a script) is using the file while it is replaced.
            if (auto alone = leaveWal(*current.value()); !alone) {
                return makeError(ErrorCode::Locked,
                    tr("The database is in use by another program (parcours-cli?): close it, then "
                       "restore again. Your current data were backed up to %1.")
                        .arg(copyPath));
            }
        } else if (current.error().code == ErrorCode::Damaged || current.error().code == ErrorCode::NotADatabase) {
            const QString aside = m_folder + u'/' + QFileInfo(target).completeBaseName() + u'-'
                + stamp.toString(u"yyyy-MM-dd-HHmmss"_s) + u"-damaged.sqlite"_s;
            for (const QString& suffix : { u"-wal"_s, u"-shm"_s }) {
                if (QFileInfo::exists(target + suffix)) {
                    if (auto moved = renameFile(target + suffix, aside + suffix); !moved)
                        return moved.error();
                }
            }
            if (auto moved = renameFile(target, aside); !moved)
                return moved.error();
            outcome.setAside = aside;
        } else {
            return makeError(current.error().code,
                tr("The current database cannot be opened to back it up, so it was not "
                   "replaced: %1")
                    .arg(current.error().message));
        }
    }
    if (QFileInfo(target + u"-wal"_s).size() > 0) {
        return makeError(
            ErrorCode::Locked, tr("The database is in use by another program: close it, then restore again."));
    }
    QFile::remove(target + u"-wal"_s);
    QFile::remove(target + u"-shm"_s);

    // 4. The swap: one rename, durable once the folder is synced.
    if (auto swapped = renameFile(staged.path(), target); !swapped)
        return swapped.error();
    staged.keep();
    snapshot::syncFolder(targetInfo.absolutePath());

    outcome.restored.path = source.absoluteFilePath();
    outcome.restored.kind = BackupKind::Manual;
    const QDateTime modified = source.lastModified();
    outcome.restored.createdAt = QDateTime(modified.date(), modified.time(), Qt::UTC);
    outcome.restored.schemaVersion = restored->schemaVersion;
    outcome.restored.clients = restored->clients;
    outcome.restored.bilans = restored->bilans;
    outcome.restored.bytes = source.size();
    return outcome;
}

} // namespace parcours
