#pragma once

#include <parcours/core/DataInventory.h>
#include <parcours/core/Result.h>

#include <QMap>
#include <QString>

namespace parcours {

class Database;

/// The rows of each table that belong to the person (client included; every table CabinetTables links to a
/// client), without reading them. Tables with no row are left out.
Result<QMap<QString, int>> personRows(Database& database, qint64 clientId);

/**
 * Deletes the person in the caller's transaction: everything linked to them but the destruction journal
 * (`keepProof` false), or only the bilan content of every bilan, the contacts and the identity details the law
 * does not require (e-mail, phone, birth date; `keepProof` true). Returns the content rows deleted per kind.
 */
Result<QMap<ContentKind, int>> erasePerson(Database& database, qint64 clientId, bool keepProof);

/// After the commit: SQLite checkpoints and truncates the WAL (secure_delete zeroed the rows), PostgreSQL VACUUMs
/// every table a person's rows live in.
Result<void> scrubPersonTables(Database& database);

} // namespace parcours
