#include "Database.h"

#include "SqlDialect.h"
#include "SqlQuery.h"

#include <parcours/storage/Platform.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
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

/** How an SQLite file can be opened: read-only (and why), and whether without any side file (immutable). */
struct SqliteAccess {
    QString readOnlyReason;
    bool readOnlyConnection = false; ///< the files cannot be written: SQLite opens them read-only
    bool immutable = false;
};

bool writableFolder(const QString& folder)
{
    return QFileInfo(folder).isWritable();
}

Result<SqliteAccess> decideAccess(const QString& path, bool askedReadOnly)
{
    SqliteAccess access;
    const QFileInfo file(path);
    const QString folder = file.absolutePath();
    if (!file.exists()) {
        if (askedReadOnly)
            return makeError(ErrorCode::NotFound, QCoreApplication::translate("Database", "The database %1 does not exist.").arg(path));
        if (auto prepared = prepareFolder(path); !prepared)
            return prepared.error();
        if (!writableFolder(folder))
            return makeError(ErrorCode::Io, QCoreApplication::translate("Database", "Cannot create the database in %1: the folder is read-only.").arg(folder));
        return access;
    }
    if (!file.isReadable())
        return makeError(ErrorCode::Io, QCoreApplication::translate("Database", "Cannot read %1: permission denied.").arg(path));
    const bool folderWritable = writableFolder(folder);
    // Asked for while the files could be written: a read-write connection with PRAGMA query_only, so that SQLite
    // may still recover the -wal index of a file left by a crash (a read-only connection cannot).
    if (!file.isWritable())
        access.readOnlyReason = QCoreApplication::translate("Database", "the file is read-only");
    else if (!folderWritable)
        access.readOnlyReason = QCoreApplication::translate("Database", "its folder is read-only");
    access.readOnlyConnection = !access.readOnlyReason.isEmpty();
    if (askedReadOnly && !access.readOnlyConnection)
        access.readOnlyReason = QCoreApplication::translate("Database", "at your request");
    if (!access.readOnlyConnection || folderWritable)
        return access;
    // SQLite reads a WAL database through its -shm file, which it cannot create in a read-only folder. Without
    // a -wal file there is nothing but the main file to read: open it as immutable. With one, the last changes
    // live in it and cannot be read safely.
    const bool hasWal = QFileInfo::exists(path + u"-wal"_s);
    const bool hasShm = QFileInfo::exists(path + u"-shm"_s);
    if (hasWal && !hasShm) {
        return makeError(ErrorCode::ReadOnly,
                         QCoreApplication::translate("Database", "Cannot open %1: its folder is read-only and its last changes are still in %2, "
                                                      "which can only be read from a folder Parcours may write to. Copy both files to "
                                                      "such a folder, or make this one writable.")
                             .arg(path, path + u"-wal"_s));
    }
    access.immutable = !hasWal;
    return access;
}

/// The database, its -wal and -shm files private to the consultant, and the data folder too when it is Parcours's
/// own (a file the consultant put in a shared folder such as /tmp leaves the folder alone). Done on every open, so a
/// file copied in with looser bits, or made by an older Parcours, is tightened; SQLite gives a new -wal and -shm
/// the main file's bits.
void makeFilesPrivate(const QString& path)
{
    platform::makePrivate(path);
    platform::makePrivate(path + u"-wal"_s);
    platform::makePrivate(path + u"-shm"_s);
    const QString folder = QFileInfo(path).absolutePath();
    if (folder == QFileInfo(DatabaseLocation::defaultLocation().path).absolutePath())
        platform::makePrivate(folder);
}

QString immutableUri(const QString& path)
{
    return QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + u"?mode=ro&immutable=1"_s;
}

/// A file SQLite cannot read: damaged (SQLITE_CORRUPT, SQLITE_NOTADB) or unreadable for another reason.
Error unreadable(const QString& path, const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
    const QString why = error.databaseText().section(u'\n', 0, 0).trimmed();
    // SQLITE_READONLY and its extended codes: a file left by a crash whose -wal index cannot be rebuilt read-only.
    if ((code.toInt() & 0xff) == 8) {
        return makeError(ErrorCode::ReadOnly, QCoreApplication::translate("Database", "%1 was not closed properly and can only be opened where Parcours may "
                                                                            "write: make its folder writable, or copy it with its -wal and -shm "
                                                                            "files to such a folder (SQLite reports: %2).")
                                                  .arg(path, why));
    }
    if (code == u"11" || code == u"26") {
        return makeError(ErrorCode::Damaged, QCoreApplication::translate("Database", "The database %1 is damaged (SQLite reports: %2). Nothing was "
                                                                          "changed in it.")
                                                 .arg(path, why));
    }
    return makeError(ErrorCode::NotADatabase, QCoreApplication::translate("Database", "%1 cannot be read as a database: %2").arg(path, why));
}

/// PRAGMA quick_check: ErrorCode::Damaged with SQLite's first complaint when the file is not sound.
Result<void> quickCheck(QSqlQuery& probe, const QString& path)
{
    if (!probe.exec(u"PRAGMA quick_check"_s) || !probe.next())
        return unreadable(path, probe.lastError());
    QString verdict = probe.value(0).toString();
    probe.finish();
    // SQLite heads its report with "*** in database main ***": the line after it says what is wrong.
    verdict.remove(u"*** in database main ***"_s);
    verdict = verdict.trimmed();
    if (verdict != u"ok") {
        return makeError(ErrorCode::Damaged,
            QCoreApplication::translate(
                "Database", "The database %1 is damaged (SQLite reports: %2). Nothing was changed in it.")
                .arg(path, verdict.section(u'\n', 0, 0)));
    }
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

Result<std::unique_ptr<Database>> Database::open(const DatabaseLocation& location, DatabaseOptions options)
{
    const SqlDialect& dialect = location.isPostgres() ? SqlDialect::postgres() : SqlDialect::sqlite();
    if (!QSqlDatabase::isDriverAvailable(dialect.driverName())) {
        return makeError(ErrorCode::Storage, QCoreApplication::translate("Database", "The Qt %1 driver is not installed (Debian package %2).")
                                                 .arg(dialect.driverName(), location.isPostgres()
                                                                                ? u"libqt6sql6-psql"_s
                                                                                : u"libqt6sql6-sqlite"_s));
    }
    SqliteAccess access;
    if (!location.isPostgres()) {
        if (auto header = checkSqliteHeader(location.path); !header)
            return header.error();
        auto decided = decideAccess(location.path, options.readOnly);
        if (!decided)
            return decided.error();
        access = decided.value();
        if (!access.readOnlyConnection && !options.readOnly)
            makeFilesPrivate(location.path);
    }

    const QString name = u"parcours-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> database(new Database(name, dialect));
    database->m_readOnlyReason = access.readOnlyReason;
    QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), name);
    if (location.isPostgres()) {
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setUserName(location.user);
        db.setDatabaseName(location.databaseName);
        if (!location.password.isEmpty())
            db.setPassword(location.password);
        // TCP keepalives and a user timeout: a server that vanished from the network (not only one that closed the
        // connection) fails a statement within seconds instead of hanging the window (the heartbeat relies on it).
        db.setConnectOptions(u"connect_timeout="_s + QString::number(qMax(2, options.connectTimeoutSeconds))
                             + u";keepalives_idle=10;keepalives_interval=3;keepalives_count=2;tcp_user_timeout=8000"_s);
    } else {
        db.setDatabaseName(access.immutable ? immutableUri(location.path) : location.path);
        QString connectOptions = u"QSQLITE_BUSY_TIMEOUT=5000"_s;
        if (access.readOnlyConnection)
            connectOptions += u";QSQLITE_OPEN_READONLY"_s;
        if (access.immutable)
            connectOptions += u";QSQLITE_OPEN_URI"_s;
        db.setConnectOptions(connectOptions);
    }
    if (!db.open()) {
        const QString why = db.lastError().text().trimmed();
        if (location.isPostgres())
            return connectionFailure(location, why);
        return makeError(ErrorCode::Storage, QCoreApplication::translate("Database", "Cannot open the database %1: %2").arg(location.display(), why));
    }

    if (location.isPostgres()) {
        if (auto prepared = database->prepareSession(); !prepared)
            return prepared.error();
        return database;
    }

    // Refuse a valid SQLite file that belongs to another program before changing anything in it.
    QSqlQuery probe(db);
    if (!probe.exec(u"SELECT count(*) FROM sqlite_master"_s) || !probe.next())
        return unreadable(location.path, probe.lastError());
    const int objects = probe.value(0).toInt();
    probe.finish();
    if (!probe.exec(u"PRAGMA application_id"_s) || !probe.next())
        return unreadable(location.path, probe.lastError());
    const qint64 applicationId = probe.value(0).toLongLong();
    probe.finish();
    if ((applicationId != 0 && applicationId != kApplicationId) || (applicationId == 0 && objects > 0)) {
        return makeError(ErrorCode::NotADatabase,
                         QCoreApplication::translate("Database", "%1 is an SQLite database of another program, not a Parcours database. It was left "
                            "untouched.")
                             .arg(location.path));
    }
    // SQLite's own check of the file's structure (fast: it skips the index contents that integrity_check reads).
    if (options.quickCheck)
        if (auto checked = quickCheck(probe, location.path); !checked)
            return checked.error();

    // secure_delete: deleted rows are overwritten with zeros, so destroyed bilan content leaves no bytes behind.
    // cache_size: a 32 MB page cache (SQLite's default is 2 MB) instead of re-reading pages from the system's cache at
    // every query: a whole centre's week touches ~7,000 scattered pages (1,800 sessions with their bilan, beneficiary
    // and record), which took the week agenda from 24 to 9 ms of CPU at 100,000 beneficiaries. Memory grows only as
    // pages are read. No mmap_size: it took the search's 95th percentile from 11.8 to 10.5 ms, but every page of the
    // file the side panels read counted in the GUI's memory (395 MB at 100,000 beneficiaries, against 180).
    QStringList pragmas { u"PRAGMA foreign_keys = ON"_s, u"PRAGMA secure_delete = ON"_s,
                          u"PRAGMA cache_size = -32768"_s };
    if (database->isReadOnly())
        pragmas << u"PRAGMA query_only = ON"_s;
    else
        pragmas << u"PRAGMA journal_mode = WAL"_s << u"PRAGMA synchronous = FULL"_s;
    for (const QString& pragma : std::as_const(pragmas)) {
        if (auto done = execStatement(*database, pragma); !done)
            return done.error();
    }
    if (!database->isReadOnly())
        makeFilesPrivate(location.path); // the -wal and -shm WAL mode has just made
    return database;
}

Result<void> Database::prepareSession()
{
    // Record timestamps (created_at, updated_at) are UTC on both backends.
    for (const QString& setting : { u"SET client_min_messages = warning"_s, u"SET TIME ZONE 'UTC'"_s }) {
        if (auto done = execStatement(*this, setting); !done)
            return done.error();
    }
    return success();
}

void Database::noteFailure(const QSqlError& error)
{
    if (!isPostgres() || m_lost || !isConnectionFailure(error))
        return;
    m_lost = true;
    if (m_connectionLost)
        m_connectionLost();
}

Result<void> Database::reconnect(const DatabaseLocation& location)
{
    if (!isPostgres())
        return success();
    // Whatever was under way died with the old connection: the server rolled it back.
    m_depth = 0;
    m_rollbackOnly = false;
    m_pending.clear();
    QSqlDatabase db = connection();
    db.close();
    if (!db.open())
        return connectionFailure(location, db.lastError().text().trimmed());
    m_lost = false;
    if (auto prepared = prepareSession(); !prepared) {
        m_lost = true;
        return prepared.error();
    }
    return success();
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
    if (isReadOnly()) {
        return makeError(ErrorCode::ReadOnly, QCoreApplication::translate("Database", "This database is open read-only (%1): the change was not "
                                                                           "saved.")
                                                  .arg(m_readOnlyReason));
    }
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
