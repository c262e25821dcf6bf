#include "CabinetTables.h"
#include "Database.h"
#include "SqlQuery.h"
#include "SqlRepositories.h"

#include <parcours/core/Hours.h>
#include <parcours/core/StoreEvents.h>
#include <parcours/core/Text.h>
#include <parcours/core/Timeline.h>

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

// The current bilan of client `c`: the open one, else the latest.
// Joined as "b.client_id = c.id AND b.id = (kCurrentBilan)": the first, redundant, condition lets PostgreSQL reach
// the bilan through bilan_by_client even under a cabinet's row-level security, where a condition holding a subquery
// may not be used by an index (it could leak rows): without it, every bilan's policy is checked on each page.
const QString kCurrentBilan = u"SELECT b2.id FROM bilan b2 WHERE b2.client_id = c.id "
                              u"ORDER BY CASE WHEN b2.status = 'open' THEN 0 ELSE 1 END, b2.id DESC LIMIT 1"_s;

// Past this many matches a search walks the list's index rather than sorting its matches. PostgreSQL's figure is the
// cabinet search function's (CabinetSearch.cpp). On SQLite the walk wins from 1,000: a term found in ~2,000 names
// ("mat", "elois") took 1.7-2.2 ms to sort and 0.6 ms to walk, and the search's 95th percentile per keystroke went
// from 11.8 to 11.0 ms at 100,000 beneficiaries (docs/performance.md).
constexpr int kCommonMatches = 2000;
constexpr int kSqliteCommonMatches = 1000;

QString likePattern(const QString& folded)
{
    QString escaped = folded;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

// The phases that count toward the cap, as an SQL list built from the core rule (not written twice).
QString countedPhasesSql()
{
    QStringList keys;
    for (Phase phase : kAllPhases) {
        if (countsTowardCap(phase))
            keys << u'\'' + toKey(phase) + u'\'';
    }
    return keys.join(u", "_s);
}

} // namespace

QString clientSearchText(const Client& client)
{
    // The phone also without its separators, so that "0612" finds "06 12 34 56 78" (migration 005 does the same
    // in SQL for the rows it found).
    QString text = foldForSearch(QStringList { client.lastName, client.firstName, client.email, client.phone }.join(u' '));
    if (!client.phone.isEmpty()) {
        QString compact = client.phone;
        for (QChar separator : { u' ', u'.', u'-', u'(', u')', u'/' })
            compact.remove(separator);
        text += u' ' + foldForSearch(compact);
    }
    return text;
}

Error notFound(const QString& kind, qint64 id)
{
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate("Storage", "No %1 with id %2.").arg(kind).arg(id));
}

Error staleOrMissing(Database& database, const QString& table, const QString& kind, qint64 id)
{
    SqlQuery query(database, u"SELECT 1 FROM "_s + table + u" WHERE id = :id"_s);
    query.bind(u":id"_s, id);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return notFound(kind, id);
    return makeError(ErrorCode::Conflict,
                     QCoreApplication::translate("Storage",
                                                 "This %1 was changed by someone else since you opened it.")
                         .arg(kind));
}

SqlClientRepository::SqlClientRepository(Database& database, StoreEvents& events)
    : m_database(database)
    , m_events(events)
{
}

Result<qint64> SqlClientRepository::add(const Client& client)
{
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    SqlQuery query(m_database, u"INSERT INTO client (last_name, first_name, email, phone, birth_date, search_text, "
                               u"created_at) VALUES (:last, :first, :email, :phone, :birth, :search, :created) "
                               u"RETURNING id"_s);
    query.bind(u":last"_s, textValue(client.lastName))
        .bind(u":first"_s, textValue(client.firstName))
        .bind(u":email"_s, textValue(client.email))
        .bind(u":phone"_s, textValue(client.phone))
        .bind(u":birth"_s, dateValue(client.birthDate))
        .bind(u":search"_s, textValue(clientSearchText(client)))
        .bind(u":created"_s, wallClockValue(client.createdAt));
    auto id = query.execReturningId();
    if (!id)
        return id.error();
    const qint64 newId = id.value();
    m_database.afterCommit([this, newId] { Q_EMIT m_events.clientChanged(newId); });
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return newId;
}

Result<Client> SqlClientRepository::get(qint64 id)
{
    SqlQuery query(m_database, u"SELECT id, last_name, first_name, email, phone, birth_date, created_at, version "
                               u"FROM client WHERE id = :id"_s);
    query.bind(u":id"_s, id);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return notFound(QCoreApplication::translate("Storage", "client"), id);
    Client client;
    client.id = query.value(0).toLongLong();
    client.lastName = query.value(1).toString();
    client.firstName = query.value(2).toString();
    client.email = query.value(3).toString();
    client.phone = query.value(4).toString();
    client.birthDate = readDate(query.value(5));
    client.createdAt = readWallClock(query.value(6));
    client.version = query.value(7).toInt();
    return client;
}

Result<void> SqlClientRepository::update(const Client& client)
{
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    SqlQuery query(m_database, u"UPDATE client SET last_name = :last, first_name = :first, email = :email, "
                               u"phone = :phone, birth_date = :birth, search_text = :search, version = version + 1 "
                               u"WHERE id = :id AND version = :version"_s);
    query.bind(u":last"_s, textValue(client.lastName))
        .bind(u":first"_s, textValue(client.firstName))
        .bind(u":email"_s, textValue(client.email))
        .bind(u":phone"_s, textValue(client.phone))
        .bind(u":birth"_s, dateValue(client.birthDate))
        .bind(u":search"_s, textValue(clientSearchText(client)))
        .bind(u":id"_s, client.id)
        .bind(u":version"_s, client.version);
    if (auto done = query.exec(); !done)
        return done.error();
    if (query.rowsAffected() != 1)
        return staleOrMissing(m_database, u"client"_s, QCoreApplication::translate("Storage", "client"), client.id);
    const qint64 id = client.id;
    m_database.afterCommit([this, id] { Q_EMIT m_events.clientChanged(id); });
    return transaction->commit();
}

bool SqlClientRepository::cabinetSearch() const
{
    if (!m_cabinetSearch) {
        SqlQuery query(m_database, u"SELECT has_function_privilege(p.oid, 'EXECUTE') FROM pg_proc p "
                                   u"WHERE p.oid = to_regprocedure(:signature)"_s);
        query.bind(u":signature"_s, u"public.%1(text, integer)"_s.arg(cabinet::searchFunction()));
        if (!query.exec())
            return false; // asked again next time (a lost connection, for one)
        m_cabinetSearch = query.next() && query.value(0).toBool();
    }
    return *m_cabinetSearch;
}

void SqlClientRepository::filter(const ClientQuery& request, std::optional<int> needed, QStringList& conditions,
                                  QList<std::pair<QString, QVariant>>& binds) const
{
    const QString term = foldForSearch(request.search.simplified());
    if (!term.isEmpty() && m_database.isPostgres()) {
        // pg_trgm's index serves a term of three characters or more (migration 008 creates it when it can). Under a
        // cabinet's row-level security it cannot: LIKE is not leakproof, so PostgreSQL applies the policy to every
        // row first, and its `consultant = CURRENT_USER` does not reach the owner's indexes either. The cabinet's
        // search function finds the ids for the caller's own rows as the tables' owner would (trigram index, or a
        // walk of client_by_consultant_search in the list's order); the rows are still read here under the
        // policies. A whole list of matches (a status filter, a position) is asked of it only when the term is rare.
        const QString pattern = likePattern(term);
        bool viaFunction = cabinetSearch();
        if (viaFunction && !needed) {
            SqlQuery probe(m_database, u"SELECT count(*) FROM %1(:pattern, :common)"_s.arg(cabinet::searchFunction()));
            probe.bind(u":pattern"_s, pattern).bind(u":common"_s, kCommonMatches);
            viaFunction = probe.exec().ok() && probe.next() && probe.value(0).toInt() < kCommonMatches;
        }
        if (viaFunction) {
            conditions << u"c.id IN (SELECT %1(:pattern, :needed))"_s.arg(cabinet::searchFunction());
            binds.append({ u":needed"_s, needed ? QVariant(*needed) : QVariant(QMetaType::fromType<int>()) });
        } else {
            conditions << u"c.search_text LIKE :pattern ESCAPE '\\'"_s;
        }
        binds.append({ u":pattern"_s, pattern });
    } else if (term.size() >= 3) {
        // FTS5 trigram phrase: any substring of three characters or more, through the index.
        QString phrase = term;
        phrase.replace(u'"', u"\"\""_s);
        phrase = u'"' + phrase + u'"';
        // A rare term: read its few rows by id and sort them. A common one ("cou" is in every "courriel"): walk
        // the list's index in order and test each row's text until the page is full; at 1% of the rows or more
        // that stops within a few thousand entries, where reading the trigram index's whole match list first
        // cost 7 ms for "cou" (docs/performance.md).
        SqlQuery probe(m_database, u"SELECT COUNT(*) FROM (SELECT rowid FROM client_search WHERE client_search "
                                   u"MATCH :match LIMIT :common)"_s);
        probe.bind(u":match"_s, phrase).bind(u":common"_s, kSqliteCommonMatches);
        const bool common = probe.exec().ok() && probe.next() && probe.value(0).toInt() >= kSqliteCommonMatches;
        if (common) {
            conditions << u"c.search_text LIKE :pattern ESCAPE '\\'"_s;
            binds.append({ u":pattern"_s, likePattern(term) });
        } else {
            conditions << u"c.id IN (SELECT rowid FROM client_search WHERE client_search MATCH :match)"_s;
            binds.append({ u":match"_s, phrase });
        }
    } else if (!term.isEmpty()) {
        // One or two characters: the beginning of the last name, a range on the index client_by_search.
        QString high = term;
        high.back() = QChar(static_cast<char16_t>(high.back().unicode() + 1));
        conditions << u"c.search_text >= :low AND c.search_text < :high"_s;
        binds.append({ u":low"_s, term });
        binds.append({ u":high"_s, high });
    }
    if (request.status) {
        switch (*request.status) {
        case ClientStatus::Prospect:
            conditions << u"b.id IS NULL"_s;
            break;
        case ClientStatus::InProgress:
            conditions << u"b.status = 'open'"_s;
            break;
        case ClientStatus::Ended:
            conditions << u"b.status IN ('closed', 'abandoned')"_s;
            break;
        }
    }
}

Result<QList<ClientSummary>> SqlClientRepository::summaries(const ClientQuery& request, const QDateTime& now)
{
    QStringList conditions;
    QList<std::pair<QString, QVariant>> binds;
    std::optional<int> needed;
    if (request.limit > 0 && !request.status)
        needed = std::max(0, request.offset) + request.limit;
    filter(request, needed, conditions, binds);
    QString where = conditions.isEmpty() ? QString() : u"WHERE "_s + conditions.join(u" AND "_s);
    if (request.limit > 0) {
        where += u" ORDER BY c.search_text, c.id LIMIT :limit OFFSET :offset"_s;
        binds.append({ u":limit"_s, request.limit });
        binds.append({ u":offset"_s, std::max(0, request.offset) });
    }
    return select(where, binds, now);
}

Result<int> SqlClientRepository::position(const ClientQuery& request, qint64 id)
{
    QStringList conditions;
    QList<std::pair<QString, QVariant>> binds;
    filter(request, std::nullopt, conditions, binds);
    conditions << u"c.id = :id"_s;
    SqlQuery key(m_database, u"SELECT c.search_text FROM client c LEFT JOIN bilan b ON b.client_id = c.id AND b.id = ("_s + kCurrentBilan
                                 + u") WHERE "_s + conditions.join(u" AND "_s));
    for (const auto& [name, value] : binds)
        key.bind(name, value);
    key.bind(u":id"_s, id);
    if (auto done = key.exec(); !done)
        return done.error();
    if (!key.next())
        return -1;
    const QString sortKey = key.value(0).toString();
    conditions.removeLast();
    conditions << u"(c.search_text < :key OR (c.search_text = :key2 AND c.id < :id))"_s;
    SqlQuery count(m_database, u"SELECT COUNT(*) FROM client c "_s
                                   + (request.status ? u"LEFT JOIN bilan b ON b.client_id = c.id AND b.id = ("_s + kCurrentBilan + u") "_s
                                                     : QString())
                                   + u"WHERE "_s + conditions.join(u" AND "_s));
    for (const auto& [name, value] : binds)
        count.bind(name, value);
    count.bind(u":key"_s, sortKey).bind(u":key2"_s, sortKey).bind(u":id"_s, id);
    if (auto done = count.exec(); !done)
        return done.error();
    return count.next() ? count.value(0).toInt() : -1;
}

Result<ClientSummary> SqlClientRepository::summary(qint64 id, const QDateTime& now)
{
    auto rows = select(u"WHERE c.id = :id"_s, { { u":id"_s, id } }, now);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return notFound(QCoreApplication::translate("Storage", "client"), id);
    return rows->first();
}

Result<QList<ClientSummary>> SqlClientRepository::select(const QString& where,
                                                         const QList<std::pair<QString, QVariant>>& binds,
                                                         const QDateTime& now)
{
    // The current bilan is joined inside the page only when the status filter needs it.
    const QString join = where.contains(u"b."_s) ? u"LEFT JOIN bilan b ON b.client_id = c.id AND b.id = ("_s + kCurrentBilan + u')'
                                                 : QString();
    // One row per client with its current bilan (the open one, else the latest) and that bilan's figures. The
    // page is chosen first (`where` may end with ORDER BY … LIMIT), so the figures are worked out for its rows only.
    const QString sql = uR"(SELECT c.id, c.last_name, c.first_name, c.email, c.phone, b.id, b.status, b.start_date,
       b.budget_preliminary + b.budget_investigation + b.budget_conclusion,
       (SELECT s.phase FROM session s WHERE s.bilan_id = b.id AND s.status <> 'cancelled'
           AND s.starts_at <= :now1 ORDER BY s.starts_at DESC LIMIT 1),
       (SELECT MIN(s.starts_at) FROM session s WHERE s.bilan_id = b.id AND s.status = 'planned'
           AND s.starts_at >= :now2),
       (SELECT COALESCE(SUM(COALESCE(s.actual_minutes, s.planned_minutes)), 0) FROM session s
           WHERE s.bilan_id = b.id AND s.status = 'done' AND s.phase IN (%1))
FROM (SELECT c.id AS id, c.search_text AS sort_key FROM client c %4 %2) page
JOIN client c ON c.id = page.id
LEFT JOIN bilan b ON b.client_id = c.id AND b.id = (%3)
ORDER BY page.sort_key, page.id)"_s.arg(countedPhasesSql(), where, kCurrentBilan, join);
    SqlQuery query(m_database, sql);
    query.bind(u":now1"_s, wallClockValue(now)).bind(u":now2"_s, wallClockValue(now));
    for (const auto& [name, value] : binds)
        query.bind(name, value);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<ClientSummary> rows;
    while (query.next()) {
        ClientSummary row;
        row.id = query.value(0).toLongLong();
        row.lastName = query.value(1).toString();
        row.firstName = query.value(2).toString();
        row.email = query.value(3).toString();
        row.phone = query.value(4).toString();
        if (!query.value(5).isNull()) {
            row.bilanId = query.value(5).toLongLong();
            const BilanStatus status = fromKey<BilanStatus>(query.value(6).toString()).value_or(BilanStatus::Open);
            row.status = status == BilanStatus::Open ? ClientStatus::InProgress : ClientStatus::Ended;
            const QDate start = readDate(query.value(7));
            row.budgetMinutes = query.value(8).toInt();
            const auto latestPhase = query.value(9).isNull() ? std::nullopt
                                                             : fromKey<Phase>(query.value(9).toString());
            row.phase = currentPhase(status, latestPhase, start.isValid() && start <= now.date());
            row.nextSession = readWallClock(query.value(10));
            row.doneMinutes = query.value(11).toInt();
        }
        rows.append(row);
    }
    return rows;
}

} // namespace parcours
