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

/** A content table without a bilan_id column: its rows belong to a bilan through a parent row. */
struct ParentLink {
    const char16_t* table;
    const char16_t* column; ///< the column naming the parent row
    const char16_t* parent; ///< the parent table, which has a bilan_id
};

constexpr ParentLink kParentLinks[] = {
    { u"session_note", u"session_id", u"session" },
    { u"competence_experience", u"competence_id", u"competence" },
    { u"test_report_file", u"test_result_id", u"test_result" },
    { u"career_option_aspect", u"option_id", u"career_option" },
    { u"evaluation_comment", u"evaluation_id", u"evaluation" },
    { u"synthesis_section", u"version_id", u"synthesis_version" },
    { u"synthesis_action", u"version_id", u"synthesis_version" },
};

const ParentLink* parentLink(const QString& table)
{
    for (const ParentLink& link : kParentLinks) {
        if (table == QStringView(link.table))
            return &link;
    }
    return nullptr;
}

/// Which rows of `table` belong to the bilan `:bilan`.
QString bilanFilter(const QString& table)
{
    if (const ParentLink* link = parentLink(table)) {
        return u"%1 IN (SELECT id FROM %2 WHERE bilan_id = :bilan)"_s.arg(QStringView(link->column),
            QStringView(link->parent));
    }
    return u"bilan_id = :bilan"_s;
}

/// `table`'s rows per ended bilan (closed or abandoned), for counting: "SELECT <kind>, bilan, count(*) ...".
QString endedCountSelect(const QString& table, int kindIndex)
{
    const ParentLink* link = parentLink(table);
    const QString from = link ? u"%1 t JOIN %2 p ON p.id = t.%3 JOIN bilan b ON b.id = p.bilan_id"_s.arg(table,
                                    QStringView(link->parent), QStringView(link->column))
                              : u"%1 t JOIN bilan b ON b.id = t.bilan_id"_s.arg(table);
    // Grouped by the column the scan already follows (an index on bilan_id): no sort of its own.
    const QString bilan = link ? u"p.bilan_id"_s : u"t.bilan_id"_s;
    return u"SELECT %1 AS kind, %2 AS bilan_id, count(*) AS n FROM %3 WHERE b.status <> 'open' GROUP BY %2"_s
        .arg(kindIndex)
        .arg(bilan, from);
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

Result<QHash<qint64, QMap<ContentKind, int>>> countEndedContent(Database& database)
{
    // One statement for all the content tables: each is grouped by bilan, so the cost is a pass over the content
    // and never a query per bilan.
    QStringList parts;
    for (int index = 0; index < int(kAllContentKinds.size()); ++index) {
        for (const QString& table : DataInventory::tablesOf(kAllContentKinds[index]))
            parts << endedCountSelect(table, index);
    }
    SqlQuery query(database, parts.join(u" UNION ALL "_s));
    if (auto done = query.exec(); !done)
        return done.error();
    QHash<qint64, QMap<ContentKind, int>> counts;
    while (query.next()) {
        const int index = query.value(0).toInt();
        const int rows = query.value(2).toInt();
        if (index < 0 || index >= int(kAllContentKinds.size()) || rows <= 0)
            continue;
        counts[query.value(1).toLongLong()][kAllContentKinds[index]] += rows;
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
