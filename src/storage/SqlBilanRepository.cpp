#include "Database.h"
#include "SqlQuery.h"
#include "SqlRepositories.h"

#include <parcours/core/StoreEvents.h>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

const QString kColumns = bilanColumns();

void bindFields(SqlQuery& query, const Bilan& bilan)
{
    query.bind(u":status"_s, toKey(bilan.status))
        .bind(u":funding"_s, toKey(bilan.funding))
        .bind(u":start"_s, dateValue(bilan.startDate))
        .bind(u":end"_s, dateValue(bilan.endDate))
        .bind(u":intake"_s, bilan.budgets.minutes(Phase::Intake))
        .bind(u":preliminary"_s, bilan.budgets.minutes(Phase::Preliminary))
        .bind(u":investigation"_s, bilan.budgets.minutes(Phase::Investigation))
        .bind(u":conclusion"_s, bilan.budgets.minutes(Phase::Conclusion))
        .bind(u":followup"_s, bilan.budgets.minutes(Phase::FollowUp));
}

QString bilanKind()
{
    return QCoreApplication::translate("Storage", "bilan");
}

} // namespace

QString bilanColumns(const QString& prefix)
{
    static const QStringList columns { u"id"_s, u"client_id"_s, u"status"_s, u"funding"_s, u"start_date"_s,
        u"end_date"_s, u"budget_intake"_s, u"budget_preliminary"_s, u"budget_investigation"_s,
        u"budget_conclusion"_s, u"budget_follow_up"_s, u"created_at"_s, u"version"_s };
    QStringList prefixed;
    for (const QString& column : columns)
        prefixed << prefix + column;
    return prefixed.join(u", "_s);
}

Bilan readBilan(const SqlQuery& query, int first)
{
    Bilan bilan;
    bilan.id = query.value(first).toLongLong();
    bilan.clientId = query.value(first + 1).toLongLong();
    bilan.status = fromKey<BilanStatus>(query.value(first + 2).toString()).value_or(BilanStatus::Open);
    bilan.funding = fromKey<Funding>(query.value(first + 3).toString()).value_or(Funding::Personal);
    bilan.startDate = readDate(query.value(first + 4));
    bilan.endDate = readDate(query.value(first + 5));
    int column = first + 6;
    for (Phase phase : kAllPhases)
        bilan.budgets.setMinutes(phase, query.value(column++).toInt());
    bilan.createdAt = readWallClock(query.value(first + 11));
    bilan.version = query.value(first + 12).toInt();
    return bilan;
}

SqlBilanRepository::SqlBilanRepository(Database& database, StoreEvents& events)
    : m_database(database)
    , m_events(events)
{
}

Result<qint64> SqlBilanRepository::open(const Bilan& bilan)
{
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    SqlQuery query(m_database,
                   u"INSERT INTO bilan (client_id, status, funding, start_date, end_date, budget_intake, "
                   u"budget_preliminary, budget_investigation, budget_conclusion, budget_follow_up, created_at) "
                   u"VALUES (:client, :status, :funding, :start, :end, :intake, :preliminary, :investigation, "
                   u":conclusion, :followup, :created) RETURNING id"_s);
    query.bind(u":client"_s, bilan.clientId).bind(u":created"_s, wallClockValue(bilan.createdAt));
    bindFields(query, bilan);
    auto id = query.execReturningId();
    if (!id)
        return id.error();
    const qint64 newId = id.value();
    const qint64 clientId = bilan.clientId;
    m_database.afterCommit([this, newId, clientId] { Q_EMIT m_events.bilanChanged(newId, clientId); });
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return newId;
}

Result<Bilan> SqlBilanRepository::get(qint64 id)
{
    SqlQuery query(m_database, u"SELECT "_s + kColumns + u" FROM bilan WHERE id = :id"_s);
    query.bind(u":id"_s, id);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return notFound(bilanKind(), id);
    return readBilan(query);
}

Result<void> SqlBilanRepository::update(const Bilan& bilan)
{
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    SqlQuery query(m_database, u"UPDATE bilan SET status = :status, funding = :funding, start_date = :start, "
                               u"end_date = :end, budget_intake = :intake, budget_preliminary = :preliminary, "
                               u"budget_investigation = :investigation, budget_conclusion = :conclusion, "
                               u"budget_follow_up = :followup, version = version + 1 "
                               u"WHERE id = :id AND version = :version"_s);
    bindFields(query, bilan);
    query.bind(u":id"_s, bilan.id).bind(u":version"_s, bilan.version);
    if (auto done = query.exec(); !done)
        return done.error();
    if (query.rowsAffected() != 1)
        return staleOrMissing(m_database, u"bilan"_s, bilanKind(), bilan.id);
    const qint64 id = bilan.id;
    const qint64 clientId = bilan.clientId;
    m_database.afterCommit([this, id, clientId] { Q_EMIT m_events.bilanChanged(id, clientId); });
    return transaction->commit();
}

Result<void> SqlBilanRepository::remove(qint64 id)
{
    auto existing = get(id);
    if (!existing)
        return existing.error();
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    // Sessions first (their notes and records go with them), then the bilan (its CPF declarations go with it).
    for (const QString& statement : { u"DELETE FROM session WHERE bilan_id = :id"_s, u"DELETE FROM bilan WHERE id = :id"_s }) {
        SqlQuery query(m_database, statement);
        query.bind(u":id"_s, id);
        if (auto done = query.exec(); !done)
            return done.error();
    }
    const qint64 clientId = existing->clientId;
    m_database.afterCommit([this, id, clientId] { Q_EMIT m_events.bilanChanged(id, clientId); });
    return transaction->commit();
}

Result<QList<Bilan>> SqlBilanRepository::forClient(qint64 clientId)
{
    SqlQuery query(m_database, u"SELECT "_s + kColumns + u" FROM bilan WHERE client_id = :client ORDER BY id DESC"_s);
    query.bind(u":client"_s, clientId);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<Bilan> bilans;
    while (query.next())
        bilans.append(readBilan(query));
    return bilans;
}

} // namespace parcours
