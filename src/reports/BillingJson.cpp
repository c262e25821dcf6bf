#include <parcours/core/WallClock.h>
#include <parcours/reports/BillingJson.h>

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace parcours::json {
namespace {

QJsonValue date(QDate value)
{
    return value.isValid() ? QJsonValue(formatIsoDate(value)) : QJsonValue(QJsonValue::Null);
}

QJsonObject people(const BpfPeopleLine& line)
{
    return { { u"line"_s, line.code }, { u"label"_s, QString::fromUtf8(line.label) }, { u"people"_s, line.people },
             { u"minutes"_s, line.minutes }, { u"hours"_s, line.hours() } };
}

} // namespace

QJsonObject invoice(const InvoiceState& state)
{
    const Invoice& invoice = state.invoice;
    QJsonObject object {
        { u"id"_s, invoice.id },
        { u"kind"_s, toKey(invoice.kind) },
        { u"number"_s, invoice.number },
        { u"bilan_id"_s, invoice.bilanId },
        { u"issued_on"_s, date(invoice.issuedOn) },
        { u"due_on"_s, date(invoice.dueOn) },
        { u"amount_cents"_s, invoice.amountCents },
        { u"total_cents"_s, invoice.totalCents },
        { u"copayment_cents"_s, invoice.copaymentCents },
        { u"funder"_s, toKey(invoice.funder) },
        { u"buyer"_s, invoice.buyerName },
        { u"beneficiary"_s, invoice.beneficiary },
        { u"minutes"_s, invoice.minutes },
    };
    if (invoice.kind == InvoiceKind::CreditNote) {
        object.insert(u"corrects"_s, invoice.correctsNumber);
        object.insert(u"reason"_s, invoice.reason);
    } else {
        object.insert(u"credited_cents"_s, state.creditedCents);
        object.insert(u"paid_cents"_s, state.paidCents);
        object.insert(u"balance_cents"_s, state.balanceCents());
    }
    return object;
}

QJsonObject payment(const Payment& payment)
{
    return { { u"id"_s, payment.id },           { u"invoice_id"_s, payment.invoiceId },
             { u"paid_on"_s, date(payment.paidOn) }, { u"amount_cents"_s, payment.amountCents },
             { u"method"_s, toKey(payment.method) }, { u"reference"_s, payment.reference } };
}

QJsonObject billing(const BillingOverview& overview)
{
    QJsonArray shares;
    for (qsizetype i = 0; i < overview.plan.shares.size(); ++i) {
        const FunderShare& share = overview.plan.shares[i];
        shares.append(QJsonObject {
            { u"funder"_s, toKey(share.kind) },
            { u"name"_s, overview.buyerNames.value(i) },
            { u"fixed_cents"_s, share.fixedCents ? QJsonValue(*share.fixedCents) : QJsonValue(QJsonValue::Null) },
            { u"basis_points"_s, share.fixedCents ? QJsonValue(QJsonValue::Null) : QJsonValue(share.basisPoints) },
            { u"amount_cents"_s, i < overview.shareCents.size() ? QJsonValue(overview.shareCents[i]) : QJsonValue(QJsonValue::Null) },
            { u"left_to_invoice_cents"_s, overview.leftToInvoice(i) },
        });
    }
    QJsonArray invoices;
    for (const InvoiceState& state : overview.invoices)
        invoices.append(invoice(state));
    return {
        { u"bilan_id"_s, overview.bilan.id },
        { u"price_cents"_s, overview.priceCents ? QJsonValue(*overview.priceCents) : QJsonValue(QJsonValue::Null) },
        { u"default_price"_s, overview.defaultPrice },
        { u"copayment_cents"_s, overview.copaymentCents },
        { u"copayment_exempt"_s, overview.plan.copaymentExempt },
        { u"trainee_status"_s, overview.plan.traineeStatus ? QJsonValue(toKey(*overview.plan.traineeStatus))
                                                           : QJsonValue(QJsonValue::Null) },
        { u"shares"_s, shares },
        { u"problem"_s, overview.splitProblem.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(overview.splitProblem) },
        { u"invoices"_s, invoices },
    };
}

QJsonObject bpf(const BpfFigures& figures)
{
    QJsonArray income;
    for (const BpfIncomeLine& line : figures.income)
        income.append(QJsonObject { { u"line"_s, line.code }, { u"label"_s, QString::fromUtf8(line.label) },
                                    { u"amount_cents"_s, line.cents } });
    QJsonArray trainees;
    for (const BpfPeopleLine& line : figures.trainees)
        trainees.append(people(line));
    QJsonArray gaps;
    for (const BpfGap& gap : figures.gaps) {
        const QString text = QString::fromUtf8(gap.text);
        gaps.append(QJsonObject { { u"bilan_id"_s, gap.bilanId ? QJsonValue(gap.bilanId) : QJsonValue(QJsonValue::Null) },
                                  { u"text"_s, gap.argument.isEmpty() ? text : text.arg(gap.argument) } });
    }
    return {
        { u"year"_s, figures.year.label },
        { u"first_day"_s, date(figures.year.first) },
        { u"last_day"_s, date(figures.year.last) },
        { u"income"_s, income },
        { u"total_cents"_s, figures.totalCents },
        { u"trainers"_s, people(figures.trainers) },
        { u"trainees"_s, trainees },
        { u"bilans"_s, people(figures.bilans) },
        { u"missing"_s, gaps },
    };
}

} // namespace parcours::json
