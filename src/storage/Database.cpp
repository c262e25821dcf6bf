#include "Database.h"

#include "SqlDialect.h"
#include "SqlQuery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

// The 16-byte header every SQLite 3 file starts with.
constexpr char kSqliteHeader[] = "SQLite format 3";

Result<void> checkSqliteHeader(const QString& path)
{
    QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return success();
    if (info.isDir())
        return makeError(ErrorCode::NotADatabase, QCoreApplication::translate("Database", "%1 is a folder, not a Parcours database.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QCoreApplication::translate("Database", "Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(16);
    if (header.size() < 16 || !header.startsWith(QByteArray(kSqliteHeader, 16)))
        return makeError(ErrorCode::NotADatabase,
                         QCoreApplication::translate("Database", "%1 is not a Parcours database (it is not an SQLite file). It was left untouched.")
                             .arg(path));
    return success();
}

Result<void> prepareFolder(const QString& path)
{
    const QFileInfo info(path);
    QDir folder = info.absoluteDir();
    if (folder.exists())
        return success();
    if (!QDir().mkpath(folder.absolutePath()))
        return makeError(ErrorCode::Io, QCoreApplication::translate("Database", "Cannot create the folder %1.").arg(folder.absolutePath()));
    QFile::setPermissions(folder.absolutePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                     | QFileDevice::ExeOwner);
    return success();
}

} // namespace

Database::Database(QString connectionName, const SqlDialect& dialect)
    : m_connectionName(std::move(connectionName))
    , m_dialect(&dialect)
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            if (m_depth > 0)
                QSqlQuery(db).exec(u"ROLLBACK"_s);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isPostgres() const
{
    return m_dialect->isPostgres();
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseLocation& location)
{
    const SqlDialect& dialect = location.isPostgres() ? SqlDialect::postgres() : SqlDialect::sqlite();
    if (!QSqlDatabase::isDriverAvailable(dialect.driverName())) {
        return makeError(ErrorCode::Storage, QCoreApplication::translate("Database", "The Qt %1 driver is not installed (Debian package %2).")
                                                 .arg(dialect.driverName(), location.isPostgres()
                                                                                ? u"libqt6sql6-psql"_s
                                                                                : u"libqt6sql6-sqlite"_s));
    }
    if (!location.isPostgres()) {
        if (auto header = checkSqliteHeader(location.path); !header)
            return header.error();
        if (auto folder = prepareFolder(location.path); !folder)
            return folder.error();
    }

    const QString name = u"parcours-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> database(new Database(name, dialect));
    QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), name);
    if (location.isPostgres()) {
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setUserName(location.user);
        db.setDatabaseName(location.databaseName);
        if (!location.password.isEmpty())
            db.setPassword(location.password);
        db.setConnectOptions(u"connect_timeout=10"_s);
    } else {
        db.setDatabaseName(location.path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    }
    if (!db.open()) {
        const QString why = db.lastError().text().trimmed();
        return makeError(ErrorCode::Storage, QCoreApplication::translate("Database", "Cannot open the database %1: %2").arg(location.display(), why));
    }

    if (location.isPostgres()) {
        // Record timestamps (created_at, updated_at) are UTC on both backends.
        for (const QString& setting : { u"SET client_min_messages = warning"_s, u"SET TIME ZONE 'UTC'"_s }) {
            if (auto done = execStatement(*database, setting); !done)
                return done.error();
        }
        return database;
    }

    // Refuse a valid SQLite file that belongs to another program before changing anything in it.
    QSqlQuery probe(db);
    if (!probe.exec(u"SELECT count(*) FROM sqlite_master"_s) || !probe.next()) {
        return makeError(ErrorCode::NotADatabase,
                         QCoreApplication::translate("Database", "%1 cannot be read as a database: %2").arg(location.path, probe.lastError().text()));
    }
    const int objects = probe.value(0).toInt();
    probe.finish();
    if (!probe.exec(u"PRAGMA application_id"_s) || !probe.next())
        return sqlError(probe.lastError());
    const qint64 applicationId = probe.value(0).toLongLong();
    probe.finish();
    if ((applicationId != 0 && applicationId != kApplicationId) || (applicationId == 0 && objects > 0)) {
        return makeError(ErrorCode::NotADatabase,
                         QCoreApplication::translate("Database", "%1 is an SQLite database of another program, not a Parcours database. It was left "
                            "untouched.")
                             .arg(location.path));
    }

    for (const QString& pragma : { u"PRAGMA foreign_keys = ON"_s, u"PRAGMA journal_mode = WAL"_s,
                                   u"PRAGMA synchronous = FULL"_s }) {
        if (auto done = execStatement(*database, pragma); !done)
            return done.error();
    }
    return database;
}

void Database::afterCommit(std::function<void()> action)
{
    if (m_depth == 0) {
        action();
        return;
    }
    m_pending.push_back(std::move(action));
}

Result<void> Database::beginWrite()
{
    if (m_depth == 0) {
        if (auto begun = execStatement(*this, m_dialect->beginWrite()); !begun)
            return begun.error();
        m_rollbackOnly = false;
        m_pending.clear();
    }
    ++m_depth;
    return success();
}

Result<void> Database::commitWrite()
{
    if (m_depth > 1) {
        --m_depth;
        return success();
    }
    if (m_rollbackOnly) {
        rollbackWrite();
        return makeError(ErrorCode::Storage, QCoreApplication::translate("Database", "The change was cancelled because part of it failed."));
    }
    if (auto committed = execStatement(*this, u"COMMIT"_s); !committed) {
        rollbackWrite();
        return committed.error();
    }
    m_depth = 0;
    auto pending = std::move(m_pending);
    m_pending.clear();
    for (auto& action : pending)
        action();
    return success();
}

void Database::rollbackWrite()
{
    if (m_depth > 1) {
        --m_depth;
        m_rollbackOnly = true;
        return;
    }
    if (m_depth == 1)
        QSqlQuery(connection()).exec(u"ROLLBACK"_s);
    m_depth = 0;
    m_rollbackOnly = false;
    m_pending.clear();
}

Result<WriteTransaction> WriteTransaction::begin(Database& database)
{
    if (auto begun = database.beginWrite(); !begun)
        return begun.error();
    return WriteTransaction(database);
}

WriteTransaction::WriteTransaction(WriteTransaction&& other) noexcept
    : m_database(std::exchange(other.m_database, nullptr))
{
}

WriteTransaction::~WriteTransaction()
{
    if (m_database)
        m_database->rollbackWrite();
}

Result<void> WriteTransaction::commit()
{
    Database* database = std::exchange(m_database, nullptr);
    if (!database)
        return success();
    return database->commitWrite();
}

} // namespace parcours
