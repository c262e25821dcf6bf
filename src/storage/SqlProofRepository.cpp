#include "Database.h"
#include "SqlQuery.h"
#include "SqlRepositories.h"

#include <parcours/core/StoreEvents.h>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

QString agreementKind()
{
    return QCoreApplication::translate("Storage", "agreement");
}

QString receiptKind()
{
    return QCoreApplication::translate("Storage", "handover receipt");
}

/// The record was written by someone else since it was read (or created by them first).
Error changedMeanwhile(const QString& kind)
{
    return makeError(ErrorCode::Conflict,
                     QCoreApplication::translate("Storage", "This %1 was changed by someone else since you opened it.")
                         .arg(kind));
}

QVariant nullableCents(const std::optional<qint64>& cents)
{
    return cents ? QVariant(*cents) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

SqlProofRepository::SqlProofRepository(Database& database, StoreEvents& events)
    : m_database(database)
    , m_events(events)
{
}

Result<AgreementRecord> SqlProofRepository::agreement(qint64 bilanId)
{
    SqlQuery query(m_database, u"SELECT sent_on, signed_on, refused_on, employer, price_cents, payment_terms, version "
                               u"FROM agreement WHERE bilan_id = :bilan"_s);
    query.bind(u":bilan"_s, bilanId);
    if (auto done = query.exec(); !done)
        return done.error();
    AgreementRecord record;
    record.bilanId = bilanId;
    if (!query.next())
        return record;
    record.sentOn = readDate(query.value(0));
    record.signedOn = readDate(query.value(1));
    record.refusedOn = readDate(query.value(2));
    record.employer = query.value(3).toString();
    if (!query.value(4).isNull())
        record.priceCents = query.value(4).toLongLong();
    record.paymentTerms = query.value(5).toString();
    record.version = query.value(6).toInt();
    return record;
}

Result<void> SqlProofRepository::saveAgreement(const AgreementRecord& record)
{
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    const bool create = record.version == 0;
    SqlQuery query(m_database,
                   create ? u"INSERT INTO agreement (bilan_id, sent_on, signed_on, refused_on, employer, price_cents, "
                            u"payment_terms) VALUES (:bilan, :sent, :signed, :refused, :employer, :price, :payment)"_s
                          : u"UPDATE agreement SET sent_on = :sent, signed_on = :signed, refused_on = :refused, "
                            u"employer = :employer, price_cents = :price, payment_terms = :payment, "
                            u"version = version + 1 WHERE bilan_id = :bilan AND version = :version"_s);
    query.bind(u":bilan"_s, record.bilanId)
        .bind(u":sent"_s, dateValue(record.sentOn))
        .bind(u":signed"_s, dateValue(record.signedOn))
        .bind(u":refused"_s, dateValue(record.refusedOn))
        .bind(u":employer"_s, textValue(record.employer))
        .bind(u":price"_s, nullableCents(record.priceCents))
        .bind(u":payment"_s, textValue(record.paymentTerms));
    if (!create)
        query.bind(u":version"_s, record.version);
    if (auto done = query.exec(); !done) {
        // Two writers creating the record at once: the second one hits the primary key.
        return create && done.error().code == ErrorCode::Refused ? Result<void>(changedMeanwhile(agreementKind()))
                                                                 : done;
    }
    if (!create && query.rowsAffected() != 1)
        return changedMeanwhile(agreementKind());
    const qint64 bilanId = record.bilanId;
    m_database.afterCommit([this, bilanId] { Q_EMIT m_events.proofChanged(bilanId); });
    return transaction->commit();
}

Result<std::optional<HandoverRecord>> SqlProofRepository::handover(qint64 bilanId)
{
    SqlQuery query(m_database, u"SELECT synthesis_number, synthesis_date, signed_on, version FROM handover_receipt "
                               u"WHERE bilan_id = :bilan"_s);
    query.bind(u":bilan"_s, bilanId);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return std::optional<HandoverRecord>();
    HandoverRecord record;
    record.bilanId = bilanId;
    record.synthesisNumber = query.value(0).toInt();
    record.synthesisDate = readDate(query.value(1));
    record.signedOn = readDate(query.value(2));
    record.version = query.value(3).toInt();
    return std::optional(record);
}

Result<void> SqlProofRepository::saveHandover(const HandoverRecord& record)
{
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    const bool create = record.version == 0;
    SqlQuery query(m_database,
                   create ? u"INSERT INTO handover_receipt (bilan_id, synthesis_number, synthesis_date, signed_on) "
                            u"VALUES (:bilan, :number, :date, :signed)"_s
                          : u"UPDATE handover_receipt SET synthesis_number = :number, synthesis_date = :date, "
                            u"signed_on = :signed, version = version + 1 WHERE bilan_id = :bilan AND version = :version"_s);
    query.bind(u":bilan"_s, record.bilanId)
        .bind(u":number"_s, record.synthesisNumber)
        .bind(u":date"_s, dateValue(record.synthesisDate))
        .bind(u":signed"_s, dateValue(record.signedOn));
    if (!create)
        query.bind(u":version"_s, record.version);
    if (auto done = query.exec(); !done)
        return create && done.error().code == ErrorCode::Refused ? Result<void>(changedMeanwhile(receiptKind()))
                                                                 : done;
    if (!create && query.rowsAffected() != 1)
        return changedMeanwhile(receiptKind());
    const qint64 bilanId = record.bilanId;
    m_database.afterCommit([this, bilanId] { Q_EMIT m_events.proofChanged(bilanId); });
    return transaction->commit();
}

} // namespace parcours
