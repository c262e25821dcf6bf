#pragma once

#include "SqlQuery.h"

#include <QList>

namespace parcours {

/**
 * The rows of `table` whose column `where` is `key`, in `orderBy` order: `columns` are selected and `read` turns
 * the query's current row into a `Row`. Shared by the tables read one way by id and by bilan (the two consents, the
 * destruction journal).
 */
template<class Row, class Read>
Result<QList<Row>> selectRowsWhere(Database& database, const QString& table, const QString& columns,
    const QString& where, qint64 key, const QString& orderBy, Read read)
{
    SqlQuery query(database,
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 = :key ORDER BY %4").arg(columns, table, where, orderBy));
    query.bind(QStringLiteral(":key"), key);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<Row> rows;
    while (query.next())
        rows << read(query);
    return rows;
}

/// Records the withdrawal of the consent on row `id` of `table` (retention_consent, disclosure_consent), unless
/// someone changed the row since it was read at `version` (ErrorCode::Conflict).
Result<void> withdrawConsentRow(Database& database, const QString& table, qint64 id, int version, QDate on);

} // namespace parcours
