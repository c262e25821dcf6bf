#pragma once

#include <QDialog>

#include <parcours/core/Billing.h>
#include <parcours/core/Result.h>
#include <parcours/ui/FieldErrors.h>

#include <functional>
#include <memory>

namespace Ui {
class PaymentDialog;
class CreditNoteDialog;
} // namespace Ui

namespace parcours {

/** Records a payment received against an invoice: date, amount (what is owed by default), method, reference. */
class PaymentDialog : public QDialog {
    Q_OBJECT
public:
    using Submit = std::function<Result<void>(const Payment&)>;
    PaymentDialog(const InvoiceState& invoice, QDate today, Submit submit, QWidget* parent = nullptr);
    ~PaymentDialog() override;

    void setAmountText(const QString& text);
    void setDate(QDate date);
    const FieldErrors& errors() const { return m_errors; }
    void accept() override;

private:
    std::unique_ptr<Ui::PaymentDialog> m_ui;
    qint64 m_invoiceId;
    Submit m_submit;
    FieldErrors m_errors;
};

/** Issues a credit note (avoir) against an invoice: the amount (all that is left by default), the reason, the date. */
class CreditNoteDialog : public QDialog {
    Q_OBJECT
public:
    using Submit = std::function<Result<void>(qint64 cents, const QString& reason, QDate date)>;
    CreditNoteDialog(const InvoiceState& invoice, QDate today, Submit submit, QWidget* parent = nullptr);
    ~CreditNoteDialog() override;

    void setAmountText(const QString& text);
    void setReason(const QString& reason);
    const FieldErrors& errors() const { return m_errors; }
    void accept() override;

private:
    std::unique_ptr<Ui::CreditNoteDialog> m_ui;
    Submit m_submit;
    FieldErrors m_errors;
};

} // namespace parcours
