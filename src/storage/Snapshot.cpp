#include "Snapshot.h"

#include "Database.h"
#include "Migrator.h"

#include <parcours/storage/Platform.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>


using namespace Qt::StringLiterals;

namespace parcours::snapshot {
namespace {

Error damaged(const QString& path, const QString& why)
{
    return makeError(ErrorCode::Damaged,
        QCoreApplication::translate("Backups", "%1 is damaged (SQLite reports: %2).").arg(path, why));
}

Error fromQuery(const QString& path, const QSqlError& error)
{
    const QString why = error.databaseText().section(u'\n', 0, 0).trimmed();
    if (error.nativeErrorCode() == u"11" || error.nativeErrorCode() == u"26")
        return damaged(path, why);
    return makeError(ErrorCode::NotADatabase,
        QCoreApplication::translate("Backups", "%1 is not a complete Parcours database (%2).").arg(path, why));
}

Result<FileFacts> readOpen(QSqlDatabase& db, const QString& path, Depth depth)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    auto single = [&](const QString& statement) -> Result<QVariant> {
        if (!query.exec(statement) || !query.next())
            return fromQuery(path, query.lastError());
        QVariant value = query.value(0);
        query.finish();
        return value;
    };
    auto applicationId = single(u"PRAGMA application_id"_s);
    if (!applicationId)
        return applicationId.error();
    if (applicationId->toLongLong() != Database::kApplicationId) {
        return makeError(ErrorCode::NotADatabase,
            QCoreApplication::translate(
                "Backups", "%1 is not a Parcours backup: it is an SQLite database of another program.")
                .arg(path));
    }
    auto version = single(u"PRAGMA user_version"_s);
    if (!version)
        return version.error();
    FileFacts facts;
    facts.schemaVersion = version->toInt();
    if (facts.schemaVersion > Migrator::latestVersion()) {
        return makeError(ErrorCode::NewerSchema,
            QCoreApplication::translate("Backups",
                "%1 was written by a newer version of Parcours (schema %2; this version knows up to "
                "%3). Update Parcours to use it.")
                .arg(path)
                .arg(facts.schemaVersion)
                .arg(Migrator::latestVersion()));
    }
    if (facts.schemaVersion < 1)
        return makeError(ErrorCode::NotADatabase,
            QCoreApplication::translate("Backups", "%1 is not a Parcours backup: it holds no data.").arg(path));
    if (depth == Depth::Full) {
        auto verdict = single(u"PRAGMA integrity_check"_s);
        if (!verdict)
            return verdict.error();
        if (verdict->toString() != u"ok")
            return damaged(
                path, verdict->toString().remove(u"*** in database main ***"_s).trimmed().section(u'\n', 0, 0));
        if (!query.exec(u"PRAGMA foreign_key_check"_s))
            return fromQuery(path, query.lastError());
        if (query.next())
            return damaged(path, QCoreApplication::translate("Backups", "records point to records that do not exist"));
        query.finish();
    }
    auto clients = single(u"SELECT count(*) FROM client"_s);
    if (!clients)
        return clients.error();
    auto bilans = single(u"SELECT count(*) FROM bilan"_s);
    if (!bilans)
        return bilans.error();
    facts.clients = clients->toInt();
    facts.bilans = bilans->toInt();
    facts.bytes = QFileInfo(path).size();
    return facts;
}

} // namespace

Result<FileFacts> readFacts(const QString& path, Depth depth)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("Backups", "%1 does not exist.").arg(path));
    if (!info.isFile())
        return makeError(
            ErrorCode::NotADatabase, QCoreApplication::translate("Backups", "%1 is not a file.").arg(path));
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io,
                QCoreApplication::translate("Backups", "Cannot read %1: %2").arg(path, file.errorString()));
        if (file.read(16) != QByteArray("SQLite format 3", 16)) {
            return makeError(ErrorCode::NotADatabase,
                QCoreApplication::translate("Backups", "%1 is not a Parcours backup: it is not an SQLite database.")
                    .arg(path));
        }
    }
    const QString name = u"parcours-inspect-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<FileFacts> facts = makeError(ErrorCode::Storage, QString());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        // Immutable: SQLite reads the main file only and creates no -wal, -shm or journal beside it.
        db.setDatabaseName(
            QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded) + u"?mode=ro&immutable=1"_s);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
        if (!db.open())
            facts = fromQuery(path, db.lastError());
        else
            facts = readOpen(db, path, depth);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return facts;
}

QString temporarySibling(const QString& path, const QString& tag)
{
    const QFileInfo info(path);
    return info.absolutePath() + u"/."_s + info.fileName() + u'.' + tag + u'-'
        + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

Result<void> syncFile(const QString& path)
{
    QString why;
    if (!platform::flushToDisk(path, &why))
        return makeError(
            ErrorCode::Io, QCoreApplication::translate("Backups", "Cannot write %1 to disk: %2").arg(path, why));
    return success();
}

void syncFolder(const QString& folder)
{
    platform::flushFolder(folder);
}

Result<FileFacts> write(Database& source, const QString& target)
{
    if (source.isPostgres())
        return makeError(ErrorCode::Unavailable,
            QCoreApplication::translate(
                "Backups", "Backups of a PostgreSQL database are not available in Parcours yet."));
    if (source.inTransaction())
        return makeError(ErrorCode::Storage,
            QCoreApplication::translate("Backups", "A backup cannot be made in the middle of a change."));
    const QString temporary = temporarySibling(target, u"partial"_s);
    auto fail = [&](const Error& error) {
        QFile::remove(temporary);
        return error;
    };
    {
        // Created empty and private first: VACUUM INTO fills an empty file and keeps its mode.
        QFile file(temporary);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            return makeError(ErrorCode::Io,
                QCoreApplication::translate("Backups", "The backup could not be written to %1: %2")
                    .arg(target, file.errorString()));
        }
    }
    {
        QSqlQuery vacuum(source.connection());
        if (!vacuum.prepare(u"VACUUM INTO ?"_s)) {
            return fail(makeError(ErrorCode::Io,
                QCoreApplication::translate("Backups", "The backup could not be written to %1: %2")
                    .arg(target, vacuum.lastError().databaseText())));
        }
        vacuum.addBindValue(temporary);
        if (!vacuum.exec()) {
            return fail(makeError(ErrorCode::Io,
                QCoreApplication::translate("Backups", "The backup could not be written to %1: %2")
                    .arg(target, vacuum.lastError().databaseText())));
        }
    }
    auto facts = readFacts(temporary, Depth::Full);
    if (!facts) {
        return fail(makeError(facts.error().code,
            QCoreApplication::translate("Backups", "The backup copy failed its check, so it was not kept: %1")
                .arg(facts.error().message)));
    }
    if (auto synced = syncFile(temporary); !synced)
        return fail(synced.error());
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(target).constData()) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        return fail(makeError(ErrorCode::Io,
            QCoreApplication::translate("Backups", "The backup could not be written to %1: %2").arg(target, why)));
    }
    syncFolder(QFileInfo(target).absolutePath());
    facts->bytes = QFileInfo(target).size();
    return facts;
}

} // namespace parcours::snapshot
