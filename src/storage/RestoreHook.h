#pragma once

#include <parcours/core/Result.h>

#include <QString>

namespace parcours {

class Database;

/**
 * Runs on every restored copy once it is checked and brought to the current schema, inside the restore, before
 * it replaces the live database and before anything opens it as a Store. What must survive a restore is applied
 * here: the journal of destructions (`journalFile`, beside the live database) is re-applied, so bilan content
 * destroyed after the backup was made does not come back. A failure aborts the restore with nothing changed.
 */
Result<void> afterRestoreBeforeOpen(Database& restored, const QString& journalFile);

} // namespace parcours
