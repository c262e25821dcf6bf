#pragma once

#include <QSqlDatabase>

#include <parcours/core/Result.h>
#include <parcours/storage/DatabaseLocation.h>

#include <functional>
#include <memory>
#include <vector>

namespace parcours {

class SqlDialect;

/** How to open a database. */
struct DatabaseOptions {
    bool readOnly = false; ///< read-only even when the file could be written (it is also when it cannot)
    /// PRAGMA quick_check at open. Off only where the caller checks the file on another connection instead
    /// (the GUI, for a large file, in the background: see Backups::checkAndBackUp).
    bool quickCheck = true;
    int connectTimeoutSeconds = 10; ///< PostgreSQL: how long to wait for the server
};

/**
 * One open connection to a Parcours database, with its dialect and the write-transaction bookkeeping.
 * Connections are per thread: a Database is used on the thread that opened it.
 */
class Database {
public:
    /// PRAGMA application_id of Parcours SQLite files ("PARC"), so other programs' databases are recognised.
    static constexpr qint64 kApplicationId = 0x50415243;

    /// Opens (creating an SQLite file when missing), checks that it is a Parcours database this build can read and
    /// that SQLite finds it sound (PRAGMA quick_check: ErrorCode::Damaged otherwise), sets the connection pragmas;
    /// does not migrate (see Migrator). A file or folder that cannot be written opens read-only.
    static Result<std::unique_ptr<Database>> open(const DatabaseLocation& location, DatabaseOptions options = {});
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    const SqlDialect& dialect() const { return *m_dialect; }
    bool isPostgres() const;
    /// Opened read-only: every write transaction is refused with ErrorCode::ReadOnly.
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    /// Why it is read-only, for people ("the file is read-only"), empty when it is not.
    const QString& readOnlyReason() const { return m_readOnlyReason; }
    /// From now on every write transaction is refused with `reason` (a check found the file damaged after it was
    /// opened: writing more into it could only make things worse).
    void refuseWrites(const QString& reason) { m_readOnlyReason = reason; }

    /// Called when a statement fails because the server went away (PostgreSQL): the Store announces it.
    void setConnectionLostHandler(std::function<void()> handler) { m_connectionLost = std::move(handler); }
    /// A statement failed: when it is because the connection is gone, the transaction is dead and it is said once.
    void noteFailure(const QSqlError& error);
    bool isConnectionLost() const { return m_lost; }
    /// Closes the connection and opens it again (PostgreSQL, after the server went away).
    Result<void> reconnect(const DatabaseLocation& location);

    /// Statements run on this connection so far (SqlQuery and execStatement): lets a test check that a read costs a
    /// fixed number of queries, not one per row.
    quint64 statementsRun() const { return m_statements; }
    void countStatement() { ++m_statements; }

    /// Runs once the outermost write transaction commits (events are announced only for committed data).
    void afterCommit(std::function<void()> action);

    // Used by WriteTransaction only.
    Result<void> beginWrite();
    Result<void> commitWrite();
    void rollbackWrite();
    bool inTransaction() const { return m_depth > 0; }

private:
    Database(QString connectionName, const SqlDialect& dialect);
    Result<void> prepareSession();

    QString m_connectionName;
    const SqlDialect* m_dialect;
    QString m_readOnlyReason;
    int m_depth = 0;
    bool m_rollbackOnly = false;
    bool m_lost = false;
    quint64 m_statements = 0;
    std::function<void()> m_connectionLost;
    std::vector<std::function<void()>> m_pending;
};

/**
 * The one scope guard for writes: begins (BEGIN IMMEDIATE on SQLite), commits only when asked, rolls back
 * otherwise. Guards nest: an inner one joins the outer transaction, and an inner failure dooms the outer one.
 */
class WriteTransaction {
public:
    static Result<WriteTransaction> begin(Database& database);
    WriteTransaction(WriteTransaction&& other) noexcept;
    WriteTransaction& operator=(WriteTransaction&&) = delete;
    ~WriteTransaction();

    Result<void> commit();

private:
    explicit WriteTransaction(Database& database)
        : m_database(&database)
    {
    }
    Database* m_database;
};

} // namespace parcours
