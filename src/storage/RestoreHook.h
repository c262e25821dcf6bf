#pragma once

#include <parcours/core/Result.h>

namespace parcours {

class Database;

/**
 * Runs on every restored copy once it is checked and brought to the current schema, inside the restore, before
 * it replaces the live database and before anything opens it as a Store. What must survive a restore is applied
 * here: the journal of destructions (bilan content destroyed after the backup was made must not come back) will
 * be re-applied by this function. A failure aborts the restore with nothing changed.
 */
Result<void> afterRestoreBeforeOpen(Database& restored);

} // namespace parcours
