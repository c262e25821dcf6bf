#pragma once

#include <QHash>
#include <QString>

namespace parcours::person {

/** How a column's values are written in the JSON: by the type its migration declared. */
enum class ColumnType { Plain, Bool, Date, DateTime, Bytes };

/// The declared type of `table.column` ({{BOOL}}, {{DATE}}, {{DATETIME}}, {{BLOB}} in resources/migrations), Plain
/// for text and numbers.
ColumnType columnType(const QString& table, const QString& column);

/// Columns that point at another row of the person besides the table's link to its parent, and the table they
/// point at ("session_record.moved_to" → "session"); the import gives them the new ids.
const QHash<QString, QString>& otherReferences();

/// The column of `table` that its children's links point at: "id", or "bilan_id" for funding_plan.
QString keyOf(const QString& table);

/// Columns never exported: derived or the cabinet's bookkeeping (client.search_text, client.consultant).
bool isSkipped(const QString& table, const QString& column);

} // namespace parcours::person
