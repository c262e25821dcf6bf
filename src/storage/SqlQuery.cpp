#include "SqlQuery.h"

#include "Database.h"

#include <parcours/core/WallClock.h>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace parcours {

SqlQuery::SqlQuery(Database& database, QString statement)
    : m_database(&database)
    , m_query(database.connection())
    , m_statement(std::move(statement))
{
    m_query.setForwardOnly(true);
    m_prepared = prepare();
    m_prepareFailed = !m_prepared;
}

bool SqlQuery::prepare()
{
    return m_query.prepare(m_statement);
}

SqlQuery& SqlQuery::bind(const QString& placeholder, const QVariant& value)
{
    if (m_prepared)
        m_query.bindValue(placeholder, value);
    return *this;
}

namespace {

Error lostError()
{
    return makeError(ErrorCode::ConnectionLost,
                     QCoreApplication::translate("Storage", "The connection to the database server is lost: "
                                                            "nothing was read or saved."));
}

} // namespace

Result<void> SqlQuery::exec()
{
    if (m_database->isConnectionLost())
        return lostError();
    m_database->countStatement();
    if (m_prepareFailed || !m_query.exec()) {
        m_database->noteFailure(m_query.lastError());
        return sqlError(m_query.lastError());
    }
    return success();
}

Result<qint64> SqlQuery::execReturningId()
{
    if (auto done = exec(); !done)
        return done.error();
    if (!m_query.next())
        return makeError(ErrorCode::Storage,
                         QCoreApplication::translate("Storage", "The database did not return the new record's id."));
    const qint64 id = m_query.value(0).toLongLong();
    m_query.finish();
    return id;
}

Error sqlError(const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
    // SQLite: extended result codes (787 foreign key, 1555/2067 unique, 275 check, 1299 not null);
    // PostgreSQL: SQLSTATE class 23 (integrity constraint violation).
    static const QStringList constraintCodes { u"787"_s, u"1555"_s, u"2067"_s, u"275"_s, u"1299"_s, u"19"_s };
    const bool constraint = code.startsWith(u"23"_s) ? code.size() == 5 : constraintCodes.contains(code);
    if (constraint) {
        return makeError(ErrorCode::Refused,
                         QCoreApplication::translate("Storage", "The database refused the change (%1).")
                             .arg(error.databaseText().section(u'\n', 0, 0).trimmed()));
    }
    if (isConnectionFailure(error))
        return lostError();
    QString text = error.databaseText().section(u'\n', 0, 0).trimmed();
    if (text.isEmpty())
        text = error.driverText();
    return makeError(ErrorCode::Storage, QCoreApplication::translate("Storage", "Database error: %1").arg(text));
}

Result<void> execStatement(Database& database, const QString& statement)
{
    if (database.isConnectionLost())
        return lostError();
    database.countStatement();
    QSqlQuery query(database.connection());
    if (!query.exec(statement)) {
        database.noteFailure(query.lastError());
        return sqlError(query.lastError());
    }
    return success();
}

QVariant textValue(const QString& text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

QVariant dateValue(QDate date)
{
    return date.isValid() ? QVariant(formatIsoDate(date)) : QVariant(QMetaType::fromType<QString>());
}

QVariant wallClockValue(const QDateTime& dateTime)
{
    return dateTime.isValid() ? QVariant(formatWallClock(dateTime)) : QVariant(QMetaType::fromType<QString>());
}

QVariant nullableInt(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

QDate readDate(const QVariant& value)
{
    if (value.isNull())
        return {};
    if (value.metaType() == QMetaType::fromType<QDate>())
        return value.toDate();
    return parseIsoDate(value.toString().left(10)).value_or(QDate());
}

QDateTime readWallClock(const QVariant& value)
{
    if (value.isNull())
        return {};
    if (value.metaType() == QMetaType::fromType<QDateTime>()) {
        const QDateTime stored = value.toDateTime();
        return wallClock(stored.date(), QTime(stored.time().hour(), stored.time().minute()));
    }
    return parseWallClock(value.toString()).value_or(QDateTime());
}

std::optional<int> readNullableInt(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt();
}

} // namespace parcours
