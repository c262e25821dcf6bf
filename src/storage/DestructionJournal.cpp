#include "DestructionJournal.h"

#include "Database.h"
#include "Erasure.h"
#include "SqlQuery.h"

#include <parcours/core/DataInventory.h>
#include <parcours/storage/DatabaseLocation.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

/// Which rows of `table` belong to the bilan `:bilan`.
QString bilanFilter(const QString& table)
{
    if (table == u"session_note")
        return u"session_id IN (SELECT id FROM session WHERE bilan_id = :bilan)"_s;
    if (table == u"competence_experience")
        return u"competence_id IN (SELECT id FROM competence WHERE bilan_id = :bilan)"_s;
    if (table == u"test_report_file")
        return u"test_result_id IN (SELECT id FROM test_result WHERE bilan_id = :bilan)"_s;
    if (table == u"career_option_aspect")
        return u"option_id IN (SELECT id FROM career_option WHERE bilan_id = :bilan)"_s;
    if (table == u"evaluation_comment")
        return u"evaluation_id IN (SELECT id FROM evaluation WHERE bilan_id = :bilan)"_s;
    if (table == u"synthesis_section" || table == u"synthesis_action")
        return u"version_id IN (SELECT id FROM synthesis_version WHERE bilan_id = :bilan)"_s;
    return u"bilan_id = :bilan"_s;
}

QString stamp(const QDateTime& at)
{
    return at.isValid() ? at.toString(u"yyyy-MM-ddTHH:mm"_s) : QString();
}

QDateTime unstamp(const QString& text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, u"yyyy-MM-ddTHH:mm"_s);
}

QString kindsText(const QList<ContentKind>& kinds)
{
    QStringList keys;
    for (ContentKind kind : kinds)
        keys << toKey(kind);
    return keys.join(u',');
}

QList<ContentKind> kindsFrom(const QString& text)
{
    QList<ContentKind> kinds;
    for (const QString& key : text.split(u',', Qt::SkipEmptyParts)) {
        if (auto kind = fromKey<ContentKind>(key))
            kinds << *kind;
    }
    return kinds;
}

Error journalError(const QString& file)
{
    return makeError(ErrorCode::Io,
        QCoreApplication::translate("Storage", "Cannot write the destruction journal %1: nothing was destroyed.")
            .arg(file));
}

} // namespace

QString destructionJournalPath(const DatabaseLocation& location)
{
    if (location.isPostgres() || location.path.isEmpty())
        return {};
    const QFileInfo database(location.path);
    return database.absolutePath() + u'/' + database.completeBaseName() + u"-destructions.jsonl"_s;
}

Result<QMap<ContentKind, int>> countContent(Database& database, qint64 bilanId)
{
    QMap<ContentKind, int> counts;
    for (ContentKind kind : kAllContentKinds) {
        int rows = 0;
        for (const QString& table : DataInventory::tablesOf(kind)) {
            SqlQuery query(database, u"SELECT count(*) FROM %1 WHERE %2"_s.arg(table, bilanFilter(table)));
            query.bind(u":bilan"_s, bilanId);
            if (auto done = query.exec(); !done)
                return done.error();
            if (query.next())
                rows += query.value(0).toInt();
        }
        if (rows > 0)
            counts.insert(kind, rows);
    }
    return counts;
}

Result<QMap<ContentKind, int>> deleteContent(Database& database, qint64 bilanId, const QList<ContentKind>& kinds)
{
    QMap<ContentKind, int> counts;
    for (ContentKind kind : kinds) {
        int rows = 0;
        for (const QString& table : DataInventory::tablesOf(kind)) {
            SqlQuery query(database, u"DELETE FROM %1 WHERE %2"_s.arg(table, bilanFilter(table)));
            query.bind(u":bilan"_s, bilanId);
            if (auto done = query.exec(); !done)
                return done.error();
            rows += std::max(0, query.rowsAffected());
        }
        counts.insert(kind, rows);
    }
    return counts;
}

Result<qint64> insertDestruction(Database& database, const DestructionRecord& record)
{
    SqlQuery existing(database, u"SELECT id FROM destruction WHERE uid = :uid"_s);
    existing.bind(u":uid"_s, record.uid);
    if (auto done = existing.exec(); !done)
        return done.error();
    if (existing.next())
        return existing.value(0).toLongLong();
    SqlQuery query(database,
        u"INSERT INTO destruction (uid, operation, client_id, client_created_at, bilan_id, bilan_created_at, "
        u"contents, counts, done_at, done_by) VALUES (:uid, :operation, :client, :client_created, :bilan, "
        u":bilan_created, :contents, :counts, :done_at, :done_by) RETURNING id"_s);
    query.bind(u":uid"_s, record.uid)
        .bind(u":operation"_s, toKey(record.operation))
        .bind(u":client"_s, record.clientId)
        .bind(u":client_created"_s, wallClockValue(record.clientCreatedAt))
        .bind(u":bilan"_s, record.bilanId)
        .bind(u":bilan_created"_s, wallClockValue(record.bilanCreatedAt))
        .bind(u":contents"_s, textValue(kindsText(record.contents)))
        .bind(u":counts"_s, textValue(formatCounts(record.counts)))
        .bind(u":done_at"_s, wallClockValue(record.doneAt))
        .bind(u":done_by"_s, textValue(record.doneBy));
    return query.execReturningId();
}

Result<void> appendToJournal(const QString& file, const DestructionRecord& record)
{
    if (file.isEmpty())
        return success();
    QJsonObject entry { { u"uid"_s, record.uid }, { u"operation"_s, toKey(record.operation) },
        { u"client_id"_s, record.clientId }, { u"client_created_at"_s, stamp(record.clientCreatedAt) },
        { u"bilan_id"_s, record.bilanId }, { u"bilan_created_at"_s, stamp(record.bilanCreatedAt) },
        { u"contents"_s, kindsText(record.contents) }, { u"counts"_s, formatCounts(record.counts) },
        { u"done_at"_s, stamp(record.doneAt) }, { u"done_by"_s, record.doneBy } };
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Append))
        return journalError(file);
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray line = QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n';
    if (out.write(line) != line.size() || !out.flush() || ::fsync(out.handle()) != 0)
        return journalError(file);
    return success();
}

Result<QList<DestructionRecord>> readJournal(const QString& file)
{
    QList<DestructionRecord> records;
    if (file.isEmpty() || !QFile::exists(file))
        return records;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io,
            QCoreApplication::translate("Storage", "Cannot read the destruction journal %1.").arg(file));
    }
    while (!in.atEnd()) {
        const QByteArray line = in.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject entry = QJsonDocument::fromJson(line).object();
        const auto operation = fromKey<DestructionOperation>(entry.value(u"operation"_s).toString());
        if (entry.value(u"uid"_s).toString().isEmpty() || !operation) {
            // A line cut short by a crash while it was written: the destruction it announced was rolled back.
            continue;
        }
        DestructionRecord record;
        record.uid = entry.value(u"uid"_s).toString();
        record.operation = *operation;
        record.clientId = entry.value(u"client_id"_s).toInteger();
        record.clientCreatedAt = unstamp(entry.value(u"client_created_at"_s).toString());
        record.bilanId = entry.value(u"bilan_id"_s).toInteger();
        record.bilanCreatedAt = unstamp(entry.value(u"bilan_created_at"_s).toString());
        record.contents = kindsFrom(entry.value(u"contents"_s).toString());
        record.counts = parseCounts(entry.value(u"counts"_s).toString());
        record.doneAt = unstamp(entry.value(u"done_at"_s).toString());
        record.doneBy = entry.value(u"done_by"_s).toString();
        records << record;
    }
    return records;
}

Result<void> reapply(Database& database, const DestructionRecord& record)
{
    if (record.operation == DestructionOperation::DestroyContent && record.bilanId > 0) {
        SqlQuery bilan(database, u"SELECT created_at FROM bilan WHERE id = :bilan"_s);
        bilan.bind(u":bilan"_s, record.bilanId);
        if (auto done = bilan.exec(); !done)
            return done.error();
        // Another bilan may carry the id in a copy made before the one destroyed existed: it is left alone.
        if (bilan.next() && stamp(readWallClock(bilan.value(0))) == stamp(record.bilanCreatedAt)) {
            if (auto deleted = deleteContent(database, record.bilanId, record.contents); !deleted)
                return deleted.error();
        }
    }
    const bool erasure = record.operation == DestructionOperation::EraseClient
        || record.operation == DestructionOperation::ReduceClient;
    if (erasure && record.clientId > 0) {
        SqlQuery client(database, u"SELECT created_at FROM client WHERE id = :client"_s);
        client.bind(u":client"_s, record.clientId);
        if (auto done = client.exec(); !done)
            return done.error();
        // As for a bilan: another person may carry the id in a copy made before the one erased was recorded.
        if (client.next() && stamp(readWallClock(client.value(0))) == stamp(record.clientCreatedAt)) {
            const bool keepProof = record.operation == DestructionOperation::ReduceClient;
            if (auto erased = erasePerson(database, record.clientId, keepProof); !erased)
                return erased.error();
        }
    }
    if (auto inserted = insertDestruction(database, record); !inserted)
        return inserted.error();
    return success();
}

} // namespace parcours
