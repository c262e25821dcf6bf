#include "SqlFollowUpRepository.h"

#include "Database.h"
#include "SqlQuery.h"
#include "SqlRepositories.h"

#include <parcours/core/StoreEvents.h>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

Error changedMeanwhile(const char* kind)
{
    return makeError(ErrorCode::Conflict,
        QCoreApplication::translate("Storage", "This %1 was changed by someone else since you opened it.")
            .arg(QCoreApplication::translate("Storage", kind)));
}

QString fullName(const QVariant& first, const QVariant& last)
{
    const QString firstName = first.toString();
    return firstName.isEmpty() ? last.toString() : firstName + u' ' + last.toString();
}

} // namespace

SqlFollowUpRepository::SqlFollowUpRepository(Database& database, StoreEvents& events)
    : m_database(database), m_events(events)
{ }

Result<std::optional<BilanAbandonment>> SqlFollowUpRepository::abandonment(qint64 bilanId)
{
    SqlQuery query(m_database, u"SELECT reason, version FROM bilan_abandonment WHERE bilan_id = :bilan"_s);
    query.bind(u":bilan"_s, bilanId);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return std::optional<BilanAbandonment>();
    return std::optional(BilanAbandonment { bilanId, query.value(0).toString(), query.value(1).toInt() });
}

Result<void> SqlFollowUpRepository::putAbandonment(const BilanAbandonment& abandonment)
{
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    const bool create = abandonment.version == 0;
    SqlQuery query(m_database,
        create ? u"INSERT INTO bilan_abandonment (bilan_id, reason) VALUES (:bilan, :reason)"_s
               : u"UPDATE bilan_abandonment SET reason = :reason, version = version + 1 "
                 u"WHERE bilan_id = :bilan AND version = :version"_s);
    query.bind(u":bilan"_s, abandonment.bilanId).bind(u":reason"_s, textValue(abandonment.reason));
    if (!create)
        query.bind(u":version"_s, abandonment.version);
    if (auto done = query.exec(); !done)
        return done;
    if (!create && query.rowsAffected() != 1)
        return changedMeanwhile(QT_TRANSLATE_NOOP("Storage", "abandonment"));
    const qint64 bilanId = abandonment.bilanId;
    m_database.afterCommit([this, bilanId] { Q_EMIT m_events.followUpChanged(bilanId); });
    return transaction->commit();
}

Result<std::optional<FollowUpRecord>> SqlFollowUpRepository::followUp(qint64 bilanId)
{
    SqlQuery query(m_database,
        u"SELECT f.due_on, f.due_moved, f.outcome, f.outcome_on, f.version, n.body FROM follow_up f "
        u"LEFT JOIN follow_up_note n ON n.bilan_id = f.bilan_id WHERE f.bilan_id = :bilan"_s);
    query.bind(u":bilan"_s, bilanId);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return std::optional<FollowUpRecord>();
    FollowUpRecord record;
    record.bilanId = bilanId;
    record.dueOn = readDate(query.value(0));
    record.moved = query.value(1).toBool();
    if (!query.value(2).isNull())
        record.outcome = fromKey<FollowUpOutcome>(query.value(2).toString());
    record.outcomeOn = readDate(query.value(3));
    record.version = query.value(4).toInt();
    record.notes = query.value(5).toString();
    SqlQuery attempts(m_database,
        u"SELECT id, attempted_on, channel FROM follow_up_attempt WHERE bilan_id = :bilan "
        u"ORDER BY attempted_on, id"_s);
    attempts.bind(u":bilan"_s, bilanId);
    if (auto done = attempts.exec(); !done)
        return done.error();
    while (attempts.next()) {
        record.attempts << ContactAttempt { attempts.value(0).toLongLong(), readDate(attempts.value(1)),
            fromKey<ContactChannel>(attempts.value(2).toString()).value_or(ContactChannel::Phone) };
    }
    return std::optional(record);
}

Result<void> SqlFollowUpRepository::writeNotes(qint64 bilanId, const QString& notes)
{
    SqlQuery query(m_database,
        notes.isEmpty() ? u"DELETE FROM follow_up_note WHERE bilan_id = :bilan"_s
                        : u"INSERT INTO follow_up_note (bilan_id, body) VALUES (:bilan, :body) "
                          u"ON CONFLICT (bilan_id) DO UPDATE SET body = excluded.body, "
                          u"version = follow_up_note.version + 1"_s);
    query.bind(u":bilan"_s, bilanId);
    if (!notes.isEmpty())
        query.bind(u":body"_s, notes);
    return query.exec();
}

Result<void> SqlFollowUpRepository::saveFollowUp(const FollowUpRecord& record)
{
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    const bool create = record.version == 0;
    SqlQuery query(m_database,
        create ? u"INSERT INTO follow_up (bilan_id, due_on, due_moved, outcome, outcome_on) "
                 u"VALUES (:bilan, :due, :moved, :outcome, :on)"_s
               : u"UPDATE follow_up SET due_on = :due, due_moved = :moved, outcome = :outcome, outcome_on = :on, "
                 u"version = version + 1 WHERE bilan_id = :bilan AND version = :version"_s);
    query.bind(u":bilan"_s, record.bilanId)
        .bind(u":due"_s, dateValue(record.dueOn))
        .bind(u":moved"_s, record.moved)
        .bind(u":outcome"_s, record.outcome ? QVariant(toKey(*record.outcome)) : QVariant(QMetaType::fromType<QString>()))
        .bind(u":on"_s, dateValue(record.outcome ? record.outcomeOn : QDate()));
    if (!create)
        query.bind(u":version"_s, record.version);
    if (auto done = query.exec(); !done) {
        return create && done.error().code == ErrorCode::Refused
            ? Result<void>(changedMeanwhile(QT_TRANSLATE_NOOP("Storage", "follow-up")))
            : done;
    }
    if (!create && query.rowsAffected() != 1)
        return changedMeanwhile(QT_TRANSLATE_NOOP("Storage", "follow-up"));
    if (auto notes = writeNotes(record.bilanId, record.notes); !notes)
        return notes;
    const qint64 bilanId = record.bilanId;
    m_database.afterCommit([this, bilanId] { Q_EMIT m_events.followUpChanged(bilanId); });
    return transaction->commit();
}

Result<qint64> SqlFollowUpRepository::addAttempt(qint64 bilanId, const ContactAttempt& attempt)
{
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    SqlQuery query(m_database,
        u"INSERT INTO follow_up_attempt (bilan_id, attempted_on, channel) VALUES (:bilan, :on, :channel) "
        u"RETURNING id"_s);
    query.bind(u":bilan"_s, bilanId).bind(u":on"_s, dateValue(attempt.date)).bind(u":channel"_s, toKey(attempt.channel));
    auto id = query.execReturningId();
    if (!id)
        return id.error();
    m_database.afterCommit([this, bilanId] { Q_EMIT m_events.followUpChanged(bilanId); });
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return id.value();
}

Result<QList<PendingFollowUp>> SqlFollowUpRepository::pendingFollowUps(QDate before)
{
    // follow_up_pending_by_due holds only the follow-ups without an outcome: the query reads those due in time.
    SqlQuery query(m_database,
        u"SELECT b.id, b.client_id, b.status, b.end_date, f.due_on, c.first_name, c.last_name, "
        // The follow-up session already planned, if any: the earliest one.
        u"(SELECT MIN(s.starts_at) FROM session s WHERE s.bilan_id = b.id AND s.phase = 'follow-up' "
        u"AND s.status = 'planned') "
        u"FROM follow_up f JOIN bilan b ON b.id = f.bilan_id JOIN client c ON c.id = b.client_id "
        u"WHERE f.outcome IS NULL AND f.due_on < :before ORDER BY f.due_on, b.id"_s);
    query.bind(u":before"_s, dateValue(before));
    if (auto done = query.exec(); !done)
        return done.error();
    QList<PendingFollowUp> pending;
    while (query.next()) {
        PendingFollowUp item;
        item.bilanId = query.value(0).toLongLong();
        item.clientId = query.value(1).toLongLong();
        item.status = fromKey<BilanStatus>(query.value(2).toString()).value_or(BilanStatus::Open);
        item.endDate = readDate(query.value(3));
        item.dueOn = readDate(query.value(4));
        item.clientName = fullName(query.value(5), query.value(6));
        item.firstName = query.value(5).toString();
        item.lastName = query.value(6).toString();
        item.plannedAt = readWallClock(query.value(7));
        pending << item;
    }
    return pending;
}

Result<QList<PendingAgreement>> SqlFollowUpRepository::pendingAgreements(QDate sentBefore)
{
    SqlQuery query(m_database,
        u"SELECT b.id, b.client_id, b.status, b.funding, a.sent_on, a.version, c.first_name, c.last_name "
        u"FROM agreement a JOIN bilan b ON b.id = a.bilan_id JOIN client c ON c.id = b.client_id "
        u"WHERE a.signed_on IS NULL AND a.refused_on IS NULL AND a.sent_on < :before AND b.status = 'open' "
        u"ORDER BY a.sent_on, b.id"_s);
    query.bind(u":before"_s, dateValue(sentBefore));
    if (auto done = query.exec(); !done)
        return done.error();
    QList<PendingAgreement> pending;
    while (query.next()) {
        PendingAgreement item;
        item.bilanId = query.value(0).toLongLong();
        item.clientId = query.value(1).toLongLong();
        item.status = fromKey<BilanStatus>(query.value(2).toString()).value_or(BilanStatus::Open);
        item.funding = fromKey<Funding>(query.value(3).toString()).value_or(Funding::Personal);
        item.agreement.bilanId = item.bilanId;
        item.agreement.sentOn = readDate(query.value(4));
        item.agreement.version = query.value(5).toInt();
        item.clientName = fullName(query.value(6), query.value(7));
        pending << item;
    }
    return pending;
}

} // namespace parcours
