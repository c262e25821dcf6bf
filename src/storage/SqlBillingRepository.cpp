#include "SqlBillingRepository.h"

#include "Database.h"
#include "SqlQuery.h"
#include "SqlRepositories.h"

#include <parcours/core/StoreEvents.h>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

const QString kInvoiceSelect =
    u"SELECT i.id, i.kind, i.number, i.fiscal_year, i.sequence, i.bilan_id, i.corrects_id, c.number, i.issued_on, "
    u"i.due_on, i.amount_cents, i.total_cents, i.copayment_cents, i.funder, i.buyer_name, i.buyer_address, "
    u"i.beneficiary, i.period_start, i.period_end, i.minutes, i.seller_name, i.seller_address, i.seller_siret, "
    u"i.seller_declaration, i.vat_mention, i.payment_terms, i.bank_details, i.reason, i.created_at, "
    u"CAST(COALESCE((SELECT SUM(n.amount_cents) FROM invoice n WHERE n.corrects_id = i.id), 0) AS BIGINT), "
    u"CAST(COALESCE((SELECT SUM(p.amount_cents) FROM payment p WHERE p.invoice_id = i.id), 0) AS BIGINT) "
    u"FROM invoice i LEFT JOIN invoice c ON c.id = i.corrects_id"_s;

InvoiceState readInvoice(const SqlQuery& query)
{
    InvoiceState state;
    Invoice& invoice = state.invoice;
    invoice.id = query.value(0).toLongLong();
    invoice.kind = fromKey<InvoiceKind>(query.value(1).toString()).value_or(InvoiceKind::Invoice);
    invoice.number = query.value(2).toString();
    invoice.fiscalYear = query.value(3).toInt();
    invoice.sequence = query.value(4).toInt();
    invoice.bilanId = query.value(5).toLongLong();
    if (!query.value(6).isNull())
        invoice.correctsId = query.value(6).toLongLong();
    invoice.correctsNumber = query.value(7).toString();
    invoice.issuedOn = readDate(query.value(8));
    invoice.dueOn = readDate(query.value(9));
    invoice.amountCents = query.value(10).toLongLong();
    invoice.totalCents = query.value(11).toLongLong();
    invoice.copaymentCents = query.value(12).toLongLong();
    invoice.funder = fromKey<FunderKind>(query.value(13).toString()).value_or(FunderKind::Other);
    invoice.buyerName = query.value(14).toString();
    invoice.buyerAddress = query.value(15).toString();
    invoice.beneficiary = query.value(16).toString();
    invoice.periodStart = readDate(query.value(17));
    invoice.periodEnd = readDate(query.value(18));
    invoice.minutes = query.value(19).toInt();
    invoice.sellerName = query.value(20).toString();
    invoice.sellerAddress = query.value(21).toString();
    invoice.sellerSiret = query.value(22).toString();
    invoice.sellerDeclaration = query.value(23).toString();
    invoice.vatMention = query.value(24).toString();
    invoice.paymentTerms = query.value(25).toString();
    invoice.bankDetails = query.value(26).toString();
    invoice.reason = query.value(27).toString();
    invoice.createdAt = readWallClock(query.value(28));
    state.creditedCents = query.value(29).toLongLong();
    state.paidCents = query.value(30).toLongLong();
    return state;
}

QVariant nullableId(const std::optional<qint64>& id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

QString planKind()
{
    return QCoreApplication::translate("Storage", "funding plan");
}

} // namespace

SqlBillingRepository::SqlBillingRepository(Database& database, StoreEvents& events)
    : m_database(database)
    , m_events(events)
{
}

Result<std::optional<FundingPlan>> SqlBillingRepository::plan(qint64 bilanId)
{
    SqlQuery query(m_database, u"SELECT copayment_exempt, trainee_status, version FROM funding_plan "
                               u"WHERE bilan_id = :bilan"_s);
    query.bind(u":bilan"_s, bilanId);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return std::optional<FundingPlan>();
    FundingPlan plan;
    plan.bilanId = bilanId;
    plan.copaymentExempt = query.value(0).toBool();
    if (!query.value(1).isNull())
        plan.traineeStatus = fromKey<TraineeStatus>(query.value(1).toString());
    plan.version = query.value(2).toInt();

    SqlQuery shares(m_database, u"SELECT funder, name, address, fixed_cents, basis_points FROM funding_share "
                                u"WHERE bilan_id = :bilan ORDER BY position"_s);
    shares.bind(u":bilan"_s, bilanId);
    if (auto done = shares.exec(); !done)
        return done.error();
    while (shares.next()) {
        FunderShare share;
        share.kind = fromKey<FunderKind>(shares.value(0).toString()).value_or(FunderKind::Other);
        share.name = shares.value(1).toString();
        share.address = shares.value(2).toString();
        if (!shares.value(3).isNull())
            share.fixedCents = shares.value(3).toLongLong();
        share.basisPoints = shares.value(4).toInt();
        plan.shares << share;
    }
    return std::optional(plan);
}

Result<void> SqlBillingRepository::writeShares(const FundingPlan& plan)
{
    SqlQuery clear(m_database, u"DELETE FROM funding_share WHERE bilan_id = :bilan"_s);
    clear.bind(u":bilan"_s, plan.bilanId);
    if (auto done = clear.exec(); !done)
        return done;
    for (qsizetype i = 0; i < plan.shares.size(); ++i) {
        const FunderShare& share = plan.shares[i];
        SqlQuery insert(m_database, u"INSERT INTO funding_share (bilan_id, position, funder, name, address, "
                                    u"fixed_cents, basis_points) VALUES (:bilan, :position, :funder, :name, "
                                    u":address, :fixed, :points)"_s);
        insert.bind(u":bilan"_s, plan.bilanId)
            .bind(u":position"_s, int(i))
            .bind(u":funder"_s, toKey(share.kind))
            .bind(u":name"_s, textValue(share.name))
            .bind(u":address"_s, textValue(share.address))
            .bind(u":fixed"_s, nullableId(share.fixedCents))
            .bind(u":points"_s, share.fixedCents ? 0 : share.basisPoints);
        if (auto done = insert.exec(); !done)
            return done;
    }
    return success();
}

Result<void> SqlBillingRepository::savePlan(const FundingPlan& plan)
{
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    const bool create = plan.version == 0;
    SqlQuery query(m_database,
                   create ? u"INSERT INTO funding_plan (bilan_id, copayment_exempt, trainee_status) "
                            u"VALUES (:bilan, :exempt, :status)"_s
                          : u"UPDATE funding_plan SET copayment_exempt = :exempt, trainee_status = :status, "
                            u"version = version + 1 WHERE bilan_id = :bilan AND version = :version"_s);
    query.bind(u":bilan"_s, plan.bilanId)
        .bind(u":exempt"_s, plan.copaymentExempt)
        .bind(u":status"_s, plan.traineeStatus ? QVariant(toKey(*plan.traineeStatus))
                                               : QVariant(QMetaType::fromType<QString>()));
    if (!create)
        query.bind(u":version"_s, plan.version);
    if (auto done = query.exec(); !done) {
        if (create && done.error().code == ErrorCode::Refused) {
            return makeError(ErrorCode::Conflict,
                             QCoreApplication::translate("Storage", "This %1 was changed by someone else since you "
                                                                    "opened it.")
                                 .arg(planKind()));
        }
        return done;
    }
    if (!create && query.rowsAffected() != 1) {
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("Storage", "This %1 was changed by someone else since you opened it.")
                             .arg(planKind()));
    }
    if (auto written = writeShares(plan); !written)
        return written;
    const qint64 bilanId = plan.bilanId;
    m_database.afterCommit([this, bilanId] { Q_EMIT m_events.billingChanged(bilanId); });
    return transaction->commit();
}

Result<int> SqlBillingRepository::takeNumber(QStringView series, int fiscalYear)
{
    if (!m_database.inTransaction()) {
        return makeError(ErrorCode::Storage,
                         QCoreApplication::translate("Storage", "A document number is taken only inside the "
                                                                "transaction that stores the document."));
    }
    SqlQuery create(m_database, u"INSERT INTO billing_counter (series, fiscal_year, last_number) VALUES (:series, "
                                u":year, 0) ON CONFLICT (series, fiscal_year) DO NOTHING"_s);
    create.bind(u":series"_s, series.toString()).bind(u":year"_s, fiscalYear);
    if (auto done = create.exec(); !done)
        return done.error();
    // The UPDATE takes the row's lock (PostgreSQL) or runs under the write lock of BEGIN IMMEDIATE (SQLite): a second
    // writer waits here until this transaction ends, then reads the number it left.
    SqlQuery next(m_database, u"UPDATE billing_counter SET last_number = last_number + 1 WHERE series = :series "
                              u"AND fiscal_year = :year RETURNING last_number"_s);
    next.bind(u":series"_s, series.toString()).bind(u":year"_s, fiscalYear);
    if (auto done = next.exec(); !done)
        return done.error();
    if (!next.next())
        return makeError(ErrorCode::Storage, QCoreApplication::translate("Storage", "The numbering counter is missing."));
    return next.value(0).toInt();
}

Result<QDate> SqlBillingRepository::lastIssued(InvoiceKind kind, int fiscalYear)
{
    SqlQuery query(m_database, u"SELECT issued_on FROM invoice WHERE kind = :kind AND fiscal_year = :year "
                               u"ORDER BY sequence DESC LIMIT 1"_s);
    query.bind(u":kind"_s, toKey(kind)).bind(u":year"_s, fiscalYear);
    if (auto done = query.exec(); !done)
        return done.error();
    return query.next() ? readDate(query.value(0)) : QDate();
}

Result<qint64> SqlBillingRepository::addInvoice(const Invoice& invoice)
{
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    SqlQuery query(m_database,
                   u"INSERT INTO invoice (kind, number, fiscal_year, sequence, bilan_id, corrects_id, issued_on, "
                   u"due_on, amount_cents, total_cents, copayment_cents, funder, buyer_name, buyer_address, "
                   u"beneficiary, period_start, period_end, minutes, seller_name, seller_address, seller_siret, "
                   u"seller_declaration, vat_mention, payment_terms, bank_details, reason, created_at) VALUES (:kind, "
                   u":number, :year, :sequence, :bilan, :corrects, :issued, :due, :amount, :total, :copayment, "
                   u":funder, :buyer, :buyerAddress, :beneficiary, :start, :end, :minutes, :seller, :sellerAddress, "
                   u":siret, :declaration, :vat, :terms, :bank, :reason, :created) RETURNING id"_s);
    query.bind(u":kind"_s, toKey(invoice.kind))
        .bind(u":number"_s, textValue(invoice.number))
        .bind(u":year"_s, invoice.fiscalYear)
        .bind(u":sequence"_s, invoice.sequence)
        .bind(u":bilan"_s, invoice.bilanId)
        .bind(u":corrects"_s, nullableId(invoice.correctsId))
        .bind(u":issued"_s, dateValue(invoice.issuedOn))
        .bind(u":due"_s, dateValue(invoice.dueOn))
        .bind(u":amount"_s, invoice.amountCents)
        .bind(u":total"_s, invoice.totalCents)
        .bind(u":copayment"_s, invoice.copaymentCents)
        .bind(u":funder"_s, toKey(invoice.funder))
        .bind(u":buyer"_s, textValue(invoice.buyerName))
        .bind(u":buyerAddress"_s, textValue(invoice.buyerAddress))
        .bind(u":beneficiary"_s, textValue(invoice.beneficiary))
        .bind(u":start"_s, dateValue(invoice.periodStart))
        .bind(u":end"_s, dateValue(invoice.periodEnd))
        .bind(u":minutes"_s, invoice.minutes)
        .bind(u":seller"_s, textValue(invoice.sellerName))
        .bind(u":sellerAddress"_s, textValue(invoice.sellerAddress))
        .bind(u":siret"_s, textValue(invoice.sellerSiret))
        .bind(u":declaration"_s, textValue(invoice.sellerDeclaration))
        .bind(u":vat"_s, textValue(invoice.vatMention))
        .bind(u":terms"_s, textValue(invoice.paymentTerms))
        .bind(u":bank"_s, textValue(invoice.bankDetails))
        .bind(u":reason"_s, textValue(invoice.reason))
        .bind(u":created"_s, wallClockValue(invoice.createdAt));
    auto id = query.execReturningId();
    if (!id)
        return id.error();
    const qint64 bilanId = invoice.bilanId;
    m_database.afterCommit([this, bilanId] { Q_EMIT m_events.billingChanged(bilanId); });
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return id.value();
}

Result<QList<InvoiceState>> SqlBillingRepository::select(const QString& where,
                                                         const QList<std::pair<QString, QVariant>>& binds)
{
    SqlQuery query(m_database, kInvoiceSelect + (where.isEmpty() ? QString() : u" WHERE "_s + where)
                                   + u" ORDER BY i.issued_on, i.id"_s);
    for (const auto& [name, value] : binds)
        query.bind(name, value);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<InvoiceState> states;
    while (query.next())
        states << readInvoice(query);
    return states;
}

Result<InvoiceState> SqlBillingRepository::invoice(qint64 id)
{
    auto found = select(u"i.id = :id"_s, { { u":id"_s, id } });
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound(QCoreApplication::translate("Storage", "invoice"), id);
    return found->first();
}

Result<QList<InvoiceState>> SqlBillingRepository::invoices(const InvoiceQuery& request)
{
    QStringList conditions;
    QList<std::pair<QString, QVariant>> binds;
    if (request.bilanId) {
        conditions << u"i.bilan_id = :bilan"_s;
        binds.append({ u":bilan"_s, *request.bilanId });
    }
    if (request.fiscalYear) {
        conditions << u"i.fiscal_year = :year"_s;
        binds.append({ u":year"_s, *request.fiscalYear });
    }
    if (request.unpaidOnly)
        conditions << u"i.kind = 'invoice'"_s;
    auto states = select(conditions.join(u" AND "_s), binds);
    if (!states || !request.unpaidOnly)
        return states;
    QList<InvoiceState> unpaid;
    for (const InvoiceState& state : std::as_const(states.value())) {
        if (state.balanceCents() > 0)
            unpaid << state;
    }
    return unpaid;
}

Result<qint64> SqlBillingRepository::addPayment(const Payment& payment)
{
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    SqlQuery query(m_database, u"INSERT INTO payment (invoice_id, paid_on, amount_cents, method, reference, "
                               u"created_at) VALUES (:invoice, :paid, :amount, :method, :reference, "
                               u"CURRENT_TIMESTAMP) RETURNING id"_s);
    query.bind(u":invoice"_s, payment.invoiceId)
        .bind(u":paid"_s, dateValue(payment.paidOn))
        .bind(u":amount"_s, payment.amountCents)
        .bind(u":method"_s, toKey(payment.method))
        .bind(u":reference"_s, textValue(payment.reference));
    auto id = query.execReturningId();
    if (!id)
        return id.error();
    auto owner = invoice(payment.invoiceId);
    const qint64 bilanId = owner ? owner->invoice.bilanId : 0;
    m_database.afterCommit([this, bilanId] { Q_EMIT m_events.billingChanged(bilanId); });
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return id.value();
}

Result<Payment> SqlBillingRepository::payment(qint64 id)
{
    SqlQuery query(m_database, u"SELECT invoice_id, paid_on, amount_cents, method, reference, version FROM payment "
                               u"WHERE id = :id"_s);
    query.bind(u":id"_s, id);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return notFound(QCoreApplication::translate("Storage", "payment"), id);
    Payment payment;
    payment.id = id;
    payment.invoiceId = query.value(0).toLongLong();
    payment.paidOn = readDate(query.value(1));
    payment.amountCents = query.value(2).toLongLong();
    payment.method = fromKey<PaymentMethod>(query.value(3).toString()).value_or(PaymentMethod::Other);
    payment.reference = query.value(4).toString();
    payment.version = query.value(5).toInt();
    return payment;
}

Result<QList<Payment>> SqlBillingRepository::payments(qint64 invoiceId)
{
    SqlQuery query(m_database, u"SELECT id FROM payment WHERE invoice_id = :invoice ORDER BY paid_on, id"_s);
    query.bind(u":invoice"_s, invoiceId);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    QList<Payment> payments;
    for (qint64 id : std::as_const(ids)) {
        auto one = payment(id);
        if (!one)
            return one.error();
        payments << one.value();
    }
    return payments;
}

Result<void> SqlBillingRepository::removePayment(qint64 id, int version)
{
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    auto existing = payment(id);
    if (!existing)
        return existing.error();
    SqlQuery query(m_database, u"DELETE FROM payment WHERE id = :id AND version = :version"_s);
    query.bind(u":id"_s, id).bind(u":version"_s, version);
    if (auto done = query.exec(); !done)
        return done;
    if (query.rowsAffected() != 1)
        return staleOrMissing(m_database, u"payment"_s, QCoreApplication::translate("Storage", "payment"), id);
    auto owner = invoice(existing->invoiceId);
    const qint64 bilanId = owner ? owner->invoice.bilanId : 0;
    m_database.afterCommit([this, bilanId] { Q_EMIT m_events.billingChanged(bilanId); });
    return transaction->commit();
}

Result<QList<int>> SqlBillingRepository::closedYears()
{
    SqlQuery query(m_database, u"SELECT fiscal_year FROM financial_year_closure ORDER BY fiscal_year"_s);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<int> years;
    while (query.next())
        years << query.value(0).toInt();
    return years;
}

Result<void> SqlBillingRepository::closeYear(int fiscalYear, QDate closedOn)
{
    auto transaction = WriteTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    SqlQuery query(m_database, u"INSERT INTO financial_year_closure (fiscal_year, closed_on) VALUES (:year, :on)"_s);
    query.bind(u":year"_s, fiscalYear).bind(u":on"_s, dateValue(closedOn));
    if (auto done = query.exec(); !done)
        return done;
    m_database.afterCommit([this] { Q_EMIT m_events.billingChanged(0); });
    return transaction->commit();
}

} // namespace parcours
