#include <parcours/core/BillingRepository.h>
#include <parcours/core/BillingService.h>
#include <parcours/core/Hours.h>
#include <parcours/core/Money.h>
#include <parcours/core/RichText.h>
#include <parcours/core/Settings.h>

#include <QLocale>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

QString money(qint64 cents)
{
    return Money::fromCents(cents).display();
}

/// Who a share is invoiced to, and their address: what the consultant typed, else what is known of that funder.
std::pair<QString, QString> buyerOf(const FunderShare& share, const Client& client, const AgreementRecord& agreement)
{
    QString name = share.name.trimmed();
    QString address = share.address.trimmed();
    if (!name.isEmpty())
        return { name, address };
    switch (share.kind) {
    case FunderKind::Cpf:
        return { u"Caisse des Dépôts et Consignations"_s, address };
    case FunderKind::FranceTravail:
        return { u"France Travail"_s, address };
    case FunderKind::Personal:
        return { client.fullName(), address };
    case FunderKind::Employer: {
        // The agreement names the employer: its first line, the address after it.
        const QStringList lines = agreement.employer.trimmed().split(u'\n');
        name = lines.value(0).trimmed();
        if (address.isEmpty())
            address = lines.mid(1).join(u'\n').trimmed();
        return { name, address };
    }
    case FunderKind::Opco:
    case FunderKind::Other:
        break;
    }
    return { QString(), address };
}

} // namespace

qint64 BillingOverview::leftToInvoice(qsizetype share) const
{
    if (share < 0 || share >= shareCents.size() || share >= plan.shares.size())
        return 0;
    qint64 invoiced = 0;
    for (const InvoiceState& state : invoices) {
        const Invoice& invoice = state.invoice;
        if (invoice.kind == InvoiceKind::Invoice && invoice.funder == plan.shares[share].kind
            && invoice.buyerName == buyerNames.value(share))
            invoiced += invoice.amountCents - state.creditedCents;
    }
    return shareCents[share] - invoiced;
}

BillingService::BillingService(Repositories& repositories, const Clock& clock)
    : m_repositories(repositories)
    , m_clock(clock)
{
}

Result<BillingOverview> BillingService::load(qint64 bilanId)
{
    auto bilan = m_repositories.bilans().get(bilanId);
    if (!bilan)
        return bilan.error();
    auto client = m_repositories.clients().get(bilan->clientId);
    if (!client)
        return client.error();
    auto agreement = m_repositories.proofs().agreement(bilanId);
    if (!agreement)
        return agreement.error();
    auto stored = m_repositories.billing().plan(bilanId);
    if (!stored)
        return stored.error();
    auto sessions = m_repositories.sessions().forBilan(bilanId);
    if (!sessions)
        return sessions.error();
    auto invoices = m_repositories.billing().invoices(InvoiceQuery { bilanId, std::nullopt, false });
    if (!invoices)
        return invoices.error();
    const Settings settings(m_repositories.settings());

    BillingOverview overview;
    overview.bilan = bilan.value();
    overview.client = client.value();
    overview.priceCents = agreement->priceCents;
    if (!overview.priceCents) {
        overview.priceCents = settings.amount(settingKeys::billingDefaultPrice);
        overview.defaultPrice = overview.priceCents.has_value();
    }
    overview.plan = stored.value() ? *stored.value() : BillingRules::defaultPlan(bilanId, bilan->funding);
    if (overview.priceCents) {
        auto split = BillingRules::split(*overview.priceCents, overview.plan.shares);
        if (split)
            overview.shareCents = split.value();
        else
            overview.splitProblem = split.error().message;
    }
    const qint64 flat = settings.amount(settingKeys::billingCpfCopayment).value_or(0);
    for (qsizetype i = 0; i < overview.plan.shares.size(); ++i) {
        overview.buyerNames << buyerOf(overview.plan.shares[i], overview.client, agreement.value()).first;
        if (overview.plan.shares[i].kind == FunderKind::Cpf && i < overview.shareCents.size())
            overview.copaymentCents = BillingRules::copayment(overview.shareCents[i], flat, overview.plan.copaymentExempt);
    }
    QDate lastDone;
    for (const Session& session : sessions.value()) {
        if (!countsTowardCap(session.phase) || session.status != SessionStatus::Done)
            continue;
        overview.minutes += doneContribution(session);
        const QDate day = session.startsAt.date();
        if (!overview.periodStart.isValid() || day < overview.periodStart)
            overview.periodStart = day;
        if (!lastDone.isValid() || day > lastDone)
            lastDone = day;
    }
    if (overview.minutes == 0)
        overview.minutes = bilan->budgets.countedMinutes();
    if (!overview.periodStart.isValid())
        overview.periodStart = bilan->startDate;
    overview.periodEnd = bilan->endDate.isValid() ? bilan->endDate : lastDone;
    overview.invoices = invoices.value();
    return overview;
}

Result<BillingOverview> BillingService::overview(qint64 bilanId)
{
    return load(bilanId);
}

Result<void> BillingService::setPrice(qint64 bilanId, std::optional<qint64> cents)
{
    if (cents && *cents < 0)
        return makeError(ErrorCode::InvalidInput, BillingRules::tr("An amount cannot be negative."), u"price"_s);
    return m_repositories.transact([&]() -> Result<void> {
        if (auto bilan = m_repositories.bilans().get(bilanId); !bilan)
            return bilan.error();
        auto agreement = m_repositories.proofs().agreement(bilanId);
        if (!agreement)
            return agreement.error();
        if (agreement->priceCents == cents)
            return success();
        AgreementRecord record = agreement.value();
        record.priceCents = cents;
        if (auto valid = firstError(AgreementRules::validate(record, m_clock.today())); !valid)
            return valid;
        return m_repositories.proofs().saveAgreement(record);
    });
}

Result<void> BillingService::savePlan(const FundingPlan& plan)
{
    FundingPlan tidied = plan;
    for (FunderShare& share : tidied.shares) {
        share.name = RichText::cleanText(share.name).simplified();
        share.address = RichText::cleanText(share.address).trimmed();
        if (share.fixedCents)
            share.basisPoints = 0;
    }
    if (auto valid = firstError(BillingRules::validate(tidied)); !valid)
        return valid;
    return m_repositories.transact([&]() -> Result<void> {
        if (auto bilan = m_repositories.bilans().get(plan.bilanId); !bilan)
            return bilan.error();
        return m_repositories.billing().savePlan(tidied);
    });
}

Result<void> BillingService::saveFunding(qint64 bilanId, std::optional<qint64> priceCents, const FundingPlan& plan)
{
    if (plan.bilanId != bilanId)
        return makeError(ErrorCode::InvalidInput, tr("This funding plan belongs to another bilan."));
    return m_repositories.transact([&]() -> Result<void> {
        if (auto price = setPrice(bilanId, priceCents); !price)
            return price;
        return savePlan(plan);
    });
}

Result<bool> BillingService::isClosed(int label)
{
    auto closed = m_repositories.billing().closedYears();
    if (!closed)
        return closed.error();
    return closed->contains(label);
}

Result<qint64> BillingService::issue(Invoice document)
{
    const FinancialYear year = financialYear(document.issuedOn.isValid() ? document.issuedOn : m_clock.today());
    auto closed = isClosed(year.label);
    if (!closed)
        return closed.error();
    // Refusals that need no number first; the order of dates is checked once the series is ours.
    if (auto date = BillingRules::checkIssueDate(document.issuedOn, m_clock.today(), {}, closed.value()); !date)
        return date.error();
    const QStringView series = document.kind == InvoiceKind::CreditNote ? kCreditNoteSeries : kInvoiceSeries;
    auto sequence = m_repositories.billing().takeNumber(series, year.label);
    if (!sequence)
        return sequence.error();
    auto last = m_repositories.billing().lastIssued(document.kind, year.label);
    if (!last)
        return last.error();
    if (auto date = BillingRules::checkIssueDate(document.issuedOn, m_clock.today(), last.value(), false); !date)
        return date.error();
    document.fiscalYear = year.label;
    document.sequence = sequence.value();
    document.number = BillingRules::number(document.kind, year.label, sequence.value());
    document.createdAt = m_clock.now();
    return m_repositories.billing().addInvoice(document);
}

Result<QList<qint64>> BillingService::invoice(qint64 bilanId, const InvoiceRequest& request)
{
    if (request.amountCents) {
        if (auto amount = BillingRules::checkAmount(*request.amountCents); !amount)
            return amount.error();
    }
    const Settings settings(m_repositories.settings());
    const QString sellerName = settings.text(settingKeys::consultantName).trimmed();
    const QString sellerAddress = settings.text(settingKeys::consultantAddress).trimmed();
    const QString siret = settings.text(settingKeys::consultantSiret).trimmed();
    if (sellerName.isEmpty() || sellerAddress.isEmpty() || siret.isEmpty()) {
        return makeError(ErrorCode::Refused,
                         tr("An invoice names its seller: set your name, address and SIRET number in the settings "
                            "first."),
                         u"settings"_s);
    }
    QList<qint64> ids;
    auto done = m_repositories.transact([&]() -> Result<void> {
        // The date first: a closed year or a day to come refuses whatever else is asked.
        const QDate day = request.issuedOn.isValid() ? request.issuedOn : m_clock.today();
        auto closed = isClosed(financialYear(day).label);
        if (!closed)
            return closed.error();
        if (auto date = BillingRules::checkIssueDate(day, m_clock.today(), {}, closed.value()); !date)
            return date;
        auto loaded = load(bilanId);
        if (!loaded)
            return loaded.error();
        const BillingOverview& overview = loaded.value();
        auto agreement = m_repositories.proofs().agreement(bilanId);
        if (!agreement)
            return agreement.error();
        const qsizetype count = overview.plan.shares.size();
        QList<qsizetype> targets;
        if (request.share) {
            if (*request.share < 0 || *request.share >= count) {
                return makeError(ErrorCode::InvalidInput,
                                 tr("There is no funder no. %1: this bilan has %n funder(s).", nullptr, int(count))
                                     .arg(*request.share + 1),
                                 u"funder"_s);
            }
            targets << *request.share;
        } else if (count == 1) {
            targets << 0;
        } else if (request.amountCents) {
            return makeError(ErrorCode::InvalidInput,
                             tr("Several funders share this bilan: say which one this amount is for."), u"funder"_s);
        } else {
            for (qsizetype i = 0; i < count; ++i) {
                if (overview.leftToInvoice(i) > 0)
                    targets << i;
            }
            if (targets.isEmpty() && overview.priceCents && overview.splitProblem.isEmpty())
                return makeError(ErrorCode::Refused, tr("Every share of this bilan is already invoiced."));
        }
        if (!overview.priceCents && !request.amountCents) {
            return makeError(ErrorCode::Refused,
                             tr("This bilan has no price: set its price, or a default price in the settings, or give "
                                "the amount."),
                             u"price"_s);
        }
        if (overview.priceCents && !overview.splitProblem.isEmpty())
            return makeError(ErrorCode::Refused, overview.splitProblem, u"shares"_s);

        const QDate issuedOn = request.issuedOn.isValid() ? request.issuedOn : m_clock.today();
        const qint64 flat = settings.amount(settingKeys::billingCpfCopayment).value_or(0);
        for (qsizetype i : std::as_const(targets)) {
            const FunderShare& share = overview.plan.shares[i];
            qint64 amount = 0;
            qint64 total = 0;
            if (overview.priceCents) {
                const qint64 left = overview.leftToInvoice(i);
                amount = request.amountCents.value_or(left);
                total = *overview.priceCents;
                if (left <= 0)
                    return makeError(ErrorCode::Refused, tr("The share of %1 is already invoiced.").arg(displayName(share.kind)));
                if (amount > left) {
                    return makeError(ErrorCode::Refused,
                                     tr("%1 is more than what is left to invoice to this funder (%2).")
                                         .arg(money(amount), money(left)),
                                     u"amount"_s);
                }
            } else {
                amount = *request.amountCents;
                total = amount;
            }
            const auto [buyer, address] = buyerOf(share, overview.client, agreement.value());
            if (buyer.isEmpty()) {
                return makeError(ErrorCode::Refused,
                                 tr("Who is invoiced? Give the name of the funder (%1) in the bilan's funding.")
                                     .arg(displayName(share.kind)),
                                 u"shares/%1/name"_s.arg(i));
            }
            Invoice document;
            document.kind = InvoiceKind::Invoice;
            document.bilanId = bilanId;
            document.issuedOn = issuedOn;
            document.dueOn = issuedOn.addDays(settings.count(settingKeys::billingPaymentDays));
            document.amountCents = amount;
            document.totalCents = total;
            document.copaymentCents = share.kind == FunderKind::Cpf
                ? BillingRules::copayment(amount, flat, overview.plan.copaymentExempt)
                : 0;
            document.funder = share.kind;
            document.buyerName = buyer;
            document.buyerAddress = address;
            document.beneficiary = overview.client.fullName();
            document.periodStart = overview.periodStart;
            document.periodEnd = overview.periodEnd;
            document.minutes = overview.minutes;
            document.sellerName = sellerName;
            document.sellerAddress = sellerAddress;
            document.sellerSiret = siret;
            document.sellerDeclaration = settings.text(settingKeys::consultantDeclaration).trimmed();
            document.vatMention = settings.text(settingKeys::billingVatMention).trimmed();
            document.paymentTerms = agreement->paymentTerms.trimmed();
            document.bankDetails = settings.text(settingKeys::billingBankDetails).trimmed();
            auto id = issue(document);
            if (!id)
                return id.error();
            ids << id.value();
        }
        return success();
    });
    if (!done)
        return done.error();
    return ids;
}

Result<qint64> BillingService::creditNote(qint64 invoiceId, std::optional<qint64> cents, const QString& reason, QDate date)
{
    const QString why = RichText::cleanText(reason).simplified();
    if (why.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Say why the invoice is corrected."), u"reason"_s);
    if (why.size() > 500)
        return makeError(ErrorCode::InvalidInput, tr("The reason is too long (500 characters at most)."), u"reason"_s);
    qint64 id = 0;
    auto done = m_repositories.transact([&]() -> Result<void> {
        auto state = m_repositories.billing().invoice(invoiceId);
        if (!state)
            return state.error();
        const qint64 amount = cents.value_or(state->invoice.amountCents - state->creditedCents);
        if (auto valid = BillingRules::checkCreditNote(amount, state.value()); !valid)
            return valid;
        Invoice document = state->invoice;
        document.id = 0;
        document.kind = InvoiceKind::CreditNote;
        document.correctsId = invoiceId;
        document.issuedOn = date.isValid() ? date : m_clock.today();
        document.dueOn = {};
        document.amountCents = amount;
        document.copaymentCents = 0;
        document.reason = why;
        auto issued = issue(document);
        if (!issued)
            return issued.error();
        id = issued.value();
        return success();
    });
    if (!done)
        return done.error();
    return id;
}

Result<InvoiceState> BillingService::invoiceState(qint64 invoiceId)
{
    return m_repositories.billing().invoice(invoiceId);
}

Result<QList<InvoiceState>> BillingService::invoices(const InvoiceQuery& query)
{
    return m_repositories.billing().invoices(query);
}

Result<qint64> BillingService::addPayment(const Payment& payment)
{
    Payment tidied = payment;
    tidied.reference = RichText::cleanText(payment.reference).simplified();
    if (tidied.reference.size() > 200)
        return makeError(ErrorCode::InvalidInput, tr("The reference is too long (200 characters at most)."), u"reference"_s);
    qint64 id = 0;
    auto done = m_repositories.transact([&]() -> Result<void> {
        auto state = m_repositories.billing().invoice(payment.invoiceId);
        if (!state)
            return state.error();
        auto closed = isClosed(financialYear(payment.paidOn).label);
        if (!closed)
            return closed.error();
        if (auto valid = BillingRules::checkPayment(tidied, state.value(), m_clock.today(), closed.value()); !valid)
            return valid;
        auto added = m_repositories.billing().addPayment(tidied);
        if (!added)
            return added.error();
        id = added.value();
        return success();
    });
    if (!done)
        return done.error();
    return id;
}

Result<void> BillingService::removePayment(qint64 paymentId)
{
    return m_repositories.transact([&]() -> Result<void> {
        auto payment = m_repositories.billing().payment(paymentId);
        if (!payment)
            return payment.error();
        auto closed = isClosed(financialYear(payment->paidOn).label);
        if (!closed)
            return closed.error();
        if (closed.value()) {
            return makeError(ErrorCode::Refused,
                             tr("This payment is dated in a closed financial year: it stays as it is."));
        }
        return m_repositories.billing().removePayment(paymentId, payment->version);
    });
}

Result<QList<Payment>> BillingService::payments(qint64 invoiceId)
{
    return m_repositories.billing().payments(invoiceId);
}

Result<QList<InvoiceState>> BillingService::overdueAt(QDate day)
{
    auto all = m_repositories.billing().invoices(InvoiceQuery { std::nullopt, std::nullopt, true });
    if (!all)
        return all.error();
    return BillingRules::overdue(all.value(), day);
}

Result<void> BillingService::closeYear(int label)
{
    const FinancialYear year = financialYearOf(label);
    if (year.last >= m_clock.today()) {
        return makeError(ErrorCode::Refused,
                         tr("The financial year %1 is not over yet (it ends on %2).")
                             .arg(label)
                             .arg(QLocale().toString(year.last, u"d MMMM yyyy"_s)));
    }
    return m_repositories.transact([&]() -> Result<void> {
        auto closed = isClosed(label);
        if (!closed)
            return closed.error();
        if (closed.value())
            return makeError(ErrorCode::Refused, tr("The financial year %1 is already closed.").arg(label));
        return m_repositories.billing().closeYear(label, m_clock.today());
    });
}

Result<QList<int>> BillingService::closedYears()
{
    return m_repositories.billing().closedYears();
}

FinancialYear BillingService::financialYear(QDate date) const
{
    return BillingRules::financialYear(date, Settings(m_repositories.settings()).month(settingKeys::billingYearStart));
}

FinancialYear BillingService::financialYearOf(int label) const
{
    return BillingRules::financialYearOf(label, Settings(m_repositories.settings()).month(settingKeys::billingYearStart));
}

} // namespace parcours
