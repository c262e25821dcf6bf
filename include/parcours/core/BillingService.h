#pragma once

#include <QCoreApplication>

#include <parcours/core/Bilan.h>
#include <parcours/core/BillingRules.h>
#include <parcours/core/Bpf.h>
#include <parcours/core/Client.h>
#include <parcours/core/Clock.h>
#include <parcours/core/Repositories.h>

namespace parcours {

/** Where the billing of a bilan stands: its price, who pays what, the hours and period, its invoices. */
struct BillingOverview {
    Bilan bilan;
    Client client;
    std::optional<qint64> priceCents; ///< the bilan's (the agreement's price), else the default; none when neither
    bool defaultPrice = false; ///< the price is the settings' default
    FundingPlan plan; ///< as stored, else the default one (version 0)
    QList<qint64> shareCents; ///< each share's amount of the price; empty when it cannot be split
    QString splitProblem; ///< why it cannot, for people
    qint64 copaymentCents = 0; ///< CPF: the beneficiary's flat co-payment within the CPF share
    QList<QString> buyerNames; ///< who each share is invoiced to (empty when unknown)
    int minutes = 0; ///< hours of the bilan: done, else planned
    QDate periodStart;
    QDate periodEnd;
    QList<InvoiceState> invoices; ///< this bilan's invoices and credit notes

    /// What is left to invoice of a share: its amount minus what its funder was invoiced (net of credit notes).
    qint64 leftToInvoice(qsizetype share) const;
};

/** What to invoice: a share (all of them when unset), an amount (what is left of the share by default), a date. */
struct InvoiceRequest {
    std::optional<qsizetype> share;
    std::optional<qint64> amountCents;
    QDate issuedOn; ///< today when invalid
};

/**
 * Quotes, invoices, credit notes, payments and the BPF: the rules of BillingRules against what is stored, each
 * write in one transaction. Numbers are taken in the transaction that stores the document (no gaps, no twins).
 */
class BillingService {
    Q_DECLARE_TR_FUNCTIONS(BillingService)
public:
    BillingService(Repositories& repositories, const Clock& clock);

    Result<BillingOverview> overview(qint64 bilanId);
    /// Sets the bilan's own price (the agreement's, which the agreement prints); nullopt goes back to the default.
    Result<void> setPrice(qint64 bilanId, std::optional<qint64> cents);
    Result<void> savePlan(const FundingPlan& plan);
    /// The price and the plan together, in one transaction (what the funding dialog edits).
    Result<void> saveFunding(qint64 bilanId, std::optional<qint64> priceCents, const FundingPlan& plan);

    /// Issues invoices for a bilan; returns their ids in number order.
    Result<QList<qint64>> invoice(qint64 bilanId, const InvoiceRequest& request = {});
    /// Issues a credit note against an invoice (all that is left of it by default), dated `date` (today when invalid).
    Result<qint64> creditNote(qint64 invoiceId, std::optional<qint64> cents, const QString& reason, QDate date = {});
    Result<InvoiceState> invoiceState(qint64 invoiceId);
    Result<QList<InvoiceState>> invoices(const InvoiceQuery& query);

    Result<qint64> addPayment(const Payment& payment);
    Result<void> removePayment(qint64 paymentId);
    Result<QList<Payment>> payments(qint64 invoiceId);

    /**
     * The invoices overdue on `day` (past their due date with something still owed), the oldest due date first:
     * the query a reminder provider lists.
     */
    Result<QList<InvoiceState>> overdueAt(QDate day);

    /// Closes a financial year that is over: no document or payment can be dated in it afterwards.
    Result<void> closeYear(int label);
    Result<QList<int>> closedYears();
    FinancialYear financialYear(QDate date) const;
    FinancialYear financialYearOf(int label) const;

    /// What the BPF of a financial year is computed from, read from the records.
    Result<BpfInput> bpfInput(int label);
    Result<BpfFigures> bpf(int label);

private:
    Result<BillingOverview> load(qint64 bilanId);
    Result<qint64> issue(Invoice document);
    Result<bool> isClosed(int label);

    Repositories& m_repositories;
    const Clock& m_clock;
};

} // namespace parcours
