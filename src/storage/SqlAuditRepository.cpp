#include "SqlAuditRepository.h"

#include "Database.h"
#include "SqlQuery.h"

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

/// The key of the advisory lock that puts a cabinet's appends one after the other.
constexpr qint64 kAppendLock = 0x50415243'41554454; // "PARCAUDT"

QString utcText(const QDateTime& at)
{
    return at.toUTC().toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
}

QDateTime fromUtcText(const QString& text)
{
    if (text.isEmpty())
        return {};
    QDateTime at = QDateTime::fromString(text, Qt::ISODate);
    return at.toUTC();
}

} // namespace

SqlAuditRepository::SqlAuditRepository(Database& database)
    : m_database(database)
{
}

Result<AuditTail> SqlAuditRepository::tail()
{
    if (m_database.isPostgres()) {
        SqlQuery lock(m_database, u"SELECT pg_advisory_xact_lock(:key)"_s);
        lock.bind(u":key"_s, kAppendLock);
        if (auto done = lock.exec(); !done)
            return done.error();
    }
    SqlQuery query(m_database, u"SELECT head_seq, head_hash FROM audit_anchor WHERE id = 1"_s);
    if (auto done = query.exec(); !done)
        return done.error();
    AuditTail tail;
    if (query.next()) {
        tail.seq = query.value(0).toLongLong();
        tail.hash = query.value(1).toString();
    }
    return tail;
}

Result<void> SqlAuditRepository::append(const AuditEntry& entry)
{
    SqlQuery query(m_database,
        u"INSERT INTO audit_entry (seq, done_at, who, operation, record_kind, record_id, bilan_id, what, prev_hash, "
        u"hash) VALUES (:seq, :at, :who, :operation, :kind, :id, :bilan, :what, :prev, :hash)"_s);
    query.bind(u":seq"_s, entry.seq)
        .bind(u":at"_s, utcText(entry.at))
        .bind(u":who"_s, textValue(entry.who))
        .bind(u":operation"_s, toKey(entry.operation))
        .bind(u":kind"_s, toKey(entry.recordKind))
        .bind(u":id"_s, entry.recordId)
        .bind(u":bilan"_s, entry.bilanId)
        .bind(u":what"_s, textValue(entry.what))
        .bind(u":prev"_s, textValue(entry.prevHash))
        .bind(u":hash"_s, entry.hash);
    return query.exec();
}

Result<QList<AuditEntry>> SqlAuditRepository::entries(const AuditFilter& filter)
{
    QString sql = u"SELECT seq, done_at, who, operation, record_kind, record_id, bilan_id, what, prev_hash, hash "
                  u"FROM audit_entry WHERE 1 = 1"_s;
    if (filter.bilanId)
        sql += u" AND bilan_id = :bilan"_s;
    if (filter.since.isValid())
        sql += u" AND done_at >= :since"_s;
    sql += u" ORDER BY seq"_s;
    SqlQuery query(m_database, sql);
    if (filter.bilanId)
        query.bind(u":bilan"_s, *filter.bilanId);
    if (filter.since.isValid())
        query.bind(u":since"_s, filter.since.toString(Qt::ISODate));
    if (auto done = query.exec(); !done)
        return done.error();
    QList<AuditEntry> entries;
    while (query.next()) {
        AuditEntry entry;
        entry.seq = query.value(0).toLongLong();
        entry.at = fromUtcText(query.value(1).toString());
        entry.who = query.value(2).toString();
        // An unknown key (edited by hand) reads as a value that no longer hashes to the stored hash.
        entry.operation = fromKey<AuditOperation>(query.value(3).toString()).value_or(AuditOperation::Purge);
        entry.recordKind = fromKey<AuditRecord>(query.value(4).toString()).value_or(AuditRecord::None);
        entry.recordId = query.value(5).toLongLong();
        entry.bilanId = query.value(6).toLongLong();
        entry.what = query.value(7).toString();
        entry.prevHash = query.value(8).toString();
        entry.hash = query.value(9).toString();
        entries << entry;
    }
    return entries;
}

Result<AuditAnchor> SqlAuditRepository::anchor()
{
    SqlQuery query(m_database,
        u"SELECT seq, hash, last_at, purged_at, head_seq, head_hash FROM audit_anchor WHERE id = 1"_s);
    if (auto done = query.exec(); !done)
        return done.error();
    AuditAnchor anchor;
    if (query.next()) {
        anchor.seq = query.value(0).toLongLong();
        anchor.hash = query.value(1).toString();
        anchor.lastAt = fromUtcText(query.value(2).toString());
        anchor.purgedAt = fromUtcText(query.value(3).toString());
        anchor.headSeq = query.value(4).toLongLong();
        anchor.headHash = query.value(5).toString();
    }
    return anchor;
}

Result<int> SqlAuditRepository::purgeBefore(const QDateTime& cutoff, const QDateTime& now)
{
    if (m_database.isPostgres()) {
        // Through the owner's function: a cabinet's consultant has no right to delete entries or move the anchor.
        SqlQuery query(m_database, u"SELECT parcours_audit_purge(:cutoff, :now)"_s);
        query.bind(u":cutoff"_s, utcText(cutoff)).bind(u":now"_s, utcText(now));
        if (auto done = query.exec(); !done)
            return done.error();
        return query.next() ? query.value(0).toInt() : 0;
    }
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    SqlQuery last(m_database,
        u"SELECT e.seq, e.hash, e.done_at FROM audit_entry e, audit_anchor a WHERE a.id = 1 AND e.seq > a.seq "
        u"AND e.seq = COALESCE((SELECT min(seq) FROM audit_entry WHERE done_at >= :cutoff) - 1, a.head_seq)"_s);
    last.bind(u":cutoff"_s, utcText(cutoff));
    if (auto done = last.exec(); !done)
        return done.error();
    if (!last.next())
        return 0;
    const qint64 seq = last.value(0).toLongLong();
    SqlQuery move(m_database,
        u"UPDATE audit_anchor SET seq = :seq, hash = :hash, last_at = :last, purged_at = :now WHERE id = 1"_s);
    move.bind(u":seq"_s, seq)
        .bind(u":hash"_s, last.value(1).toString())
        .bind(u":last"_s, last.value(2).toString())
        .bind(u":now"_s, utcText(now));
    if (auto done = move.exec(); !done)
        return done.error();
    SqlQuery remove(m_database, u"DELETE FROM audit_entry WHERE seq <= :seq"_s);
    remove.bind(u":seq"_s, seq);
    if (auto done = remove.exec(); !done)
        return done.error();
    const int gone = std::max(0, remove.rowsAffected());
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return gone;
}

Result<QString> SqlAuditRepository::login()
{
    if (!m_database.isPostgres())
        return QString();
    if (!m_login) {
        SqlQuery query(m_database, u"SELECT current_user"_s);
        if (auto done = query.exec(); !done)
            return done.error();
        m_login = query.next() ? query.value(0).toString() : QString();
    }
    return *m_login;
}

Result<bool> SqlAuditRepository::readsEveryEntry()
{
    if (!m_database.isPostgres())
        return true;
    // The tables' owner and superusers are not subject to row-level security; a manager reads every entry.
    SqlQuery query(m_database,
        u"SELECT r.rolsuper OR pg_get_userbyid(c.relowner) = current_user "
        u"OR CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'parcours_manager') "
        u"THEN pg_has_role(current_user, 'parcours_manager', 'MEMBER') ELSE false END "
        u"FROM pg_class c JOIN pg_roles r ON r.rolname = current_user WHERE c.relname = 'audit_entry'"_s);
    if (auto done = query.exec(); !done)
        return done.error();
    return query.next() && query.value(0).toBool();
}

} // namespace parcours
