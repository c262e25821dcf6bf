// invoice …, payment …, pdf quote|invoice: invoices, credit notes, payments and the billing documents.
#include "Cli.h"

#include <parcours/core/BillingRepository.h>

#include <parcours/core/BillingService.h>
#include <parcours/core/Money.h>
#include <parcours/core/WallClock.h>
#include <parcours/reports/BillingDocuments.h>
#include <parcours/reports/BillingJson.h>

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace parcours::cli {
namespace {

/// An amount option: nullopt (with the reason printed) when it is not a positive amount in euros.
std::optional<qint64> amountOption(Context& context, const QString& name)
{
    const auto amount = Money::parse(context.option(name));
    if (!amount) {
        context.fail(u"--%1: %2"_s.arg(name, amount.error().message));
        return std::nullopt;
    }
    if (amount->isNegative()) {
        context.fail(u"--%1: an amount cannot be negative (%2)"_s.arg(name, context.option(name)));
        return std::nullopt;
    }
    return amount->cents();
}

QString euros(qint64 cents)
{
    return Money::fromCents(cents).plain();
}

QString dateCell(QDate date)
{
    return date.isValid() ? formatIsoDate(date) : u"-"_s;
}

int createInvoice(Context& context)
{
    const auto bilanId = context.idArgument(0, u"bilan"_s);
    if (!bilanId)
        return Exit::Failed;
    InvoiceRequest request;
    if (context.has(u"amount"_s)) {
        request.amountCents = amountOption(context, u"amount"_s);
        if (!request.amountCents)
            return Exit::Failed;
    }
    if (context.has(u"funder"_s)) {
        bool ok = false;
        const int funder = context.option(u"funder"_s).toInt(&ok);
        if (!ok || funder < 1)
            return context.fail(u"--funder: '%1' is not a funder number (1, 2…)"_s.arg(context.option(u"funder"_s)));
        request.share = funder - 1;
    }
    if (context.has(u"date"_s)) {
        const auto date = context.dateOption(u"date"_s);
        if (!date)
            return Exit::Failed;
        request.issuedOn = *date;
    }
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    BillingService billing(*store.value(), context.clock());
    auto ids = billing.invoice(*bilanId, request);
    if (!ids)
        return context.fail(ids.error());
    QJsonArray issued;
    for (qint64 id : ids.value()) {
        auto state = billing.invoiceState(id);
        if (!state)
            return context.fail(state.error());
        if (context.json())
            issued.append(json::invoice(state.value()));
        else
            context.out() << id << '\t' << state->invoice.number << '\t' << euros(state->invoice.amountCents) << '\t'
                          << state->invoice.buyerName << '\n';
    }
    if (context.json())
        context.printJson(issued);
    context.out().flush();
    return Exit::Ok;
}

int listInvoices(Context& context)
{
    InvoiceQuery query;
    query.unpaidOnly = context.has(u"unpaid"_s);
    if (context.has(u"year"_s)) {
        bool ok = false;
        query.fiscalYear = context.option(u"year"_s).toInt(&ok);
        if (!ok)
            return context.fail(u"--year: '%1' is not a year"_s.arg(context.option(u"year"_s)));
    }
    if (context.has(u"bilan"_s)) {
        query.bilanId = context.idOption(u"bilan"_s, u"bilan"_s);
        if (!query.bilanId)
            return Exit::Failed;
    }
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    auto invoices = BillingService(*store.value(), context.clock()).invoices(query);
    if (!invoices)
        return context.fail(invoices.error());
    const QDate today = context.clock().today();
    if (context.json()) {
        QJsonArray array;
        for (const InvoiceState& state : invoices.value()) {
            QJsonObject object = json::invoice(state);
            if (state.invoice.kind == InvoiceKind::Invoice)
                object.insert(u"overdue"_s, BillingRules::isOverdue(state, today));
            array.append(object);
        }
        context.printJson(array);
        return Exit::Ok;
    }
    QList<QStringList> rows;
    qint64 owed = 0;
    for (const InvoiceState& state : invoices.value()) {
        const Invoice& invoice = state.invoice;
        const bool credit = invoice.kind == InvoiceKind::CreditNote;
        if (!credit)
            owed += std::max<qint64>(state.balanceCents(), 0);
        rows << QStringList { QString::number(invoice.id), invoice.number, dateCell(invoice.issuedOn),
                              credit ? u"-"_s : dateCell(invoice.dueOn), invoice.buyerName, invoice.beneficiary,
                              euros(credit ? -invoice.amountCents : invoice.amountCents),
                              credit ? u"-"_s : euros(state.paidCents), credit ? u"-"_s : euros(state.balanceCents()),
                              credit ? u"credit note of "_s + invoice.correctsNumber
                                     : BillingRules::isOverdue(state, today) ? u"overdue"_s
                                     : state.balanceCents() > 0              ? u"unpaid"_s
                                     : state.balanceCents() < 0              ? u"overpaid"_s
                                                                             : u"paid"_s };
    }
    context.printTable({ u"ID"_s, u"NUMBER"_s, u"ISSUED"_s, u"DUE"_s, u"BUYER"_s, u"BENEFICIARY"_s, u"AMOUNT"_s,
                         u"PAID"_s, u"BALANCE"_s, u"STATUS"_s },
                       rows);
    context.out() << "Still owed: " << euros(owed) << " EUR on " << rows.size() << " document(s)\n";
    context.out().flush();
    return Exit::Ok;
}

int creditInvoice(Context& context)
{
    const auto invoiceId = context.idArgument(0, u"invoice"_s);
    if (!invoiceId)
        return Exit::Failed;
    std::optional<qint64> amount;
    if (context.has(u"amount"_s)) {
        amount = amountOption(context, u"amount"_s);
        if (!amount)
            return Exit::Failed;
    }
    const auto dateGiven = context.dateOption(u"date"_s, QDate());
    if (!dateGiven)
        return Exit::Failed;
    const QDate date = *dateGiven;
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    BillingService billing(*store.value(), context.clock());
    auto id = billing.creditNote(*invoiceId, amount, context.option(u"reason"_s), date);
    if (!id)
        return context.fail(id.error());
    const InvoiceState state = billing.invoiceState(id.value()).valueOr({});
    if (context.json())
        context.printJson(json::invoice(state));
    else
        context.out() << id.value() << '\t' << state.invoice.number << '\t' << euros(state.invoice.amountCents) << Qt::endl;
    return Exit::Ok;
}

int addPayment(Context& context)
{
    const auto invoiceId = context.idArgument(0, u"invoice"_s);
    if (!invoiceId)
        return Exit::Failed;
    Payment payment;
    payment.invoiceId = *invoiceId;
    const auto amount = amountOption(context, u"amount"_s);
    const auto date = amount ? context.dateOption(u"date"_s) : std::nullopt;
    if (!amount || !date)
        return Exit::Failed;
    payment.amountCents = *amount;
    payment.paidOn = *date;
    if (context.has(u"method"_s)) {
        const auto method = fromKey<PaymentMethod>(context.option(u"method"_s));
        if (!method)
            return context.fail(u"--method: expected %1, not '%2'"_s.arg(keysOf(PaymentMethod {}), context.option(u"method"_s)));
        payment.method = *method;
    }
    payment.reference = context.option(u"reference"_s);
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    auto id = BillingService(*store.value(), context.clock()).addPayment(payment);
    if (!id)
        return context.fail(id.error());
    if (context.json())
        context.printJson(QJsonObject { { u"id"_s, id.value() } });
    else
        context.out() << id.value() << Qt::endl;
    return Exit::Ok;
}

int removePayment(Context& context)
{
    const auto paymentId = context.idArgument(0, u"payment"_s);
    if (!paymentId)
        return Exit::Failed;
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    if (auto done = BillingService(*store.value(), context.clock()).removePayment(*paymentId); !done)
        return context.fail(done.error());
    return Exit::Ok;
}

int writeDocument(Context& context, const QString& what, bool invoice)
{
    const auto id = context.idArgument(0, what);
    if (!id)
        return Exit::Failed;
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    BillingDocumentService documents(*store.value(), context.clock());
    auto built = invoice ? documents.invoice(*id) : documents.quote(*id);
    if (!built)
        return context.fail(built.error());
    // The entry names the bilan (of the invoice, or the quote's).
    auto state = invoice ? store.value()->billing().invoice(*id) : Result<InvoiceState>(InvoiceState {});
    const qint64 bilanId = invoice ? (state ? state->invoice.bilanId : 0) : *id;
    if (auto logged = context.audit(AuditOperation::Print, AuditRecord::Bilan, bilanId, invoice ? u"invoice"_s : u"quote"_s);
        !logged)
        return context.fail(logged.error());
    if (auto written = built->writePdf(context.option(u"out"_s)); !written)
        return context.fail(written.error());
    return Exit::Ok;
}

} // namespace

void registerBillingCommands(QList<CommandSpec>& commands)
{
    const OptionSpec date { u"date"_s, u"YYYY-MM-DD"_s };
    commands.append({ { u"invoice"_s, u"create"_s }, { u"BILAN_ID"_s },
                      { { u"amount"_s, u"EUROS"_s }, { u"funder"_s, u"N"_s }, date },
                      u"Issues the bilan's invoices (one per funder; default amount: what is left of each share of "
                      u"the bilan's price); prints id, number, amount and buyer."_s,
                      false, createInvoice });
    commands.append({ { u"invoice"_s, u"list"_s }, {},
                      { { u"unpaid"_s, {} }, { u"year"_s, u"YEAR"_s }, { u"bilan"_s, u"BILAN_ID"_s } },
                      u"Lists invoices and credit notes with what is paid and owed; --unpaid: only what is still "
                      u"owed (overdue marked)."_s,
                      false, listInvoices });
    commands.append({ { u"invoice"_s, u"credit"_s }, { u"INVOICE_ID"_s },
                      { { u"reason"_s, u"TEXT"_s, true }, { u"amount"_s, u"EUROS"_s }, date },
                      u"Issues a credit note (avoir) against an invoice: all that is left of it by default."_s, false,
                      creditInvoice });
    commands.append({ { u"payment"_s, u"add"_s }, { u"INVOICE_ID"_s },
                      { { u"amount"_s, u"EUROS"_s, true }, { u"date"_s, u"YYYY-MM-DD"_s, true },
                        { u"method"_s, keysOf(PaymentMethod {}) }, { u"reference"_s, u"TEXT"_s } },
                      u"Records a payment received against an invoice (never more than it still owes); prints its id."_s,
                      false, addPayment });
    commands.append({ { u"payment"_s, u"remove"_s }, { u"PAYMENT_ID"_s }, {},
                      u"Removes a payment recorded by mistake (not in a closed year)."_s, false, removePayment });
    const OptionSpec out { u"out"_s, u"FILE.pdf"_s, true };
    commands.append({ { u"pdf"_s, u"quote"_s }, { u"BILAN_ID"_s }, { out },
                      u"Writes the bilan's quote (devis) as PDF."_s, true,
                      [](Context& c) { return writeDocument(c, u"bilan"_s, false); } });
    commands.append({ { u"pdf"_s, u"invoice"_s }, { u"INVOICE_ID"_s }, { out },
                      u"Writes an invoice or a credit note as PDF."_s, true,
                      [](Context& c) { return writeDocument(c, u"invoice"_s, true); } });
}

} // namespace parcours::cli
