#pragma once

#include <parcours/core/Result.h>
#include <parcours/storage/DatabaseLocation.h>

namespace parcours {

/** What « Tester la connexion » found on a cabinet's server, when it could connect. */
struct ConnectionReport {
    int schemaVersion = 0; ///< 0: no Parcours tables yet (an empty database Parcours will set up)
    int latestSchemaVersion = 0; ///< the schema this build knows
    bool needsUpdate() const { return schemaVersion > 0 && schemaVersion < latestSchemaVersion; }
    bool isEmpty() const { return schemaVersion == 0; }
};

/**
 * Connects once on its own connection (short timeout), reads the schema version and disconnects; changes nothing.
 * Errors say what went wrong in words: server unreachable (ConnectionLost), login or password refused (Refused),
 * database missing (NotFound), another program's database (NotADatabase), a newer Parcours's (NewerSchema).
 * May run on a worker thread: the connection is made, used and removed there.
 */
Result<ConnectionReport> checkConnection(const DatabaseLocation& location, int timeoutSeconds = 5);

} // namespace parcours
