#include "SqlDisclosureRepository.h"

#include "ConsentRows.h"
#include "Database.h"
#include "SqlQuery.h"

#include <parcours/core/StoreEvents.h>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

const QString kConsentColumns = u"id, bilan_id, recipient_kind, recipient_name, what, signed_on, withdrawn_on, "
                                u"recorded_at, version"_s;

DisclosureConsent readConsent(const SqlQuery& query)
{
    DisclosureConsent consent;
    consent.id = query.value(0).toLongLong();
    consent.bilanId = query.value(1).toLongLong();
    consent.recipientKind = fromKey<RecipientKind>(query.value(2).toString()).value_or(RecipientKind::Other);
    consent.recipientName = query.value(3).toString();
    consent.what = parseItems(query.value(4).toString()).value_or(QList<DisclosedItem>());
    consent.signedOn = readDate(query.value(5));
    consent.withdrawnOn = readDate(query.value(6));
    consent.recordedAt = readWallClock(query.value(7));
    consent.version = query.value(8).toInt();
    return consent;
}

} // namespace

SqlDisclosureRepository::SqlDisclosureRepository(Database& database, StoreEvents& events)
    : m_database(database), m_events(events)
{ }

void SqlDisclosureRepository::announce(qint64 bilanId)
{
    m_database.afterCommit([this, bilanId] { Q_EMIT m_events.retentionChanged(bilanId); });
}

Result<QList<DisclosureConsent>> SqlDisclosureRepository::readConsents(const QString& where, qint64 key)
{
    return selectRowsWhere<DisclosureConsent>(
        m_database, u"disclosure_consent"_s, kConsentColumns, where, key, u"signed_on, id"_s, readConsent);
}

Result<QList<DisclosureConsent>> SqlDisclosureRepository::consents(qint64 bilanId)
{
    return readConsents(u"bilan_id"_s, bilanId);
}

Result<DisclosureConsent> SqlDisclosureRepository::consent(qint64 id)
{
    auto found = readConsents(u"id"_s, id);
    if (!found)
        return found.error();
    if (found->isEmpty()) {
        return makeError(ErrorCode::NotFound,
            QCoreApplication::translate("Storage", "No consent to send results has this number."));
    }
    return found->first();
}

Result<qint64> SqlDisclosureRepository::addConsent(const DisclosureConsent& consent)
{
    SqlQuery query(m_database,
        u"INSERT INTO disclosure_consent (bilan_id, recipient_kind, recipient_name, what, signed_on, recorded_at) "
        u"VALUES (:bilan, :kind, :name, :what, :signed, :recorded) RETURNING id"_s);
    query.bind(u":bilan"_s, consent.bilanId)
        .bind(u":kind"_s, toKey(consent.recipientKind))
        .bind(u":name"_s, textValue(consent.recipientName))
        .bind(u":what"_s, formatItems(consent.what))
        .bind(u":signed"_s, dateValue(consent.signedOn))
        .bind(u":recorded"_s, wallClockValue(consent.recordedAt));
    auto id = query.execReturningId();
    if (id)
        announce(consent.bilanId);
    return id;
}

Result<void> SqlDisclosureRepository::withdrawConsent(const DisclosureConsent& consent)
{
    if (auto done = withdrawConsentRow(m_database, u"disclosure_consent"_s, consent.id, consent.version,
            consent.withdrawnOn);
        !done)
        return done;
    announce(consent.bilanId);
    return success();
}

Result<QSet<qint64>> SqlDisclosureRepository::bilansWithSynthesisSentToCep()
{
    SqlQuery query(m_database,
        u"SELECT DISTINCT d.bilan_id FROM disclosure d JOIN disclosure_consent c ON c.id = d.consent_id "
        u"WHERE d.what = 'synthesis' AND c.recipient_kind = 'cep'"_s);
    if (auto done = query.exec(); !done)
        return done.error();
    QSet<qint64> bilans;
    while (query.next())
        bilans.insert(query.value(0).toLongLong());
    return bilans;
}

Result<QList<DisclosureRecord>> SqlDisclosureRepository::disclosures(qint64 bilanId)
{
    SqlQuery query(m_database,
        u"SELECT id, consent_id, bilan_id, what, sent_at, sent_by, file_name FROM disclosure "
        u"WHERE bilan_id = :bilan ORDER BY sent_at, id"_s);
    query.bind(u":bilan"_s, bilanId);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<DisclosureRecord> records;
    while (query.next()) {
        DisclosureRecord record;
        record.id = query.value(0).toLongLong();
        record.consentId = query.value(1).toLongLong();
        record.bilanId = query.value(2).toLongLong();
        record.what = fromKey<DisclosedItem>(query.value(3).toString()).value_or(DisclosedItem::Synthesis);
        record.sentAt = readWallClock(query.value(4));
        record.sentBy = query.value(5).toString();
        record.fileName = query.value(6).toString();
        records << record;
    }
    return records;
}

Result<qint64> SqlDisclosureRepository::addDisclosure(const DisclosureRecord& record)
{
    SqlQuery query(m_database,
        u"INSERT INTO disclosure (consent_id, bilan_id, what, sent_at, sent_by, file_name) "
        u"VALUES (:consent, :bilan, :what, :sent, :by, :file) RETURNING id"_s);
    query.bind(u":consent"_s, record.consentId)
        .bind(u":bilan"_s, record.bilanId)
        .bind(u":what"_s, toKey(record.what))
        .bind(u":sent"_s, wallClockValue(record.sentAt))
        .bind(u":by"_s, textValue(record.sentBy))
        .bind(u":file"_s, textValue(record.fileName));
    auto id = query.execReturningId();
    if (id)
        announce(record.bilanId);
    return id;
}

} // namespace parcours
