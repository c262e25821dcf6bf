#include "SqliteStatement.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace parcours {
namespace {

sqlite3* handleOf(Database& database)
{
    // Qt's SQLite driver hands its connection out as a QVariant holding a sqlite3*; Debian's libqsqlite links the
    // same libsqlite3 as we do.
    const QVariant handle = database.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

} // namespace

Result<SqliteStatement> SqliteStatement::prepare(Database& database, QByteArrayView sql)
{
    sqlite3* connection = database.isPostgres() ? nullptr : handleOf(database);
    if (!connection) {
        return makeError(ErrorCode::Storage,
            QCoreApplication::translate("Storage", "Database error: %1").arg(QStringLiteral("no SQLite connection")));
    }
    database.countStatement();
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(connection, sql.data(), static_cast<int>(sql.size()), &statement, nullptr) != SQLITE_OK) {
        const QString text = QString::fromUtf8(sqlite3_errmsg(connection));
        sqlite3_finalize(statement);
        return makeError(ErrorCode::Storage, QCoreApplication::translate("Storage", "Database error: %1").arg(text));
    }
    return SqliteStatement(database, statement);
}

SqliteStatement::SqliteStatement(Database& database, sqlite3_stmt* statement)
    : m_database(&database), m_statement(statement)
{ }

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : m_database(other.m_database), m_statement(std::exchange(other.m_statement, nullptr))
{ }

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

SqliteStatement& SqliteStatement::bind(int index, QByteArrayView text)
{
    sqlite3_bind_text(m_statement, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    return *this;
}

Result<bool> SqliteStatement::next()
{
    switch (sqlite3_step(m_statement)) {
    case SQLITE_ROW:
        return true;
    case SQLITE_DONE:
        return false;
    default:
        return failure();
    }
}

Error SqliteStatement::failure() const
{
    const QString text = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
    return makeError(ErrorCode::Storage, QCoreApplication::translate("Storage", "Database error: %1").arg(text));
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(bytes, sqlite3_column_bytes(m_statement, column));
}

std::optional<QStringView> SqliteStatement::ascii(int column, std::array<char16_t, 32>& buffer) const
{
    const auto* bytes = sqlite3_column_text(m_statement, column);
    const int size = sqlite3_column_bytes(m_statement, column);
    if (!bytes || size > static_cast<int>(buffer.size()))
        return std::nullopt;
    for (int i = 0; i < size; ++i) {
        if (bytes[i] > 0x7f)
            return std::nullopt;
        buffer[static_cast<std::size_t>(i)] = bytes[i];
    }
    return QStringView(buffer.data(), size);
}

} // namespace parcours
