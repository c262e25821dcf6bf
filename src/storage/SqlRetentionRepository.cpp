#include "SqlRetentionRepository.h"

#include "ConsentRows.h"
#include "Database.h"
#include "DestructionJournal.h"
#include "Erasure.h"
#include "PersonData.h"
#include "SqlQuery.h"
#include "SqlRepositories.h"

#include <parcours/core/Client.h>
#include <parcours/core/DataInventory.h>
#include <parcours/core/StoreEvents.h>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

const QString kConsentColumns
    = u"id, bilan_id, content, signed_on, scope, keep_until, withdrawn_on, recorded_at, version"_s;
const QString kDestructionColumns = u"id, uid, operation, client_id, client_created_at, bilan_id, "
                                    u"bilan_created_at, contents, counts, done_at, done_by"_s;

Error notFound(const char* what)
{
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("Storage", what));
}

RetentionConsent readConsent(const SqlQuery& query)
{
    RetentionConsent consent;
    consent.id = query.value(0).toLongLong();
    consent.bilanId = query.value(1).toLongLong();
    consent.content = fromKey<ContentKind>(query.value(2).toString()).value_or(ContentKind::Synthesis);
    consent.signedOn = readDate(query.value(3));
    consent.scope = query.value(4).toString();
    consent.keepUntil = readDate(query.value(5));
    consent.withdrawnOn = readDate(query.value(6));
    consent.recordedAt = readWallClock(query.value(7));
    consent.version = query.value(8).toInt();
    return consent;
}

DestructionRecord readDestruction(const SqlQuery& query)
{
    DestructionRecord record;
    record.id = query.value(0).toLongLong();
    record.uid = query.value(1).toString();
    record.operation = fromKey<DestructionOperation>(query.value(2).toString())
                           .value_or(DestructionOperation::DestroyContent);
    record.clientId = query.value(3).toLongLong();
    record.clientCreatedAt = readWallClock(query.value(4));
    record.bilanId = query.value(5).toLongLong();
    record.bilanCreatedAt = readWallClock(query.value(6));
    for (const QString& kindKey : query.value(7).toString().split(u',', Qt::SkipEmptyParts)) {
        if (auto kind = fromKey<ContentKind>(kindKey))
            record.contents << *kind;
    }
    record.counts = parseCounts(query.value(8).toString());
    record.doneAt = readWallClock(query.value(9));
    record.doneBy = query.value(10).toString();
    return record;
}

} // namespace

SqlRetentionRepository::SqlRetentionRepository(Database& database, StoreEvents& events, QString journalFile)
    : m_database(database), m_events(events), m_journalFile(std::move(journalFile))
{ }

Result<QMap<ContentKind, int>> SqlRetentionRepository::contentRows(qint64 bilanId)
{
    return countContent(m_database, bilanId);
}

Result<QDate> SqlRetentionRepository::lastSessionDone(qint64 bilanId)
{
    SqlQuery query(m_database, u"SELECT max(starts_at) FROM session WHERE bilan_id = :bilan AND status = 'done'"_s);
    query.bind(u":bilan"_s, bilanId);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next() || query.value(0).isNull())
        return QDate();
    return readWallClock(query.value(0)).date();
}

Result<QList<RetentionConsent>> SqlRetentionRepository::readConsents(const QString& where, qint64 key)
{
    return selectRowsWhere<RetentionConsent>(
        m_database, u"retention_consent"_s, kConsentColumns, where, key, u"signed_on, id"_s, readConsent);
}

Result<QList<RetentionConsent>> SqlRetentionRepository::consents(qint64 bilanId)
{
    return readConsents(u"bilan_id"_s, bilanId);
}

Result<RetentionConsent> SqlRetentionRepository::consent(qint64 id)
{
    auto found = readConsents(u"id"_s, id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound(QT_TRANSLATE_NOOP("Storage", "No retention consent has this number."));
    return found->first();
}

Result<qint64> SqlRetentionRepository::addConsent(const RetentionConsent& consent)
{
    SqlQuery query(m_database,
        u"INSERT INTO retention_consent (bilan_id, content, signed_on, scope, keep_until, recorded_at) "
        u"VALUES (:bilan, :content, :signed, :scope, :until, :recorded) RETURNING id"_s);
    query.bind(u":bilan"_s, consent.bilanId)
        .bind(u":content"_s, toKey(consent.content))
        .bind(u":signed"_s, dateValue(consent.signedOn))
        .bind(u":scope"_s, textValue(consent.scope))
        .bind(u":until"_s, dateValue(consent.keepUntil))
        .bind(u":recorded"_s, wallClockValue(consent.recordedAt));
    auto id = query.execReturningId();
    if (id) {
        const qint64 bilanId = consent.bilanId;
        m_database.afterCommit([this, bilanId] { Q_EMIT m_events.retentionChanged(bilanId); });
    }
    return id;
}

Result<void> SqlRetentionRepository::withdrawConsent(const RetentionConsent& consent)
{
    if (auto done = withdrawConsentRow(m_database, u"retention_consent"_s, consent.id, consent.version,
            consent.withdrawnOn);
        !done)
        return done;
    const qint64 bilanId = consent.bilanId;
    m_database.afterCommit([this, bilanId] { Q_EMIT m_events.retentionChanged(bilanId); });
    return success();
}

Result<qint64> SqlRetentionRepository::addContact(const ClientContact& contact)
{
    SqlQuery query(m_database, u"INSERT INTO client_contact (client_id, kind, contacted_on) "
                               u"VALUES (:client, :kind, :on) RETURNING id"_s);
    query.bind(u":client"_s, contact.clientId).bind(u":kind"_s, toKey(contact.kind)).bind(u":on"_s,
        dateValue(contact.on));
    return query.execReturningId();
}

Result<QList<ProspectFacts>> SqlRetentionRepository::prospects()
{
    SqlQuery query(m_database,
        u"SELECT c.id, c.first_name, c.last_name, c.created_at, (SELECT max(k.contacted_on) FROM client_contact k "
        u"WHERE k.client_id = c.id) FROM client c WHERE NOT EXISTS (SELECT 1 FROM bilan b WHERE b.client_id = c.id) "
        u"ORDER BY c.id"_s);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<ProspectFacts> prospects;
    while (query.next()) {
        ProspectFacts prospect;
        prospect.clientId = query.value(0).toLongLong();
        const QString first = query.value(1).toString();
        prospect.clientName = first.isEmpty() ? query.value(2).toString() : first + u' ' + query.value(2).toString();
        const QDate created = readWallClock(query.value(3)).date();
        const QDate contact = readDate(query.value(4));
        prospect.lastContact = contact.isValid() && contact > created ? contact : created;
        prospects << prospect;
    }
    return prospects;
}

Result<QList<BilanRetentionFacts>> SqlRetentionRepository::endedBilansWithContent()
{
    // Three statements whatever the number of bilans (the reminder reads them at start-up): the content counted per
    // bilan, the ended bilans with their beneficiary and last session done, their consents. Row-level security
    // (cabinet) filters each of them to the consultant's own beneficiaries.
    auto counts = countEndedContent(m_database);
    if (!counts)
        return counts.error();
    if (counts->isEmpty())
        return QList<BilanRetentionFacts>();
    // The last session done only decides the end of a bilan ended without an end date.
    SqlQuery bilans(m_database,
        u"SELECT %1, c.first_name, c.last_name, CASE WHEN b.end_date IS NULL THEN (SELECT max(s.starts_at) "
        u"FROM session s WHERE s.bilan_id = b.id AND s.status = 'done') END FROM bilan b "
        u"JOIN client c ON c.id = b.client_id WHERE b.status <> 'open' ORDER BY b.id"_s.arg(bilanColumns(u"b."_s)));
    if (auto done = bilans.exec(); !done)
        return done.error();
    QList<BilanRetentionFacts> ended;
    ended.reserve(counts->size());
    QHash<qint64, qsizetype> indexOf;
    indexOf.reserve(counts->size());
    const int named = 13; // the columns after bilanColumns()
    while (bilans.next()) {
        const qint64 bilanId = bilans.value(0).toLongLong();
        const auto found = counts->constFind(bilanId);
        if (found == counts->cend())
            continue;
        BilanRetentionFacts facts;
        facts.bilan = readBilan(bilans, 0);
        Client client;
        client.firstName = bilans.value(named).toString();
        client.lastName = bilans.value(named + 1).toString();
        facts.clientName = client.fullName();
        if (!bilans.value(named + 2).isNull())
            facts.lastSessionDone = readWallClock(bilans.value(named + 2)).date();
        facts.rows = found.value();
        indexOf.insert(bilanId, ended.size());
        ended << facts;
    }
    SqlQuery consents(m_database,
        u"SELECT %1 FROM retention_consent WHERE bilan_id IN (SELECT id FROM bilan WHERE status <> 'open') "
        u"ORDER BY bilan_id, signed_on, id"_s.arg(kConsentColumns));
    if (auto done = consents.exec(); !done)
        return done.error();
    while (consents.next()) {
        const RetentionConsent consent = readConsent(consents);
        if (const auto index = indexOf.constFind(consent.bilanId); index != indexOf.cend())
            ended[index.value()].consents << consent;
    }
    return ended;
}

Result<QMap<ContentKind, int>> SqlRetentionRepository::deleteContent(qint64 bilanId, const QList<ContentKind>& kinds)
{
    return parcours::deleteContent(m_database, bilanId, kinds);
}

Result<qint64> SqlRetentionRepository::addDestruction(const DestructionRecord& record)
{
    auto id = insertDestruction(m_database, record);
    if (!id)
        return id.error();
    if (auto written = appendToJournal(m_journalFile, record); !written)
        return written.error();
    // The content is gone: every view of the bilan reads it again.
    const qint64 bilanId = record.bilanId;
    const qint64 clientId = record.clientId;
    m_database.afterCommit([this, bilanId, clientId] {
        Q_EMIT m_events.retentionChanged(bilanId);
        Q_EMIT m_events.synthesisChanged(bilanId);
        Q_EMIT m_events.investigationChanged(bilanId);
        Q_EMIT m_events.bilanChanged(bilanId, clientId);
    });
    return id;
}

Result<QList<DestructionRecord>> SqlRetentionRepository::readDestructions(const QString& where, qint64 key)
{
    return selectRowsWhere<DestructionRecord>(
        m_database, u"destruction"_s, kDestructionColumns, where, key, u"done_at, id"_s, readDestruction);
}

Result<QList<DestructionRecord>> SqlRetentionRepository::destructions(qint64 bilanId)
{
    return readDestructions(u"bilan_id"_s, bilanId);
}

Result<DestructionRecord> SqlRetentionRepository::destruction(qint64 id)
{
    auto found = readDestructions(u"id"_s, id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound(QT_TRANSLATE_NOOP("Storage", "No entry of the destruction journal has this number."));
    return found->first();
}

Result<void> SqlRetentionRepository::scrub(const QList<ContentKind>& kinds)
{
    if (m_database.isPostgres()) {
        // Outside any transaction: VACUUM frees the dead rows' space so their bytes are reused.
        for (ContentKind kind : kinds) {
            for (const QString& table : DataInventory::tablesOf(kind)) {
                if (auto done = execStatement(m_database, u"VACUUM "_s + table); !done)
                    return done;
            }
        }
        return success();
    }
    // secure_delete (set at open) zeroed the rows in the pages; the WAL still holds the pages as they were.
    return execStatement(m_database, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
}

Result<QMap<QString, int>> SqlRetentionRepository::personRows(qint64 clientId)
{
    return parcours::personRows(m_database, clientId);
}

Result<QMap<ContentKind, int>> SqlRetentionRepository::erasePerson(qint64 clientId, bool keepProof)
{
    return parcours::erasePerson(m_database, clientId, keepProof);
}

Result<void> SqlRetentionRepository::scrubPerson()
{
    return scrubPersonTables(m_database);
}

Result<QList<DestructionRecord>> SqlRetentionRepository::destructionsOfClient(qint64 clientId)
{
    return readDestructions(u"client_id"_s, clientId);
}

Result<PersonDump> SqlRetentionRepository::dumpPerson(qint64 clientId, const QDateTime& exportedAt)
{
    return parcours::dumpPerson(m_database, clientId, exportedAt);
}

Result<qint64> SqlRetentionRepository::loadPerson(const QJsonObject& document, const QMap<QString, QByteArray>& files)
{
    return parcours::loadPerson(m_database, document, files);
}

} // namespace parcours
