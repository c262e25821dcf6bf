// The complaints and incidents register and the improvement-actions log (Qualiopi indicators 31 and 32).
#include "Database.h"
#include "SqlQualityRepository.h"
#include "SqlQuery.h"
#include "SqlRepositories.h"

#include <parcours/core/StoreEvents.h>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

const QString kEntryColumns = u"id, kind, received_on, from_whom, nature, handling, outcome, closed_on, version"_s;
const QString kActionColumns = u"id, raised_on, source, action, owner, due_on, status, version"_s;

QString entryKind()
{
    return QCoreApplication::translate("Storage", "register entry");
}

QString actionKind()
{
    return QCoreApplication::translate("Storage", "improvement action");
}

RegisterEntry readEntry(const SqlQuery& query)
{
    RegisterEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.kind = registerKindFromKey(query.value(1).toString()).value_or(RegisterKind::Complaint);
    entry.receivedOn = readDate(query.value(2));
    entry.fromWhom = query.value(3).toString();
    entry.nature = query.value(4).toString();
    entry.handling = query.value(5).toString();
    entry.outcome = query.value(6).toString();
    entry.closedOn = readDate(query.value(7));
    entry.version = query.value(8).toInt();
    return entry;
}

ImprovementAction readAction(const SqlQuery& query)
{
    ImprovementAction action;
    action.id = query.value(0).toLongLong();
    action.raisedOn = readDate(query.value(1));
    action.source = query.value(2).toString();
    action.action = query.value(3).toString();
    action.owner = query.value(4).toString();
    action.dueOn = readDate(query.value(5));
    action.status = actionStatusFromKey(query.value(6).toString()).value_or(ActionStatus::Planned);
    action.version = query.value(7).toInt();
    return action;
}

/// " WHERE column >= :from AND column <= :to", each end only when valid.
QString periodWhere(const QString& column, QDate from, QDate to)
{
    QStringList parts;
    if (from.isValid())
        parts << column + u" >= :from"_s;
    if (to.isValid())
        parts << column + u" <= :to"_s;
    return parts.isEmpty() ? QString() : u" WHERE "_s + parts.join(u" AND "_s);
}

void bindPeriod(SqlQuery& query, QDate from, QDate to)
{
    if (from.isValid())
        query.bind(u":from"_s, dateValue(from));
    if (to.isValid())
        query.bind(u":to"_s, dateValue(to));
}

void bindEntry(SqlQuery& query, const RegisterEntry& entry)
{
    query.bind(u":kind"_s, toKey(entry.kind))
        .bind(u":received"_s, dateValue(entry.receivedOn))
        .bind(u":from_whom"_s, textValue(entry.fromWhom))
        .bind(u":nature"_s, textValue(entry.nature))
        .bind(u":handling"_s, textValue(entry.handling))
        .bind(u":outcome"_s, textValue(entry.outcome))
        .bind(u":closed"_s, dateValue(entry.closedOn));
}

void bindAction(SqlQuery& query, const ImprovementAction& action)
{
    query.bind(u":raised"_s, dateValue(action.raisedOn))
        .bind(u":source"_s, textValue(action.source))
        .bind(u":action"_s, textValue(action.action))
        .bind(u":owner"_s, textValue(action.owner))
        .bind(u":due"_s, dateValue(action.dueOn))
        .bind(u":status"_s, toKey(action.status));
}

} // namespace

Result<QList<RegisterEntry>> SqlQualityRepository::registerEntries(QDate from, QDate to)
{
    SqlQuery query(m_database,
        u"SELECT "_s + kEntryColumns + u" FROM quality_register_entry"_s + periodWhere(u"received_on"_s, from, to)
            + u" ORDER BY received_on, id"_s);
    bindPeriod(query, from, to);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<RegisterEntry> entries;
    while (query.next())
        entries.append(readEntry(query));
    return entries;
}

Result<RegisterEntry> SqlQualityRepository::registerEntry(qint64 id)
{
    SqlQuery query(m_database, u"SELECT "_s + kEntryColumns + u" FROM quality_register_entry WHERE id = :id"_s);
    query.bind(u":id"_s, id);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return notFound(entryKind(), id);
    return readEntry(query);
}

Result<qint64> SqlQualityRepository::addRegisterEntry(const RegisterEntry& entry)
{
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    SqlQuery query(m_database,
        u"INSERT INTO quality_register_entry (kind, received_on, from_whom, nature, handling, "
        u"outcome, closed_on, created_at) VALUES (:kind, :received, :from_whom, :nature, "
        u":handling, :outcome, :closed, CURRENT_TIMESTAMP) RETURNING id"_s);
    bindEntry(query, entry);
    auto id = query.execReturningId();
    if (!id)
        return id.error();
    m_database.afterCommit([this] { Q_EMIT m_events.qualityRegistersChanged(); });
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return id.value();
}

Result<void> SqlQualityRepository::updateRegisterEntry(const RegisterEntry& entry)
{
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    SqlQuery query(m_database,
        u"UPDATE quality_register_entry SET kind = :kind, received_on = :received, "
        u"from_whom = :from_whom, nature = :nature, handling = :handling, outcome = :outcome, "
        u"closed_on = :closed, version = version + 1 WHERE id = :id AND version = :version"_s);
    bindEntry(query, entry);
    query.bind(u":id"_s, entry.id).bind(u":version"_s, entry.version);
    if (auto done = query.exec(); !done)
        return done;
    if (query.rowsAffected() != 1)
        return staleOrMissing(m_database, u"quality_register_entry"_s, entryKind(), entry.id);
    m_database.afterCommit([this] { Q_EMIT m_events.qualityRegistersChanged(); });
    return transaction->commit();
}

Result<QList<ImprovementAction>> SqlQualityRepository::improvementActions(QDate from, QDate to)
{
    SqlQuery query(m_database,
        u"SELECT "_s + kActionColumns + u" FROM improvement_action"_s + periodWhere(u"raised_on"_s, from, to)
            + u" ORDER BY raised_on, id"_s);
    bindPeriod(query, from, to);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<ImprovementAction> actions;
    while (query.next())
        actions.append(readAction(query));
    return actions;
}

Result<ImprovementAction> SqlQualityRepository::improvementAction(qint64 id)
{
    SqlQuery query(m_database, u"SELECT "_s + kActionColumns + u" FROM improvement_action WHERE id = :id"_s);
    query.bind(u":id"_s, id);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return notFound(actionKind(), id);
    return readAction(query);
}

Result<qint64> SqlQualityRepository::addImprovementAction(const ImprovementAction& action)
{
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    SqlQuery query(m_database,
        u"INSERT INTO improvement_action (raised_on, source, action, owner, due_on, status, "
        u"created_at) VALUES (:raised, :source, :action, :owner, :due, :status, "
        u"CURRENT_TIMESTAMP) RETURNING id"_s);
    bindAction(query, action);
    auto id = query.execReturningId();
    if (!id)
        return id.error();
    m_database.afterCommit([this] { Q_EMIT m_events.qualityRegistersChanged(); });
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return id.value();
}

Result<void> SqlQualityRepository::updateImprovementAction(const ImprovementAction& action)
{
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    SqlQuery query(m_database,
        u"UPDATE improvement_action SET raised_on = :raised, source = :source, "
        u"action = :action, owner = :owner, due_on = :due, status = :status, "
        u"version = version + 1 WHERE id = :id AND version = :version"_s);
    bindAction(query, action);
    query.bind(u":id"_s, action.id).bind(u":version"_s, action.version);
    if (auto done = query.exec(); !done)
        return done;
    if (query.rowsAffected() != 1)
        return staleOrMissing(m_database, u"improvement_action"_s, actionKind(), action.id);
    m_database.afterCommit([this] { Q_EMIT m_events.qualityRegistersChanged(); });
    return transaction->commit();
}

} // namespace parcours
