// billing …, bpf: a bilan's price and funders, closing a financial year, and the yearly BPF figures.
#include "Cli.h"

#include <parcours/core/BillingService.h>
#include <parcours/core/Money.h>
#include <parcours/core/WallClock.h>
#include <parcours/reports/BillingDocuments.h>
#include <parcours/reports/BillingJson.h>

using namespace Qt::StringLiterals;

namespace parcours::cli {
namespace {

QString euros(qint64 cents)
{
    return Money::fromCents(cents).plain();
}

/// "cpf=1500;employer:Société Exemple=60%;personal=40%" → shares; an English reason when it cannot be read.
std::optional<QList<FunderShare>> parseShares(const QString& spec, QString* why)
{
    QList<FunderShare> shares;
    for (const QString& raw : spec.split(u';', Qt::SkipEmptyParts)) {
        const QString item = raw.trimmed();
        const qsizetype equals = item.lastIndexOf(u'=');
        if (equals <= 0) {
            *why = u"'%1' is not KIND[:NAME]=EUROS or KIND[:NAME]=PERCENT%"_s.arg(item);
            return std::nullopt;
        }
        const QString who = item.left(equals).trimmed();
        QString value = item.mid(equals + 1).trimmed();
        FunderShare share;
        const qsizetype colon = who.indexOf(u':');
        const QString kind = colon < 0 ? who : who.left(colon).trimmed();
        const auto parsed = fromKey<FunderKind>(kind);
        if (!parsed) {
            *why = u"'%1' is not a funder (%2)"_s.arg(kind, keysOf(FunderKind {}));
            return std::nullopt;
        }
        share.kind = *parsed;
        if (colon >= 0)
            share.name = who.mid(colon + 1).trimmed();
        const bool percent = value.endsWith(u'%');
        if (percent)
            value.chop(1);
        // A percentage read as an amount gives hundredths: exactly basis points ("33,33" → 3333).
        const auto amount = Money::parse(value);
        if (!amount || amount->isNegative()) {
            *why = amount ? u"'%1': a share cannot be negative"_s.arg(item) : amount.error().message;
            return std::nullopt;
        }
        if (percent)
            share.basisPoints = int(std::min<qint64>(amount->cents(), 1'000'000));
        else
            share.fixedCents = amount->cents();
        shares << share;
    }
    if (shares.isEmpty()) {
        *why = u"no funder given"_s;
        return std::nullopt;
    }
    return shares;
}

QString shareText(const FunderShare& share)
{
    if (share.fixedCents)
        return u"fixed "_s + euros(*share.fixedCents);
    return QString::number(share.basisPoints / 100) + (share.basisPoints % 100 ? u".%1"_s.arg(share.basisPoints % 100, 2, 10, QChar(u'0')) : QString()) + u'%';
}

int showBilling(Context& context)
{
    const auto bilanId = context.idArgument(0, u"bilan"_s);
    if (!bilanId)
        return Exit::Failed;
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    auto overview = BillingService(*store.value(), context.clock()).overview(*bilanId);
    if (!overview)
        return context.fail(overview.error());
    if (context.json()) {
        context.printJson(json::billing(overview.value()));
        return Exit::Ok;
    }
    QTextStream& out = context.out();
    out << "Bilan " << *bilanId << " - " << overview->client.fullName() << '\n';
    out << "Price: "
        << (overview->priceCents ? euros(*overview->priceCents) + (overview->defaultPrice ? u" EUR (default)"_s : u" EUR"_s)
                                 : u"none"_s)
        << "   CPF co-payment: " << euros(overview->copaymentCents) << " EUR"
        << "   Trainee: " << (overview->plan.traineeStatus ? toKey(*overview->plan.traineeStatus) : u"not recorded"_s)
        << "\n\n";
    QList<QStringList> rows;
    for (qsizetype i = 0; i < overview->plan.shares.size(); ++i) {
        const FunderShare& share = overview->plan.shares[i];
        rows << QStringList { QString::number(i + 1), toKey(share.kind),
                              overview->buyerNames.value(i).isEmpty() ? u"(name missing)"_s : overview->buyerNames.value(i),
                              shareText(share),
                              i < overview->shareCents.size() ? euros(overview->shareCents[i]) : u"-"_s,
                              euros(overview->leftToInvoice(i)) };
    }
    context.printTable({ u"#"_s, u"FUNDER"_s, u"INVOICED TO"_s, u"SHARE"_s, u"AMOUNT"_s, u"LEFT TO INVOICE"_s }, rows);
    if (!overview->splitProblem.isEmpty())
        out << "Problem: " << overview->splitProblem << '\n';
    for (const InvoiceState& state : std::as_const(overview->invoices))
        out << state.invoice.number << "  " << formatIsoDate(state.invoice.issuedOn) << "  "
            << euros(state.invoice.signedCents()) << " EUR  " << state.invoice.buyerName << '\n';
    out.flush();
    return Exit::Ok;
}

int setPrice(Context& context)
{
    const auto bilanId = context.idArgument(0, u"bilan"_s);
    if (!bilanId)
        return Exit::Failed;
    std::optional<qint64> cents;
    if (context.option(u"price"_s) != u"default") {
        const auto amount = Money::parse(context.option(u"price"_s));
        if (!amount)
            return context.fail(u"--price: "_s + amount.error().message);
        if (amount->isNegative())
            return context.fail(u"--price: an amount cannot be negative (%1)"_s.arg(context.option(u"price"_s)));
        cents = amount->cents();
    }
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    if (auto done = BillingService(*store.value(), context.clock()).setPrice(*bilanId, cents); !done)
        return context.fail(done.error());
    return Exit::Ok;
}

int setPlan(Context& context)
{
    const auto bilanId = context.idArgument(0, u"bilan"_s);
    if (!bilanId)
        return Exit::Failed;
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    BillingService billing(*store.value(), context.clock());
    auto overview = billing.overview(*bilanId);
    if (!overview)
        return context.fail(overview.error());
    FundingPlan plan = overview->plan;
    if (context.has(u"shares"_s)) {
        QString why;
        const auto shares = parseShares(context.option(u"shares"_s), &why);
        if (!shares)
            return context.fail(u"--shares: "_s + why);
        plan.shares = *shares;
    }
    if (context.has(u"copayment"_s)) {
        const QString value = context.option(u"copayment"_s);
        if (value != u"due" && value != u"exempt")
            return context.fail(u"--copayment: expected due or exempt, not '%1'"_s.arg(value));
        plan.copaymentExempt = value == u"exempt";
    }
    if (context.has(u"status"_s)) {
        const QString value = context.option(u"status"_s);
        const auto status = fromKey<TraineeStatus>(value);
        if (!status && value != u"unset")
            return context.fail(u"--status: expected %1 or unset, not '%2'"_s.arg(keysOf(TraineeStatus {}), value));
        plan.traineeStatus = status;
    }
    if (auto done = billing.savePlan(plan); !done)
        return context.fail(done.error());
    return Exit::Ok;
}

int closeYear(Context& context)
{
    bool ok = false;
    const int year = context.argument(0).toInt(&ok);
    if (!ok || year < 2000 || year > 2999)
        return context.fail(u"'%1' is not a year"_s.arg(context.argument(0)));
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    if (auto done = BillingService(*store.value(), context.clock()).closeYear(year); !done)
        return context.fail(done.error());
    return Exit::Ok;
}

int runBpf(Context& context)
{
    bool ok = false;
    const int year = context.option(u"year"_s).toInt(&ok);
    if (!ok || year < 2000 || year > 2999)
        return context.fail(u"--year: '%1' is not a year"_s.arg(context.option(u"year"_s)));
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    if (auto logged = context.audit(AuditOperation::Export, AuditRecord::None, 0, u"bpf"_s); !logged)
        return context.fail(logged.error());
    auto figures = BillingService(*store.value(), context.clock()).bpf(year);
    if (!figures)
        return context.fail(figures.error());
    BillingDocumentService documents(*store.value(), context.clock());
    if (context.has(u"csv"_s)) {
        if (auto written = documents.writeBpfCsv(year, context.option(u"csv"_s)); !written)
            return context.fail(written.error());
    }
    if (context.has(u"pdf"_s)) {
        auto built = documents.bpf(year);
        if (!built)
            return context.fail(built.error());
        if (auto written = built->writePdf(context.option(u"pdf"_s)); !written)
            return context.fail(written.error());
    }
    if (context.json()) {
        context.printJson(json::bpf(figures.value()));
        return Exit::Ok;
    }
    if (context.has(u"csv"_s) || context.has(u"pdf"_s))
        return Exit::Ok;
    QTextStream& out = context.out();
    out << "BPF " << year << ": " << formatIsoDate(figures->year.first) << " to " << formatIsoDate(figures->year.last)
        << "\n\n";
    QList<QStringList> income;
    for (const BpfIncomeLine& line : figures->income)
        income << QStringList { line.code, QString::fromUtf8(line.label), euros(line.cents) };
    income << QStringList { u"total"_s, u"Total of frame C"_s, euros(figures->totalCents) };
    context.printTable({ u"LINE"_s, u"INCOME (EXCLUDING VAT)"_s, u"EUR"_s }, income);
    out << '\n';
    QList<QStringList> people;
    const auto add = [&](const BpfPeopleLine& line) {
        people << QStringList { line.code, QString::fromUtf8(line.label), QString::number(line.people),
                                QString::number(line.hours()) };
    };
    add(figures->trainers);
    for (const BpfPeopleLine& line : figures->trainees)
        add(line);
    add(figures->bilans);
    context.printTable({ u"LINE"_s, u"PEOPLE"_s, u"NUMBER"_s, u"HOURS"_s }, people);
    out << '\n' << (figures->gaps.isEmpty() ? "Nothing missing.\n" : "Missing:\n");
    for (const BpfGap& gap : figures->gaps) {
        const QString text = QString::fromUtf8(gap.text);
        out << "  - " << (gap.argument.isEmpty() ? text : text.arg(gap.argument)) << '\n';
    }
    out << "Check each line against the notice of the current Cerfa 10443 before filing.\n";
    out.flush();
    return Exit::Ok;
}

} // namespace

void registerBillingSetupCommands(QList<CommandSpec>& commands)
{
    commands.append({ { u"billing"_s, u"show"_s }, { u"BILAN_ID"_s }, {},
                      u"Shows the bilan's price, its funders with their shares, and its invoices."_s, false, showBilling });
    commands.append({ { u"billing"_s, u"price"_s }, { u"BILAN_ID"_s }, { { u"price"_s, u"EUROS|default"_s, true } },
                      u"Sets the bilan's price (the agreement's), or 'default' for the settings' default price."_s,
                      false, setPrice });
    commands.append({ { u"billing"_s, u"funders"_s }, { u"BILAN_ID"_s },
                      { { u"shares"_s, u"SPEC"_s }, { u"copayment"_s, u"due|exempt"_s }, { u"status"_s, u"STATUS"_s } },
                      u"Sets who pays: --shares \"cpf=1500;personal=100%\" (KIND[:NAME]=EUROS or PERCENT%, ';' "
                      u"between funders), the CPF co-payment, the trainee's status for the BPF ("_s
                          + keysOf(TraineeStatus {}) + u"|unset)."_s,
                      false, setPlan });
    commands.append({ { u"billing"_s, u"close-year"_s }, { u"YEAR"_s }, {},
                      u"Closes a financial year that is over: no invoice, credit note or payment dated in it "
                      u"afterwards."_s,
                      false, closeYear });
    commands.append({ { u"bpf"_s }, {},
                      { { u"year"_s, u"YEAR"_s, true }, { u"csv"_s, u"FILE.csv"_s }, { u"pdf"_s, u"FILE.pdf"_s } },
                      u"The BPF (Cerfa 10443) figures of a financial year and what the records lack; --json, --csv "
                      u"or --pdf to keep them."_s,
                      true, runBpf });
}

} // namespace parcours::cli
