#pragma once

#include <parcours/core/Result.h>

namespace parcours {

class Store;

/**
 * The heartbeat of a cabinet's window: a trivial question (`SELECT 1`) to the PostgreSQL server, never inside a
 * transaction under way; nothing on SQLite. A server gone away fails it with ErrorCode::ConnectionLost and
 * StoreEvents::connectionLost is announced, as for any failing statement. The connection's TCP keepalives and
 * user timeout (Database::open) bound how long it can wait for a server that vanished from the network.
 */
Result<void> heartbeat(Store& store);

} // namespace parcours
