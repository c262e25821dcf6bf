#pragma once

#include <parcours/core/BillingService.h>
#include <parcours/ui/BilanTab.h>
#include <parcours/ui/DocumentActions.h>

#include <optional>

class QAction;
class QLabel;
class QListWidget;
class QTableView;

namespace parcours {

class CreditNoteDialog;
class FundingDialog;
class InvoiceTableModel;
class PaymentDialog;
class Workspace;

/**
 * The Facturation tab: the bilan's price and funders with their shares, its quote, its invoices and credit notes
 * with what is paid and owed, and the payments of the invoice selected. Issuing is confirmed (an invoice is never
 * changed nor deleted); price and funders edits go on the bilan's undo stack.
 */
class BillingTab : public BilanTab {
    Q_OBJECT
public:
    explicit BillingTab(Workspace& workspace, QWidget* parent = nullptr);

    QString title() const override;
    void showBilan(const Client& client, const BilanOverview* overview) override;
    void clearBilan() override;

    FundingDialog* editFunding();
    /// Issues the invoices of every share not invoiced yet, after the consultant confirmed.
    bool issueInvoices();
    PaymentDialog* recordPayment();
    CreditNoteDialog* issueCreditNote();
    bool removePayment();
    /// Exports the quote, or the selected invoice or credit note, as PDF (asks where through FileDialog).
    bool exportQuote();
    bool exportInvoice();
    void selectInvoice(qint64 invoiceId);

    QAction* fundingAction() const { return m_fundingAction; }
    QAction* invoiceAction() const { return m_invoiceAction; }
    QAction* paymentAction() const { return m_paymentAction; }
    QAction* creditNoteAction() const { return m_creditNoteAction; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* fundersLabel() const { return m_funders; }
    InvoiceTableModel* invoiceModel() const { return m_model; }
    QListWidget* paymentsList() const { return m_payments; }

private:
    void refresh();
    void showPayments();
    const InvoiceState* selected() const;
    DocumentActions::Build invoiceBuilder() const;
    DocumentActions::Build quoteBuilder() const;

    Workspace& m_workspace;
    BillingService m_billing;
    std::optional<BillingOverview> m_overview;
    QLabel* m_summary;
    QLabel* m_funders;
    QTableView* m_table;
    InvoiceTableModel* m_model;
    QListWidget* m_payments;
    QLabel* m_paymentsTitle;
    QAction* m_fundingAction;
    QAction* m_invoiceAction;
    QAction* m_paymentAction;
    QAction* m_creditNoteAction;
    QAction* m_removePaymentAction;
    QList<QAction*> m_quoteActions;
    QList<QAction*> m_invoiceDocumentActions;
};

} // namespace parcours
