// Session records, scans and absences over Qt Sql (the agenda and CPF queries are in SqlAgendaQueries.cpp).
#include "SqlScheduleRepository.h"

#include "Database.h"
#include "SqlQuery.h"
#include "SqlRepositories.h"

#include <parcours/core/StoreEvents.h>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

const QString kRecordSelect = u"SELECT r.session_id, r.cancelled_by, r.moved_to, r.place, r.attendance_signed, "
                              u"r.consultant_attested, r.beneficiary_confirmed, r.personal_work_minutes, "
                              u"r.handed_over, r.version, "
                              u"(SELECT f.session_id FROM session_record f WHERE f.moved_to = r.session_id "
                              u"ORDER BY f.session_id LIMIT 1), sc.file_name "
                              u"FROM session_record r LEFT JOIN session_scan sc ON sc.session_id = r.session_id "_s;

SessionRecord readRecord(const SqlQuery& query)
{
    SessionRecord record;
    record.sessionId = query.value(0).toLongLong();
    if (!query.value(1).isNull())
        record.cancelledBy = fromKey<Party>(query.value(1).toString());
    record.movedTo = query.value(2).isNull() ? 0 : query.value(2).toLongLong();
    if (!query.value(3).isNull())
        record.place = fromKey<Place>(query.value(3).toString());
    record.attendanceSigned = query.value(4).toBool();
    record.consultantAttested = query.value(5).toBool();
    record.beneficiaryConfirmed = query.value(6).toBool();
    record.personalWorkMinutes = query.value(7).toInt();
    record.handedOver = query.value(8).toString();
    record.version = query.value(9).toInt();
    record.movedFrom = query.value(10).isNull() ? 0 : query.value(10).toLongLong();
    record.scanFileName = query.value(11).toString();
    return record;
}

QVariant optionalKey(const std::optional<QString>& key)
{
    return key ? QVariant(*key) : QVariant(QMetaType::fromType<QString>());
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

SqlScheduleRepository::SqlScheduleRepository(Database& database, StoreEvents& events)
    : m_database(database), m_events(events)
{ }

qint64 SqlScheduleRepository::bilanOf(qint64 sessionId)
{
    SqlQuery query(m_database, u"SELECT bilan_id FROM session WHERE id = :id"_s);
    query.bind(u":id"_s, sessionId);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

Result<std::optional<SessionRecord>> SqlScheduleRepository::record(qint64 sessionId)
{
    SqlQuery query(m_database, kRecordSelect + u"WHERE r.session_id = :id"_s);
    query.bind(u":id"_s, sessionId);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next()) {
        // No record yet; the session may still be the target of a move.
        SqlQuery from(m_database, u"SELECT session_id FROM session_record WHERE moved_to = :id ORDER BY session_id"_s);
        from.bind(u":id"_s, sessionId);
        if (auto done = from.exec(); !done)
            return done.error();
        if (!from.next())
            return std::optional<SessionRecord>();
        SessionRecord empty;
        empty.sessionId = sessionId;
        empty.movedFrom = from.value(0).toLongLong();
        return std::optional(empty);
    }
    return std::optional(readRecord(query));
}

Result<QHash<qint64, SessionRecord>> SqlScheduleRepository::recordsForBilan(qint64 bilanId)
{
    SqlQuery query(m_database, kRecordSelect + u"JOIN session s ON s.id = r.session_id WHERE s.bilan_id = :bilan"_s);
    query.bind(u":bilan"_s, bilanId);
    if (auto done = query.exec(); !done)
        return done.error();
    QHash<qint64, SessionRecord> records;
    while (query.next()) {
        const SessionRecord record = readRecord(query);
        records.insert(record.sessionId, record);
    }
    // Sessions planned in place of another have no record of their own until logged: say where they come from.
    QList<SessionRecord> targets;
    for (const SessionRecord& record : std::as_const(records)) {
        if (record.movedTo > 0 && !records.contains(record.movedTo)) {
            SessionRecord target;
            target.sessionId = record.movedTo;
            target.movedFrom = record.sessionId;
            targets << target;
        }
    }
    for (const SessionRecord& target : std::as_const(targets))
        records.insert(target.sessionId, target);
    return records;
}

Result<void> SqlScheduleRepository::putRecord(const SessionRecord& record)
{
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    const QString fields = u"cancelled_by = :by, moved_to = :moved, place = :place, attendance_signed = :signed, "
                           u"consultant_attested = :attested, beneficiary_confirmed = :confirmed, "
                           u"personal_work_minutes = :work, handed_over = :handed, updated_at = CURRENT_TIMESTAMP"_s;
    const bool exists = [&] {
        SqlQuery probe(m_database, u"SELECT 1 FROM session_record WHERE session_id = :id"_s);
        probe.bind(u":id"_s, record.sessionId);
        return probe.exec() && probe.next();
    }();
    SqlQuery query(m_database,
        exists ? u"UPDATE session_record SET "_s + fields
                + u", version = version + 1 WHERE session_id = :id AND version = :version"_s
               : u"INSERT INTO session_record (session_id, cancelled_by, moved_to, place, attendance_signed, "
                 u"consultant_attested, beneficiary_confirmed, personal_work_minutes, handed_over, "
                 u"updated_at) VALUES (:id, :by, :moved, :place, :signed, :attested, :confirmed, :work, "
                 u":handed, CURRENT_TIMESTAMP)"_s);
    query.bind(u":id"_s, record.sessionId)
        .bind(u":by"_s, optionalKey(record.cancelledBy ? std::optional(toKey(*record.cancelledBy)) : std::nullopt))
        .bind(u":moved"_s, idOrNull(record.movedTo))
        .bind(u":place"_s, optionalKey(record.place ? std::optional(toKey(*record.place)) : std::nullopt))
        .bind(u":signed"_s, record.attendanceSigned)
        .bind(u":attested"_s, record.consultantAttested)
        .bind(u":confirmed"_s, record.beneficiaryConfirmed)
        .bind(u":work"_s, record.personalWorkMinutes)
        .bind(u":handed"_s, textValue(record.handedOver));
    if (exists)
        query.bind(u":version"_s, record.version);
    if (auto done = query.exec(); !done)
        return done.error();
    if (exists && query.rowsAffected() != 1) {
        return makeError(ErrorCode::Conflict,
            QCoreApplication::translate("Storage",
                "This session was logged by "
                "someone else since you opened it."));
    }
    const qint64 sessionId = record.sessionId;
    const qint64 bilanId = bilanOf(sessionId);
    m_database.afterCommit([this, sessionId, bilanId] { Q_EMIT m_events.sessionChanged(sessionId, bilanId); });
    return transaction->commit();
}

Result<void> SqlScheduleRepository::removeRecord(qint64 sessionId)
{
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    SqlQuery query(m_database, u"DELETE FROM session_record WHERE session_id = :id"_s);
    query.bind(u":id"_s, sessionId);
    if (auto done = query.exec(); !done)
        return done.error();
    const qint64 bilanId = bilanOf(sessionId);
    m_database.afterCommit([this, sessionId, bilanId] { Q_EMIT m_events.sessionChanged(sessionId, bilanId); });
    return transaction->commit();
}

Result<std::optional<SessionScan>> SqlScheduleRepository::scan(qint64 sessionId)
{
    SqlQuery query(m_database, u"SELECT file_name, media_type, content FROM session_scan WHERE session_id = :id"_s);
    query.bind(u":id"_s, sessionId);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return std::optional<SessionScan>();
    return std::optional(
        SessionScan { sessionId, query.value(0).toString(), query.value(1).toString(), query.value(2).toByteArray() });
}

Result<void> SqlScheduleRepository::putScan(const SessionScan& scan)
{
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    SqlQuery query(m_database,
        u"INSERT INTO session_scan (session_id, file_name, media_type, content, added_at) "
        u"VALUES (:id, :name, :type, :content, CURRENT_TIMESTAMP) ON CONFLICT (session_id) DO "
        u"UPDATE SET file_name = excluded.file_name, media_type = excluded.media_type, "
        u"content = excluded.content, added_at = excluded.added_at, "
        u"version = session_scan.version + 1"_s);
    query.bind(u":id"_s, scan.sessionId)
        .bind(u":name"_s, textValue(scan.fileName))
        .bind(u":type"_s, textValue(scan.mediaType))
        .bind(u":content"_s, scan.content);
    if (auto done = query.exec(); !done)
        return done.error();
    const qint64 sessionId = scan.sessionId;
    const qint64 bilanId = bilanOf(sessionId);
    m_database.afterCommit([this, sessionId, bilanId] { Q_EMIT m_events.sessionChanged(sessionId, bilanId); });
    return transaction->commit();
}

Result<void> SqlScheduleRepository::removeScan(qint64 sessionId)
{
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    SqlQuery query(m_database, u"DELETE FROM session_scan WHERE session_id = :id"_s);
    query.bind(u":id"_s, sessionId);
    if (auto done = query.exec(); !done)
        return done.error();
    const qint64 bilanId = bilanOf(sessionId);
    m_database.afterCommit([this, sessionId, bilanId] { Q_EMIT m_events.sessionChanged(sessionId, bilanId); });
    return transaction->commit();
}

Result<QList<Absence>> SqlScheduleRepository::absences(QDate from, QDate to)
{
    QString sql = u"SELECT id, first_day, last_day, label, version FROM consultant_absence WHERE 1 = 1 "_s;
    if (from.isValid())
        sql += u"AND last_day >= :from "_s;
    if (to.isValid())
        sql += u"AND first_day <= :to "_s;
    SqlQuery query(m_database, sql + u"ORDER BY first_day, id"_s);
    if (from.isValid())
        query.bind(u":from"_s, dateValue(from));
    if (to.isValid())
        query.bind(u":to"_s, dateValue(to));
    if (auto done = query.exec(); !done)
        return done.error();
    QList<Absence> absences;
    while (query.next()) {
        absences << Absence { query.value(0).toLongLong(), readDate(query.value(1)), readDate(query.value(2)),
            query.value(3).toString(), query.value(4).toInt() };
    }
    return absences;
}

Result<qint64> SqlScheduleRepository::addAbsence(const Absence& absence)
{
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    SqlQuery query(m_database,
        u"INSERT INTO consultant_absence (first_day, last_day, label) VALUES (:first, :last, "
        u":label) RETURNING id"_s);
    query.bind(u":first"_s, dateValue(absence.firstDay))
        .bind(u":last"_s, dateValue(absence.lastDay))
        .bind(u":label"_s, textValue(absence.label));
    auto id = query.execReturningId();
    if (!id)
        return id.error();
    m_database.afterCommit([this] { Q_EMIT m_events.absencesChanged(); });
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return id.value();
}

Result<void> SqlScheduleRepository::removeAbsence(qint64 id)
{
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    SqlQuery query(m_database, u"DELETE FROM consultant_absence WHERE id = :id"_s);
    query.bind(u":id"_s, id);
    if (auto done = query.exec(); !done)
        return done.error();
    if (query.rowsAffected() != 1)
        return notFound(QCoreApplication::translate("Storage", "absence"), id);
    m_database.afterCommit([this] { Q_EMIT m_events.absencesChanged(); });
    return transaction->commit();
}

} // namespace parcours
