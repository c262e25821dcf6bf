#include "Database.h"
#include "SqlQuery.h"

#include <parcours/storage/Heartbeat.h>
#include <parcours/storage/Store.h>

using namespace Qt::StringLiterals;

namespace parcours {

Result<void> heartbeat(Store& store)
{
    Database& database = store.database();
    // Inside a transaction (a modal question may be open over it), the next statement of that work will tell.
    if (!database.isPostgres() || database.inTransaction())
        return success();
    return execStatement(database, u"SELECT 1"_s);
}

} // namespace parcours
