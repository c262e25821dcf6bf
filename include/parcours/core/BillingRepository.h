#pragma once

#include <parcours/core/Billing.h>
#include <parcours/core/Result.h>

#include <optional>

namespace parcours {

/**
 * Funding plans, invoices, credit notes, payments, the numbering counters and the closed financial years
 * (administrative proof, kept apart from the bilan's content). Issued documents are only ever added, never changed.
 */
class BillingRepository {
public:
    virtual ~BillingRepository() = default;

    /// The bilan's stored plan, if the consultant recorded one.
    virtual Result<std::optional<FundingPlan>> plan(qint64 bilanId) = 0;
    /// Creates (version 0) or replaces (version checked: Conflict when someone else changed it) the plan.
    virtual Result<void> savePlan(const FundingPlan& plan) = 0;

    /**
     * Takes the next number of a series in a financial year. Call it inside the write transaction that stores the
     * document: the counter's row stays locked until that transaction ends, so two writers never get the same
     * number, and a rollback gives the number back (no gap).
     */
    virtual Result<int> takeNumber(QStringView series, int fiscalYear) = 0;
    /// The issue date of the last document of a series in a financial year (null when none).
    virtual Result<QDate> lastIssued(InvoiceKind kind, int fiscalYear) = 0;
    virtual Result<qint64> addInvoice(const Invoice& invoice) = 0;
    virtual Result<InvoiceState> invoice(qint64 id) = 0;
    /// Invoices and credit notes with what was credited and paid, invoices first, each kind in number order.
    virtual Result<QList<InvoiceState>> invoices(const InvoiceQuery& query) = 0;

    virtual Result<qint64> addPayment(const Payment& payment) = 0;
    virtual Result<Payment> payment(qint64 id) = 0;
    /// The payments of an invoice, oldest first.
    virtual Result<QList<Payment>> payments(qint64 invoiceId) = 0;
    /// Removes a payment recorded by mistake (version checked).
    virtual Result<void> removePayment(qint64 id, int version) = 0;

    virtual Result<QList<int>> closedYears() = 0;
    virtual Result<void> closeYear(int fiscalYear, QDate closedOn) = 0;
};

} // namespace parcours
