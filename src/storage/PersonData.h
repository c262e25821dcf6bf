#pragma once

#include <parcours/core/PersonDump.h>
#include <parcours/core/Result.h>

#include <QDateTime>
#include <QMap>

namespace parcours {

class Database;

/**
 * The person and every row linked to them (RGPD articles 15 and 20; docs/export-format.md), read table by table as
 * CabinetTables links them to the client, so a table a later migration links to a client is exported without
 * anyone remembering to add it; bytes columns come apart as files.
 */
Result<PersonDump> dumpPerson(Database& database, qint64 clientId, const QDateTime& exportedAt);

/**
 * Loads a document (and the files it names, by their relative path) as a new person with new ids, in one
 * transaction. Refused with an English reason (ErrorCode::InvalidInput) when it is not a valid export of this
 * format, names a table or column this database does not have, or a file is missing or altered; refused
 * (ErrorCode::Conflict) when the person is already there (same names and creation time). The new client id.
 */
Result<qint64> loadPerson(Database& database, const QJsonObject& document, const QMap<QString, QByteArray>& files);

} // namespace parcours
