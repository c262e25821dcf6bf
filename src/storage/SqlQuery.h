#pragma once

#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <parcours/core/Result.h>

namespace parcours {

class Database;
struct DatabaseLocation;

/** A prepared statement on the store's connection whose failures come back as Result errors. */
class SqlQuery {
public:
    SqlQuery(Database& database, QString statement);

    SqlQuery& bind(const QString& placeholder, const QVariant& value);
    Result<void> exec();
    /// Runs an `INSERT … RETURNING id` and hands back the new id (never lastInsertId(): PostgreSQL has none).
    Result<qint64> execReturningId();

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QSqlRecord record() const { return m_query.record(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }

private:
    bool prepare();
    Database* m_database;
    QSqlQuery m_query;
    QString m_statement;
    bool m_prepared = false;
    bool m_prepareFailed = false;
};

/// Turns a driver error into an Error (constraint violations become Refused); the message names no data.
Error sqlError(const QSqlError& error);

/// True when a statement failed because the connection to the server is gone (PostgreSQL restarted, network down).
bool isConnectionFailure(const QSqlError& error);
/// Why a PostgreSQL connection could not be opened, in words a consultant can act on (ErrorCode::ConnectionLost
/// when the server cannot be reached, Refused for a wrong login or password, NotFound for a missing database).
Error connectionFailure(const DatabaseLocation& location, const QString& driverText);

/// Runs one statement without parameters (pragmas, DDL, transaction control).
Result<void> execStatement(Database& database, const QString& statement);

/// Text for a NOT NULL column: a null QString is stored as '' (Qt would bind it as NULL).
QVariant textValue(const QString& text);

// Values as stored: dates `YYYY-MM-DD`, wall-clock date-times `YYYY-MM-DDTHH:MM`, NULL for "not set".
QVariant dateValue(QDate date);
QVariant wallClockValue(const QDateTime& dateTime);
QVariant nullableInt(const std::optional<int>& value);
QDate readDate(const QVariant& value);
QDateTime readWallClock(const QVariant& value);
std::optional<int> readNullableInt(const QVariant& value);

} // namespace parcours
