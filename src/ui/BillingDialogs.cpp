#include "ui_CreditNoteDialog.h"
#include "ui_PaymentDialog.h"

#include <parcours/core/Money.h>
#include <parcours/ui/BillingDialogs.h>
#include <parcours/ui/Format.h>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

/// An amount typed in euros, or the reason it cannot be one, as a field error.
std::optional<qint64> readAmount(const QString& text, const QString& field, QList<FieldError>* errors)
{
    const auto amount = Money::parse(text);
    if (!amount) {
        errors->append({ field, amount.error().message });
        return std::nullopt;
    }
    return amount->cents();
}

} // namespace

PaymentDialog::PaymentDialog(const InvoiceState& invoice, QDate today, Submit submit, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PaymentDialog>())
    , m_invoiceId(invoice.invoice.id)
    , m_submit(std::move(submit))
    , m_errors(nullptr)
{
    m_ui->setupUi(this);
    setObjectName(u"paymentDialog"_s);
    setWindowTitle(tr("Record a payment"));
    m_errors = FieldErrors(m_ui->formErrorLabel);
    m_errors.bind(u"paid_on"_s, m_ui->dateEdit, m_ui->dateErrorLabel);
    m_errors.bind(u"amount"_s, m_ui->amountLineEdit, m_ui->amountErrorLabel);
    m_errors.bind(u"reference"_s, m_ui->referenceLineEdit, m_ui->referenceErrorLabel);
    m_ui->invoiceLabel->setText(tr("Invoice %1 to %2, of %3: %4 still owed.")
                                    .arg(invoice.invoice.number, invoice.invoice.buyerName,
                                         format::longDate(invoice.invoice.issuedOn),
                                         Money::fromCents(invoice.balanceCents()).display()));
    m_ui->dateEdit->setDisplayFormat(u"dd/MM/yyyy"_s);
    m_ui->dateEdit->setDate(today);
    m_ui->amountLineEdit->setText(Money::fromCents(std::max<qint64>(invoice.balanceCents(), 0)).display());
    for (PaymentMethod method : kAllPaymentMethods)
        m_ui->methodComboBox->addItem(displayName(method), toKey(method));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PaymentDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PaymentDialog::reject);
}

PaymentDialog::~PaymentDialog() = default;

void PaymentDialog::setAmountText(const QString& text)
{
    m_ui->amountLineEdit->setText(text);
}

void PaymentDialog::setDate(QDate date)
{
    m_ui->dateEdit->setDate(date);
}

void PaymentDialog::accept()
{
    QList<FieldError> errors;
    Payment payment;
    payment.invoiceId = m_invoiceId;
    payment.paidOn = m_ui->dateEdit->date();
    payment.amountCents = readAmount(m_ui->amountLineEdit->text(), u"amount"_s, &errors).value_or(0);
    payment.method = fromKey<PaymentMethod>(m_ui->methodComboBox->currentData().toString()).value_or(PaymentMethod::Other);
    payment.reference = m_ui->referenceLineEdit->text();
    if (m_errors.show(errors))
        return;
    if (m_submit) {
        if (auto done = m_submit(payment); !done) {
            m_errors.show(done.error());
            return;
        }
    }
    QDialog::accept();
}

CreditNoteDialog::CreditNoteDialog(const InvoiceState& invoice, QDate today, Submit submit, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreditNoteDialog>())
    , m_submit(std::move(submit))
    , m_errors(nullptr)
{
    m_ui->setupUi(this);
    setObjectName(u"creditNoteDialog"_s);
    setWindowTitle(tr("Issue a credit note"));
    m_errors = FieldErrors(m_ui->formErrorLabel);
    m_errors.bind(u"amount"_s, m_ui->amountLineEdit, m_ui->amountErrorLabel);
    m_errors.bind(u"reason"_s, m_ui->reasonLineEdit, m_ui->reasonErrorLabel);
    m_errors.bind(u"issued_on"_s, m_ui->dateEdit, m_ui->dateErrorLabel);
    const qint64 left = invoice.invoice.amountCents - invoice.creditedCents;
    m_ui->invoiceLabel->setText(tr("An issued invoice is never changed: a credit note takes all or part of it back. "
                                   "Invoice %1 to %2, %3 not credited yet.")
                                    .arg(invoice.invoice.number, invoice.invoice.buyerName,
                                         Money::fromCents(left).display()));
    m_ui->amountLineEdit->setText(Money::fromCents(left).display());
    m_ui->dateEdit->setDisplayFormat(u"dd/MM/yyyy"_s);
    m_ui->dateEdit->setDate(today);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CreditNoteDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CreditNoteDialog::reject);
}

CreditNoteDialog::~CreditNoteDialog() = default;

void CreditNoteDialog::setAmountText(const QString& text)
{
    m_ui->amountLineEdit->setText(text);
}

void CreditNoteDialog::setReason(const QString& reason)
{
    m_ui->reasonLineEdit->setText(reason);
}

void CreditNoteDialog::accept()
{
    QList<FieldError> errors;
    const auto cents = readAmount(m_ui->amountLineEdit->text(), u"amount"_s, &errors);
    if (m_errors.show(errors))
        return;
    if (m_submit) {
        if (auto done = m_submit(*cents, m_ui->reasonLineEdit->text(), m_ui->dateEdit->date()); !done) {
            m_errors.show(done.error());
            return;
        }
    }
    QDialog::accept();
}

} // namespace parcours
