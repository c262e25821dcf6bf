#include "ui_ObservationsDialog.h"
#include "ui_TemplateDialog.h"

#include <parcours/ui/SynthesisDialogs.h>

using namespace Qt::StringLiterals;

namespace parcours {

ObservationsDialog::ObservationsDialog(const QString& observations, Submit submit, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ObservationsDialog>())
    , m_submit(std::move(submit))
    , m_errors(nullptr)
{
    m_ui->setupUi(this);
    m_errors = FieldErrors(m_ui->formErrorLabel);
    setWindowTitle(tr("The beneficiary's observations"));
    m_ui->observationsPlainTextEdit->setPlainText(observations);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ObservationsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ObservationsDialog::reject);
}

ObservationsDialog::~ObservationsDialog() = default;

void ObservationsDialog::setText(const QString& text)
{
    m_ui->observationsPlainTextEdit->setPlainText(text);
}

void ObservationsDialog::accept()
{
    if (m_submit) {
        if (auto done = m_submit(m_ui->observationsPlainTextEdit->toPlainText()); !done) {
            m_errors.show(done.error());
            return;
        }
    }
    QDialog::accept();
}

TemplateDialog::TemplateDialog(Submit submit, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TemplateDialog>())
    , m_submit(std::move(submit))
    , m_errors(nullptr)
{
    m_ui->setupUi(this);
    m_errors = FieldErrors(m_ui->formErrorLabel);
    m_errors.bind(u"name"_s, m_ui->nameLineEdit, m_ui->nameErrorLabel);
    setWindowTitle(tr("Save as my template"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &TemplateDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &TemplateDialog::reject);
}

TemplateDialog::~TemplateDialog() = default;

void TemplateDialog::setName(const QString& name)
{
    m_ui->nameLineEdit->setText(name);
}

void TemplateDialog::accept()
{
    if (m_submit) {
        if (auto done = m_submit(m_ui->nameLineEdit->text(), m_ui->defaultCheckBox->isChecked()); !done) {
            m_errors.show(done.error());
            return;
        }
    }
    QDialog::accept();
}

} // namespace parcours
