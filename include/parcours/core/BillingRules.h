#pragma once

#include <QCoreApplication>

#include <parcours/core/Billing.h>
#include <parcours/core/Result.h>
#include <parcours/core/Validation.h>

namespace parcours {

/// The documents' series: each has its own numbering per financial year, without gaps.
inline constexpr QStringView kInvoiceSeries = u"invoice";
inline constexpr QStringView kCreditNoteSeries = u"credit-note";

/** The rules of billing, without a database: shares, co-payment, numbering, dates, payments and credit notes. */
class BillingRules {
    Q_DECLARE_TR_FUNCTIONS(BillingRules)
public:
    /// The plan used while none is stored: the bilan's funder pays it all.
    static FundingPlan defaultPlan(qint64 bilanId, Funding funding);
    static FunderKind funderOf(Funding funding);
    /// The trainee's status as the BPF counts it: the plan's, else what the funding says (none for the CPF,
    /// which employees, job seekers and the self-employed all use).
    static std::optional<TraineeStatus> traineeStatus(const FundingPlan& plan, Funding funding);

    /// Every inconsistency of a plan, keyed like its JSON fields ("shares", "shares/1/fixed"…).
    static QList<FieldError> validate(const FundingPlan& plan);
    /**
     * The amount of each share of `totalCents`, in the plan's order: fixed amounts first, then the percentages of
     * what they leave. The amounts always add up to the total: the cents lost to rounding go one each to the
     * shares with the largest remainders, the earlier share first on a tie. Refused when the fixed amounts exceed
     * the total, or the percentages do not make 100 % while something is left to share.
     */
    static Result<QList<qint64>> split(qint64 totalCents, const QList<FunderShare>& shares);
    /// The beneficiary's flat co-payment within a CPF share (never more than the share; none when exempt).
    static qint64 copayment(qint64 cpfShareCents, qint64 flatCents, bool exempt);

    /// The financial year of a date, when years start on the first of `startMonth` (1 = January).
    static FinancialYear financialYear(QDate date, int startMonth);
    /// The financial year with that label.
    static FinancialYear financialYearOf(int label, int startMonth);
    /// "F-2026-0007" / "AV-2026-0002".
    static QString number(InvoiceKind kind, int fiscalYear, int sequence);

    /// An issue date: not in the future, not before the last document of its series (numbers follow dates), not in
    /// a closed year.
    static Result<void> checkIssueDate(QDate date, QDate today, QDate lastIssued, bool yearClosed);
    /// A positive amount (an invoice of nothing, or of less than nothing, is refused).
    static Result<void> checkAmount(qint64 cents, const QString& field = QStringLiteral("amount"));
    /// A payment: positive, dated, not in the future, not above what the invoice still owes, not in a closed year.
    static Result<void> checkPayment(const Payment& payment, const InvoiceState& invoice, QDate today,
                                     bool yearClosed);
    /// A credit note: of an invoice (not of a credit note), positive, not above what was not credited yet.
    static Result<void> checkCreditNote(qint64 cents, const InvoiceState& invoice);

    /// Overdue on `day`: an invoice past its due date with something still owed.
    static bool isOverdue(const InvoiceState& invoice, QDate day);
    /// The invoices overdue on `day`, the oldest due date first.
    static QList<InvoiceState> overdue(const QList<InvoiceState>& invoices, QDate day);
};

} // namespace parcours
