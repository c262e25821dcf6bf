// The erasure of a person (RGPD article 17), table by table as CabinetTables links them to the client, so that a
// table a later migration links to a client is erased with them without anyone remembering to add it here.
#include "Erasure.h"

#include "CabinetTables.h"
#include "Database.h"
#include "SqlQuery.h"
#include "SqlRepositories.h"

#include <parcours/core/Client.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

/// The column of `parent` that the children's link points at.
QString keyOf(const QString& parent)
{
    // funding_share hangs off funding_plan, whose key is the bilan's id.
    return parent == u"funding_plan" ? u"bilan_id"_s : u"id"_s;
}

/// Which rows of `table` belong to the client `:client` (a nested IN over the parents).
QString clientFilter(const QString& table)
{
    if (table == u"client")
        return u"id = :client"_s;
    for (const cabinet::Table& owned : cabinet::tables()) {
        if (owned.name == table && !owned.link.isEmpty()) {
            return u"%1 IN (SELECT %2 FROM %3 WHERE %4)"_s.arg(owned.link, keyOf(owned.parent), owned.parent,
                clientFilter(owned.parent));
        }
    }
    return u"1 = 0"_s;
}

bool isJournal(const QString& table)
{
    const TableRole* role = DataInventory::find(table);
    return role && role->role == DataRole::Journal;
}

bool isContent(const QString& table)
{
    const TableRole* role = DataInventory::find(table);
    return role && role->role == DataRole::Content;
}

Result<int> deleteRows(Database& database, const QString& table, qint64 clientId)
{
    SqlQuery query(database, u"DELETE FROM %1 WHERE %2"_s.arg(table, clientFilter(table)));
    query.bind(u":client"_s, clientId);
    if (auto done = query.exec(); !done)
        return done.error();
    return std::max(0, query.rowsAffected());
}

} // namespace

Result<QMap<QString, int>> personRows(Database& database, qint64 clientId)
{
    QMap<QString, int> rows;
    for (const cabinet::Table& table : cabinet::ownedTables()) {
        SqlQuery query(database, u"SELECT count(*) FROM %1 WHERE %2"_s.arg(table.name, clientFilter(table.name)));
        query.bind(u":client"_s, clientId);
        if (auto done = query.exec(); !done)
            return done.error();
        if (query.next() && query.value(0).toInt() > 0)
            rows.insert(table.name, query.value(0).toInt());
    }
    return rows;
}

Result<QMap<ContentKind, int>> erasePerson(Database& database, qint64 clientId, bool keepProof)
{
    QMap<ContentKind, int> counts;
    QList<cabinet::Table> owned = cabinet::ownedTables();
    // Children before their parents: the list has every parent before its children.
    for (auto it = owned.crbegin(); it != owned.crend(); ++it) {
        const QString& table = it->name;
        if (isJournal(table) || table == u"client")
            continue;
        const bool content = isContent(table);
        if (keepProof && !content && table != u"client_contact")
            continue;
        auto deleted = deleteRows(database, table, clientId);
        if (!deleted)
            return deleted.error();
        if (content && deleted.value() > 0) {
            if (const auto kind = DataInventory::find(table)->kind)
                counts[*kind] += deleted.value();
        }
    }
    if (keepProof) {
        SqlQuery name(database, u"SELECT last_name, first_name FROM client WHERE id = :client"_s);
        name.bind(u":client"_s, clientId);
        if (auto done = name.exec(); !done)
            return done.error();
        if (!name.next())
            return counts;
        Client reduced;
        reduced.lastName = name.value(0).toString();
        reduced.firstName = name.value(1).toString();
        SqlQuery update(database, u"UPDATE client SET email = '', phone = '', birth_date = NULL, search_text = :search, "
                                  u"version = version + 1 WHERE id = :client"_s);
        update.bind(u":search"_s, textValue(clientSearchText(reduced))).bind(u":client"_s, clientId);
        if (auto done = update.exec(); !done)
            return done.error();
    } else if (auto deleted = deleteRows(database, u"client"_s, clientId); !deleted) {
        return deleted.error();
    }
    return counts;
}

Result<void> scrubPersonTables(Database& database)
{
    if (!database.isPostgres())
        return execStatement(database, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    for (const cabinet::Table& table : cabinet::ownedTables()) {
        if (auto done = execStatement(database, u"VACUUM "_s + table.name); !done)
            return done;
    }
    return success();
}

} // namespace parcours
