// backup, backup list, restore: the consultant's safety net from the command line (SQLite databases).
#include "Cli.h"

#include <parcours/core/WallClock.h>
#include <parcours/storage/Backups.h>
#include <parcours/storage/EncryptedFile.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLockFile>

using namespace Qt::StringLiterals;

namespace parcours::cli {
namespace {

QJsonObject backupJson(const BackupInfo& backup)
{
    QJsonObject object { { u"path"_s, backup.path }, { u"kind"_s, toKey(backup.kind) },
        { u"schema_version"_s, backup.schemaVersion }, { u"clients"_s, backup.clients }, { u"bilans"_s, backup.bilans },
        { u"bytes"_s, backup.bytes } };
    if (backup.createdAt.isValid())
        object.insert(u"created_at"_s, formatWallClock(backup.createdAt));
    if (!backup.usable())
        object.insert(u"problem"_s, backup.problem);
    return object;
}

Result<Backups> backupsOf(Context& context)
{
    auto location = context.location();
    if (!location)
        return location.error();
    return Backups::of(location.value());
}

int backup(Context& context)
{
    auto backups = backupsOf(context);
    if (!backups)
        return context.fail(backups.error());
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    if (context.has(u"out"_s)) {
        if (auto logged = context.audit(AuditOperation::Export, AuditRecord::None, 0,
                context.has(u"passphrase-file"_s) || qEnvironmentVariableIsSet("PARCOURS_PASSPHRASE") ? u"encrypted-copy"_s : u"backup"_s);
            !logged)
            return context.fail(logged.error());
    }
    auto passphrase = context.passphrase();
    if (!passphrase)
        return context.fail(passphrase.error());
    // A copy that leaves the database's folder (--out) is encrypted whenever a passphrase is given.
    Result<BackupInfo> made = !context.has(u"out"_s)
        ? backups->create(*store.value(), BackupKind::Manual, context.clock())
        : passphrase->isEmpty() ? Backups::writeTo(*store.value(), context.option(u"out"_s))
                                : Backups::writeEncryptedTo(*store.value(), context.option(u"out"_s), passphrase.value());
    if (!made)
        return context.fail(made.error());
    if (context.json()) {
        context.printJson(backupJson(made.value()));
    } else {
        context.out() << made->path << '\n'
                      << "Backed up " << made->clients << " beneficiaries and " << made->bilans << " bilans.\n";
        context.out().flush();
    }
    return Exit::Ok;
}

int listBackups(Context& context)
{
    auto backups = backupsOf(context);
    if (!backups)
        return context.fail(backups.error());
    auto all = backups->list();
    if (!all)
        return context.fail(all.error());
    if (context.json()) {
        QJsonArray array;
        for (const BackupInfo& backup : all.value())
            array.append(backupJson(backup));
        context.printJson(array);
        return Exit::Ok;
    }
    QList<QStringList> rows;
    for (const BackupInfo& backup : all.value()) {
        rows << QStringList { formatWallClock(backup.createdAt), toKey(backup.kind),
            backup.usable() ? QString::number(backup.clients) : u"-"_s,
            backup.usable() ? QString::number(backup.bilans) : u"-"_s,
            backup.usable() ? backup.path : backup.path + u" (unusable: "_s + backup.problem + u')' };
    }
    context.out() << "Backups in " << backups->folder() << '\n';
    context.printTable({ u"DATE"_s, u"KIND"_s, u"CLIENTS"_s, u"BILANS"_s, u"FILE"_s }, rows);
    return Exit::Ok;
}

int restore(Context& context)
{
    auto backups = backupsOf(context);
    if (!backups)
        return context.fail(backups.error());
    const QString file = context.argument(0);
    if (!QFileInfo::exists(file))
        return context.fail(u"%1 does not exist; nothing was changed"_s.arg(file));
    // The window holds this lock while it is open; a restore under its feet would be lost.
    QLockFile lock(backups->location().instanceLockPath());
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        if (lock.error() == QLockFile::LockFailedError)
            return context.fail(u"Parcours is open on %1: close it, then restore; nothing was changed"_s.arg(
                backups->location().display()));
        return context.fail(
            u"cannot take the lock %1; nothing was changed"_s.arg(backups->location().instanceLockPath()));
    }
    QString passphrase;
    if (EncryptedFile::isEncrypted(file)) {
        auto given = context.passphrase();
        if (!given)
            return context.fail(given.error());
        if (given->isEmpty())
            return context.fail(u"%1 is encrypted: give its passphrase with PARCOURS_PASSPHRASE or --passphrase-file; "
                                u"nothing was changed"_s.arg(file));
        passphrase = given.value();
    }
    auto restored = backups->restore(file, context.clock(), passphrase);
    if (!restored)
        return context.fail(restored.error());
    // Logged in the restored database, which is the one that goes on (the entries written since that backup
    // went with the database it replaced: docs/protection.md).
    if (auto logged = context.audit(AuditOperation::Restore, AuditRecord::None, 0, u"backup"_s); !logged)
        return context.fail(logged.error());
    const RestoreOutcome& outcome = restored.value();
    if (context.json()) {
        QJsonObject object { { u"restored"_s, backupJson(outcome.restored) } };
        if (outcome.safetyCopy)
            object.insert(u"previous_database_backup"_s, backupJson(*outcome.safetyCopy));
        if (!outcome.setAside.isEmpty())
            object.insert(u"damaged_database_moved_to"_s, outcome.setAside);
        context.printJson(object);
        return Exit::Ok;
    }
    context.out() << "Restored " << file << ": " << outcome.restored.clients << " beneficiaries, "
                  << outcome.restored.bilans << " bilans.\n";
    if (outcome.safetyCopy)
        context.out() << "The database as it was is backed up in " << outcome.safetyCopy->path << '\n';
    if (!outcome.setAside.isEmpty())
        context.out() << "The damaged database was moved to " << outcome.setAside << '\n';
    context.out().flush();
    return Exit::Ok;
}

} // namespace

void registerBackupCommands(QList<CommandSpec>& commands)
{
    commands.append({ { u"backup"_s }, {}, { { u"out"_s, u"FILE"_s }, { u"passphrase-file"_s, u"FILE"_s } },
        u"Backs the database up (checked snapshot) into its backups folder, or to FILE — encrypted when a passphrase "
        u"is given (PARCOURS_PASSPHRASE or --passphrase-file)."_s,
        false, backup });
    commands.append({ { u"backup"_s, u"list"_s }, {}, {},
        u"Lists the backups of the database, newest first, with what they hold."_s, false, listBackups });
    commands.append({ { u"restore"_s }, { u"FILE"_s }, { { u"passphrase-file"_s, u"FILE"_s } },
        u"Replaces the database by a backup, after backing the current one up; a file that is not "
        u"a sound Parcours backup (or an encrypted one with a wrong passphrase) is refused and nothing changes."_s,
        false, restore });
}

} // namespace parcours::cli
