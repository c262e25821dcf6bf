#include <parcours/core/BillingRules.h>
#include <parcours/core/Money.h>

#include <QLocale>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

constexpr int kWhole = 10000; // basis points in 100 %
constexpr qsizetype kMaxNameLength = 200;
constexpr qsizetype kMaxAddressLength = 500;

QString dateText(QDate date)
{
    return QLocale().toString(date, u"d MMMM yyyy"_s);
}

QString money(qint64 cents)
{
    return Money::fromCents(cents).display();
}

Error refused(const QString& message, const QString& field)
{
    return makeError(ErrorCode::Refused, message, field);
}

} // namespace

FunderKind BillingRules::funderOf(Funding funding)
{
    switch (funding) {
    case Funding::Cpf:
        return FunderKind::Cpf;
    case Funding::Employer:
        return FunderKind::Employer;
    case Funding::FranceTravail:
        return FunderKind::FranceTravail;
    case Funding::Personal:
        break;
    }
    return FunderKind::Personal;
}

FundingPlan BillingRules::defaultPlan(qint64 bilanId, Funding funding)
{
    FundingPlan plan;
    plan.bilanId = bilanId;
    FunderShare share;
    share.kind = funderOf(funding);
    share.basisPoints = kWhole;
    plan.shares << share;
    return plan;
}

std::optional<TraineeStatus> BillingRules::traineeStatus(const FundingPlan& plan, Funding funding)
{
    if (plan.traineeStatus)
        return plan.traineeStatus;
    switch (funding) {
    case Funding::Employer:
        return TraineeStatus::Employee;
    case Funding::FranceTravail:
        return TraineeStatus::JobSeeker;
    case Funding::Personal:
        return TraineeStatus::Individual;
    case Funding::Cpf:
        break;
    }
    return std::nullopt;
}

QList<FieldError> BillingRules::validate(const FundingPlan& plan)
{
    QList<FieldError> errors;
    if (plan.shares.isEmpty())
        errors.append({ u"shares"_s, tr("Name at least one funder.") });
    int percent = 0;
    int percentShares = 0;
    int cpfShares = 0;
    for (qsizetype i = 0; i < plan.shares.size(); ++i) {
        const FunderShare& share = plan.shares[i];
        const QString key = u"shares/%1/"_s.arg(i);
        if (share.fixedCents && *share.fixedCents < 0)
            errors.append({ key + u"fixed"_s, tr("An amount cannot be negative.") });
        if (!share.fixedCents) {
            ++percentShares;
            if (share.basisPoints <= 0 || share.basisPoints > kWhole)
                errors.append({ key + u"percent"_s, tr("A share is more than 0 % and at most 100 %.") });
            percent += share.basisPoints;
        }
        if (share.name.size() > kMaxNameLength)
            errors.append({ key + u"name"_s, tr("The name is too long (%1 characters at most).").arg(kMaxNameLength) });
        if (share.address.size() > kMaxAddressLength) {
            errors.append({ key + u"address"_s,
                            tr("The address is too long (%1 characters at most).").arg(kMaxAddressLength) });
        }
        if (share.kind == FunderKind::Cpf)
            ++cpfShares;
    }
    if (cpfShares > 1)
        errors.append({ u"shares"_s, tr("The CPF can be only one of the funders.") });
    if (percentShares > 0 && percent != kWhole) {
        errors.append({ u"shares"_s,
                        tr("The percentages add up to %1 %: they must make 100 %.")
                            .arg(QLocale().toString(percent / 100.0, 'f', percent % 100 ? 2 : 0)) });
    }
    return errors;
}

Result<QList<qint64>> BillingRules::split(qint64 totalCents, const QList<FunderShare>& shares)
{
    if (totalCents < 0)
        return refused(tr("An amount cannot be negative."), u"amount"_s);
    if (auto valid = firstError(validate(FundingPlan { 0, shares, false, {}, 0 })); !valid)
        return valid.error();
    QList<qint64> amounts(shares.size(), 0);
    qint64 fixed = 0;
    for (qsizetype i = 0; i < shares.size(); ++i) {
        if (shares[i].fixedCents) {
            amounts[i] = *shares[i].fixedCents;
            fixed += amounts[i];
        }
    }
    if (fixed > totalCents) {
        return refused(tr("The fixed amounts (%1) are more than the price (%2).").arg(money(fixed), money(totalCents)),
                       u"shares"_s);
    }
    const qint64 rest = totalCents - fixed;
    QList<qsizetype> percentages;
    for (qsizetype i = 0; i < shares.size(); ++i) {
        if (!shares[i].fixedCents)
            percentages << i;
    }
    if (percentages.isEmpty()) {
        if (rest != 0) {
            return refused(tr("The fixed amounts leave %1 of the price to nobody: give that to a funder.").arg(money(rest)),
                           u"shares"_s);
        }
        return amounts;
    }
    // Largest remainder: every share gets its rounded-down part, then the cents left go one by one to the shares
    // whose parts lost the most, the earlier share first when two lost the same.
    QList<qint64> remainders(shares.size(), 0);
    qint64 given = 0;
    for (qsizetype i : std::as_const(percentages)) {
        const qint64 exact = rest * shares[i].basisPoints;
        amounts[i] = exact / kWhole;
        remainders[i] = exact % kWhole;
        given += amounts[i];
    }
    std::stable_sort(percentages.begin(), percentages.end(),
                     [&](qsizetype a, qsizetype b) { return remainders[a] > remainders[b]; });
    for (qint64 left = rest - given, k = 0; left > 0; --left, ++k)
        ++amounts[percentages[k % percentages.size()]];
    return amounts;
}

qint64 BillingRules::copayment(qint64 cpfShareCents, qint64 flatCents, bool exempt)
{
    if (exempt || cpfShareCents <= 0 || flatCents <= 0)
        return 0;
    return std::min(cpfShareCents, flatCents);
}

FinancialYear BillingRules::financialYearOf(int label, int startMonth)
{
    const int month = std::clamp(startMonth, 1, 12);
    const QDate first(label, month, 1);
    return { label, first, first.addYears(1).addDays(-1) };
}

FinancialYear BillingRules::financialYear(QDate date, int startMonth)
{
    const int month = std::clamp(startMonth, 1, 12);
    return financialYearOf(date.month() >= month ? date.year() : date.year() - 1, month);
}

QString BillingRules::number(InvoiceKind kind, int fiscalYear, int sequence)
{
    return u"%1-%2-%3"_s.arg(kind == InvoiceKind::CreditNote ? u"AV"_s : u"F"_s)
        .arg(fiscalYear)
        .arg(sequence, 4, 10, QChar(u'0'));
}

Result<void> BillingRules::checkIssueDate(QDate date, QDate today, QDate lastIssued, bool yearClosed)
{
    const QString field = u"issued_on"_s;
    if (!date.isValid())
        return makeError(ErrorCode::InvalidInput, tr("Give the date of issue."), field);
    if (date > today)
        return refused(tr("A document cannot be dated in the future (%1).").arg(dateText(date)), field);
    if (yearClosed)
        return refused(tr("The financial year of %1 is closed: no new document can be dated in it.").arg(dateText(date)),
                       field);
    if (lastIssued.isValid() && date < lastIssued) {
        return refused(tr("Numbers follow the dates: the last document of this series is dated %1, so a new one cannot "
                          "be dated earlier.")
                           .arg(dateText(lastIssued)),
                       field);
    }
    return success();
}

Result<void> BillingRules::checkAmount(qint64 cents, const QString& field)
{
    if (cents < 0)
        return makeError(ErrorCode::InvalidInput, tr("An amount cannot be negative."), field);
    if (cents == 0)
        return makeError(ErrorCode::InvalidInput, tr("The amount must be more than zero."), field);
    return success();
}

Result<void> BillingRules::checkPayment(const Payment& payment, const InvoiceState& invoice, QDate today,
                                        bool yearClosed)
{
    if (invoice.invoice.kind != InvoiceKind::Invoice)
        return refused(tr("Payments are recorded against invoices, not credit notes."), u"invoice"_s);
    if (auto amount = checkAmount(payment.amountCents); !amount)
        return amount;
    const QString field = u"paid_on"_s;
    if (!payment.paidOn.isValid())
        return makeError(ErrorCode::InvalidInput, tr("Give the date of the payment."), field);
    if (payment.paidOn > today)
        return refused(tr("A payment cannot be dated in the future (%1).").arg(dateText(payment.paidOn)), field);
    if (payment.paidOn < invoice.invoice.issuedOn) {
        return refused(tr("The payment is dated before its invoice (%1).").arg(dateText(invoice.invoice.issuedOn)),
                       field);
    }
    if (yearClosed)
        return refused(tr("The financial year of %1 is closed: no payment can be dated in it.").arg(dateText(payment.paidOn)),
                       field);
    if (payment.amountCents > invoice.balanceCents()) {
        return refused(tr("The payment (%1) is more than what invoice %2 still owes (%3).")
                           .arg(money(payment.amountCents), invoice.invoice.number,
                                money(std::max<qint64>(invoice.balanceCents(), 0))),
                       u"amount"_s);
    }
    return success();
}

Result<void> BillingRules::checkCreditNote(qint64 cents, const InvoiceState& invoice)
{
    if (invoice.invoice.kind != InvoiceKind::Invoice)
        return refused(tr("A credit note corrects an invoice, not another credit note."), u"invoice"_s);
    if (auto amount = checkAmount(cents); !amount)
        return amount;
    const qint64 creditable = invoice.invoice.amountCents - invoice.creditedCents;
    if (cents > creditable) {
        return refused(tr("The credit note (%1) is more than what is left of invoice %2 (%3).")
                           .arg(money(cents), invoice.invoice.number, money(creditable)),
                       u"amount"_s);
    }
    return success();
}

bool BillingRules::isOverdue(const InvoiceState& invoice, QDate day)
{
    return invoice.invoice.kind == InvoiceKind::Invoice && invoice.invoice.dueOn.isValid()
        && invoice.invoice.dueOn < day && invoice.balanceCents() > 0;
}

QList<InvoiceState> BillingRules::overdue(const QList<InvoiceState>& invoices, QDate day)
{
    QList<InvoiceState> late;
    std::copy_if(invoices.begin(), invoices.end(), std::back_inserter(late),
                 [day](const InvoiceState& invoice) { return isOverdue(invoice, day); });
    std::stable_sort(late.begin(), late.end(), [](const InvoiceState& a, const InvoiceState& b) {
        return std::tie(a.invoice.dueOn, a.invoice.sequence) < std::tie(b.invoice.dueOn, b.invoice.sequence);
    });
    return late;
}

} // namespace parcours
