#include "Database.h"
#include "SqlQuery.h"
#include "SqlRepositories.h"

#include <parcours/core/StoreEvents.h>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

const QString kSelect = u"SELECT s.id, s.bilan_id, s.phase, s.starts_at, s.planned_minutes, s.actual_minutes, "
                        u"s.status, s.version, n.body FROM session s "
                        u"LEFT JOIN session_note n ON n.session_id = s.id "_s;

Session readSession(const SqlQuery& query)
{
    Session session;
    session.id = query.value(0).toLongLong();
    session.bilanId = query.value(1).toLongLong();
    session.phase = fromKey<Phase>(query.value(2).toString()).value_or(Phase::Investigation);
    session.startsAt = readWallClock(query.value(3));
    session.plannedMinutes = query.value(4).toInt();
    session.actualMinutes = readNullableInt(query.value(5));
    session.status = fromKey<SessionStatus>(query.value(6).toString()).value_or(SessionStatus::Planned);
    session.version = query.value(7).toInt();
    session.notes = query.value(8).toString();
    return session;
}

QString sessionKind()
{
    return QCoreApplication::translate("Storage", "session");
}

} // namespace

SqlSessionRepository::SqlSessionRepository(Database& database, StoreEvents& events)
    : m_database(database)
    , m_events(events)
{
}

Result<qint64> SqlSessionRepository::add(const Session& session)
{
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    SqlQuery query(m_database, u"INSERT INTO session (bilan_id, phase, starts_at, planned_minutes, actual_minutes, "
                               u"status, created_at) VALUES (:bilan, :phase, :starts, :planned, :actual, :status, "
                               u"CURRENT_TIMESTAMP) RETURNING id"_s);
    query.bind(u":bilan"_s, session.bilanId)
        .bind(u":phase"_s, toKey(session.phase))
        .bind(u":starts"_s, wallClockValue(session.startsAt))
        .bind(u":planned"_s, session.plannedMinutes)
        .bind(u":actual"_s, nullableInt(session.actualMinutes))
        .bind(u":status"_s, toKey(session.status));
    auto id = query.execReturningId();
    if (!id)
        return id.error();
    if (auto notes = writeNotes(id.value(), session.notes); !notes)
        return notes.error();
    const qint64 newId = id.value();
    const qint64 bilanId = session.bilanId;
    m_database.afterCommit([this, newId, bilanId] { Q_EMIT m_events.sessionChanged(newId, bilanId); });
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return newId;
}

Result<void> SqlSessionRepository::restore(const Session& session)
{
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    SqlQuery query(m_database, u"INSERT INTO session (id, bilan_id, phase, starts_at, planned_minutes, "
                               u"actual_minutes, status, created_at, version) VALUES (:id, :bilan, :phase, :starts, "
                               u":planned, :actual, :status, CURRENT_TIMESTAMP, :version)"_s);
    query.bind(u":id"_s, session.id)
        .bind(u":bilan"_s, session.bilanId)
        .bind(u":phase"_s, toKey(session.phase))
        .bind(u":starts"_s, wallClockValue(session.startsAt))
        .bind(u":planned"_s, session.plannedMinutes)
        .bind(u":actual"_s, nullableInt(session.actualMinutes))
        .bind(u":status"_s, toKey(session.status))
        .bind(u":version"_s, session.version + 1);
    if (auto done = query.exec(); !done)
        return done.error();
    if (auto notes = writeNotes(session.id, session.notes); !notes)
        return notes.error();
    const qint64 id = session.id;
    const qint64 bilanId = session.bilanId;
    m_database.afterCommit([this, id, bilanId] { Q_EMIT m_events.sessionChanged(id, bilanId); });
    return transaction->commit();
}

Result<Session> SqlSessionRepository::get(qint64 id)
{
    SqlQuery query(m_database, kSelect + u"WHERE s.id = :id"_s);
    query.bind(u":id"_s, id);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return notFound(sessionKind(), id);
    return readSession(query);
}

Result<void> SqlSessionRepository::update(const Session& session)
{
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    SqlQuery query(m_database, u"UPDATE session SET phase = :phase, starts_at = :starts, planned_minutes = :planned, "
                               u"actual_minutes = :actual, status = :status, version = version + 1 "
                               u"WHERE id = :id AND version = :version"_s);
    query.bind(u":phase"_s, toKey(session.phase))
        .bind(u":starts"_s, wallClockValue(session.startsAt))
        .bind(u":planned"_s, session.plannedMinutes)
        .bind(u":actual"_s, nullableInt(session.actualMinutes))
        .bind(u":status"_s, toKey(session.status))
        .bind(u":id"_s, session.id)
        .bind(u":version"_s, session.version);
    if (auto done = query.exec(); !done)
        return done.error();
    if (query.rowsAffected() != 1)
        return staleOrMissing(m_database, u"session"_s, sessionKind(), session.id);
    if (auto notes = writeNotes(session.id, session.notes); !notes)
        return notes.error();
    const qint64 id = session.id;
    const qint64 bilanId = session.bilanId;
    m_database.afterCommit([this, id, bilanId] { Q_EMIT m_events.sessionChanged(id, bilanId); });
    return transaction->commit();
}

Result<void> SqlSessionRepository::remove(qint64 id)
{
    auto existing = get(id);
    if (!existing)
        return existing.error();
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    SqlQuery query(m_database, u"DELETE FROM session WHERE id = :id"_s);
    query.bind(u":id"_s, id);
    if (auto done = query.exec(); !done)
        return done.error();
    const qint64 bilanId = existing->bilanId;
    m_database.afterCommit([this, id, bilanId] { Q_EMIT m_events.sessionChanged(id, bilanId); });
    return transaction->commit();
}

Result<QList<Session>> SqlSessionRepository::forBilan(qint64 bilanId)
{
    SqlQuery query(m_database, kSelect + u"WHERE s.bilan_id = :bilan ORDER BY s.starts_at, s.id"_s);
    query.bind(u":bilan"_s, bilanId);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<Session> sessions;
    while (query.next())
        sessions.append(readSession(query));
    return sessions;
}

Result<QList<Session>> SqlSessionRepository::between(QDate from, QDate to, std::optional<qint64> bilanId)
{
    // An invalid date leaves that end of the range open.
    QString sql = u"SELECT s.id, s.bilan_id, s.phase, s.starts_at, s.planned_minutes, s.actual_minutes, s.status, "
                  u"s.version, NULL FROM session s WHERE 1 = 1 "_s;
    if (from.isValid())
        sql += u"AND s.starts_at >= :from "_s;
    if (to.isValid())
        sql += u"AND s.starts_at < :to "_s;
    if (bilanId)
        sql += u"AND s.bilan_id = :bilan "_s;
    sql += u"ORDER BY s.starts_at, s.id"_s;
    SqlQuery query(m_database, sql);
    if (from.isValid())
        query.bind(u":from"_s, dateValue(from));
    if (to.isValid())
        query.bind(u":to"_s, dateValue(to.addDays(1)));
    if (bilanId)
        query.bind(u":bilan"_s, *bilanId);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<Session> sessions;
    while (query.next())
        sessions.append(readSession(query));
    return sessions;
}

Result<void> SqlSessionRepository::writeNotes(qint64 sessionId, const QString& notes)
{
    // Empty notes leave no content row behind: nothing to destroy later.
    if (notes.trimmed().isEmpty()) {
        SqlQuery remove(m_database, u"DELETE FROM session_note WHERE session_id = :id"_s);
        remove.bind(u":id"_s, sessionId);
        return remove.exec();
    }
    SqlQuery upsert(m_database, u"INSERT INTO session_note (session_id, body, updated_at) VALUES (:id, :body, "
                                u"CURRENT_TIMESTAMP) ON CONFLICT (session_id) DO UPDATE SET body = excluded.body, "
                                u"updated_at = excluded.updated_at, version = session_note.version + 1"_s);
    upsert.bind(u":id"_s, sessionId).bind(u":body"_s, notes);
    return upsert.exec();
}

} // namespace parcours
