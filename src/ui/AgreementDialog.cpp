#include "ui_AgreementDialog.h"
#include "ui_DateDialog.h"

#include <parcours/ui/AgreementDialog.h>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

void bindDate(QCheckBox* check, QDateEdit* edit, QDate date, QDate today)
{
    edit->setDisplayFormat(u"dd/MM/yyyy"_s);
    check->setChecked(date.isValid());
    edit->setDate(date.isValid() ? date : today);
    edit->setEnabled(date.isValid());
    QObject::connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
}

QDate dateOf(const QCheckBox* check, const QDateEdit* edit)
{
    return check->isChecked() ? edit->date() : QDate();
}

} // namespace

AgreementDialog::AgreementDialog(QDate today, Submit submit, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AgreementDialog>())
    , m_today(today)
    , m_submit(std::move(submit))
    , m_errors(nullptr)
{
    m_ui->setupUi(this);
    m_errors = FieldErrors(m_ui->formErrorLabel);
    m_errors.bind(u"employer"_s, m_ui->employerPlainTextEdit, m_ui->employerErrorLabel);
    m_errors.bind(u"price"_s, m_ui->priceLineEdit, m_ui->priceErrorLabel);
    m_errors.bind(u"payment_terms"_s, m_ui->paymentLineEdit, m_ui->paymentErrorLabel);
    m_errors.bind(u"sent_on"_s, m_ui->sentDateEdit, m_ui->sentErrorLabel);
    m_errors.bind(u"signed_on"_s, m_ui->signedDateEdit, m_ui->signedErrorLabel);
    m_errors.bind(u"refused_on"_s, m_ui->refusedDateEdit, m_ui->refusedErrorLabel);
    setWindowTitle(tr("Tripartite agreement"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AgreementDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AgreementDialog::reject);
}

AgreementDialog::~AgreementDialog() = default;

void AgreementDialog::setRecord(const AgreementRecord& record, const QString& status)
{
    m_record = record;
    m_ui->statusLabel->setText(status);
    m_ui->employerPlainTextEdit->setPlainText(record.employer);
    m_ui->priceLineEdit->setText(record.priceCents ? QLocale().toString(double(*record.priceCents) / 100.0, 'f', 2)
                                                   : QString());
    m_ui->paymentLineEdit->setText(record.paymentTerms);
    bindDate(m_ui->sentCheckBox, m_ui->sentDateEdit, record.sentOn, m_today);
    bindDate(m_ui->signedCheckBox, m_ui->signedDateEdit, record.signedOn, m_today);
    bindDate(m_ui->refusedCheckBox, m_ui->refusedDateEdit, record.refusedOn, m_today);
}

void AgreementDialog::setReload(std::function<Result<AgreementRecord>()> read,
                                std::function<QString(const AgreementRecord&)> status)
{
    m_conflicts.record = tr("the tripartite agreement");
    m_conflicts.read = std::move(read);
    m_conflicts.show = [this, status = std::move(status)](const AgreementRecord& stored) {
        setRecord(stored, status ? status(stored) : m_ui->statusLabel->text());
    };
    m_conflicts.submit = m_submit;
    m_conflicts.text = [](const AgreementRecord& typed) {
        QStringList lines { typed.employer };
        if (typed.priceCents)
            lines << QLocale().toString(double(*typed.priceCents) / 100.0, 'f', 2);
        lines << typed.paymentTerms;
        for (QDate date : { typed.sentOn, typed.signedOn, typed.refusedOn })
            lines << (date.isValid() ? date.toString(u"dd/MM/yyyy"_s) : QString());
        return lines.join(u'\n');
    };
}

AgreementRecord AgreementDialog::record() const
{
    AgreementRecord record = m_record;
    record.employer = m_ui->employerPlainTextEdit->toPlainText();
    record.priceCents = AgreementRules::parsePrice(m_ui->priceLineEdit->text());
    record.paymentTerms = m_ui->paymentLineEdit->text();
    record.sentOn = dateOf(m_ui->sentCheckBox, m_ui->sentDateEdit);
    record.signedOn = dateOf(m_ui->signedCheckBox, m_ui->signedDateEdit);
    record.refusedOn = dateOf(m_ui->refusedCheckBox, m_ui->refusedDateEdit);
    return record;
}

void AgreementDialog::accept()
{
    const AgreementRecord typed = record();
    QList<FieldError> errors = AgreementRules::validate(typed, m_today);
    if (!m_ui->priceLineEdit->text().trimmed().isEmpty() && !typed.priceCents)
        errors.append({ u"price"_s, tr("Write the price in euros, for example 1 800,00.") });
    if (m_errors.show(errors))
        return;
    if (m_submit) {
        if (auto done = m_submit(typed); !done) {
            if (done.error().code != ErrorCode::Conflict || !m_conflicts.enabled()) {
                m_errors.show(done.error());
                return;
            }
            if (!m_conflicts.settle(this, done.error(), typed, m_errors))
                return;
        }
    }
    QDialog::accept();
}

DateDialog::DateDialog(const QString& title, const QString& prompt, QDate date, Submit submit, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DateDialog>())
    , m_submit(std::move(submit))
    , m_errors(nullptr)
{
    m_ui->setupUi(this);
    m_errors = FieldErrors(nullptr);
    m_errors.bind(u"signed_on"_s, m_ui->dateEdit, m_ui->dateErrorLabel);
    setWindowTitle(title);
    m_ui->promptLabel->setText(prompt);
    m_ui->dateEdit->setDisplayFormat(u"dd/MM/yyyy (dddd)"_s);
    m_ui->dateEdit->setDate(date);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &DateDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &DateDialog::reject);
}

DateDialog::~DateDialog() = default;

void DateDialog::setDate(QDate date)
{
    m_ui->dateEdit->setDate(date);
}

void DateDialog::accept()
{
    if (m_submit) {
        if (auto done = m_submit(m_ui->dateEdit->date()); !done) {
            // Errors that are not about the date (no final version) show under it too: there is nothing else.
            m_errors.show(QList<FieldError> { { u"signed_on"_s, done.error().message } });
            return;
        }
    }
    QDialog::accept();
}

} // namespace parcours
