#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <parcours/core/Result.h>

#include <array>
#include <optional>

struct sqlite3_stmt;

namespace parcours {

class Database;

/**
 * A read statement run straight on an SQLite connection's handle, for the few reads of thousands of rows where Qt
 * Sql's per-value QVariant and UTF-16 copy cost more than the query (the week agenda of a large centre). The same
 * connection, so the same transaction and page cache; PostgreSQL keeps Qt Sql. See docs/architecture.md.
 */
class SqliteStatement {
public:
    /// Prepares `sql` (UTF-8, `?N` parameters) on the database's SQLite connection.
    static Result<SqliteStatement> prepare(Database& database, QByteArrayView sql);
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&&) = delete;
    ~SqliteStatement();

    /// Binds text to the 1-based parameter `index` (copied).
    SqliteStatement& bind(int index, QByteArrayView text);
    /// Steps to the next row: true on a row, false at the end, an error when SQLite fails.
    Result<bool> next();

    bool isNull(int column) const;
    qint64 integer(int column) const;
    QString text(int column) const;
    /// A short ASCII value (a key, a date) as a view into `buffer`, without allocating; nullopt when it is not one.
    std::optional<QStringView> ascii(int column, std::array<char16_t, 32>& buffer) const;

private:
    SqliteStatement(Database& database, sqlite3_stmt* statement);
    Error failure() const;
    Database* m_database;
    sqlite3_stmt* m_statement;
};

} // namespace parcours
