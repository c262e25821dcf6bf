#pragma once

#include <parcours/core/Result.h>
#include <parcours/core/Retention.h>

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace parcours {

class Database;
struct DatabaseLocation;

/// The destruction journal file beside an SQLite database (`<name>-destructions.jsonl`); empty for PostgreSQL,
/// whose restores Parcours does not make.
QString destructionJournalPath(const DatabaseLocation& location);

/// Counts the bilan's content rows of each kind (the tables DataInventory names), without reading them.
Result<QMap<ContentKind, int>> countContent(Database& database, qint64 bilanId);
/// The same for every bilan closed or abandoned, in one statement: bilans without content are absent.
Result<QHash<qint64, QMap<ContentKind, int>>> countEndedContent(Database& database);
/// Deletes the bilan's content rows of `kinds`, children before parents; the rows deleted per kind.
Result<QMap<ContentKind, int>> deleteContent(Database& database, qint64 bilanId, const QList<ContentKind>& kinds);

/// Inserts the entry into the destruction table (nothing when its uid is there already); its id.
Result<qint64> insertDestruction(Database& database, const DestructionRecord& record);
/// Appends the entry as one JSON line to the file (created 0600), flushed to the disk.
Result<void> appendToJournal(const QString& file, const DestructionRecord& record);
/// Every entry of the file, oldest first; an absent file is an empty journal.
Result<QList<DestructionRecord>> readJournal(const QString& file);
/// Applies the entry to a database (a restored copy): the bilan's content of its kinds is deleted when the bilan
/// is the one the entry names (same id and creation time); an erasure deletes the person (or reduces them to the
/// administrative proof) when the person is the one the entry names; the entry is added to the table.
Result<void> reapply(Database& database, const DestructionRecord& record);

} // namespace parcours
