#include "ui_ClientDialog.h"

#include <parcours/core/ClientService.h>
#include <parcours/core/Validation.h>
#include <parcours/ui/ClientDialog.h>
#include <parcours/ui/ConflictPrompt.h>

using namespace Qt::StringLiterals;

namespace parcours {

ClientDialog::ClientDialog(QDate today, Submit submit, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ClientDialog>())
    , m_today(today)
    , m_submit(std::move(submit))
    , m_errors(nullptr)
{
    m_ui->setupUi(this);
    m_errors = FieldErrors(m_ui->formErrorLabel);
    m_errors.bind(fields::lastName.toString(), m_ui->lastNameLineEdit, m_ui->lastNameErrorLabel);
    m_errors.bind(fields::firstName.toString(), m_ui->firstNameLineEdit, m_ui->firstNameErrorLabel);
    m_errors.bind(fields::email.toString(), m_ui->emailLineEdit, m_ui->emailErrorLabel);
    m_errors.bind(fields::phone.toString(), m_ui->phoneLineEdit, m_ui->phoneErrorLabel);
    m_errors.bind(fields::birthDate.toString(), m_ui->birthDateLineEdit, m_ui->birthDateErrorLabel);
    setWindowTitle(tr("New beneficiary"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ClientDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ClientDialog::reject);
}

ClientDialog::~ClientDialog() = default;

void ClientDialog::setClient(const Client& client)
{
    m_client = client;
    setWindowTitle(client.id ? tr("Beneficiary: %1").arg(client.fullName()) : tr("New beneficiary"));
    m_ui->lastNameLineEdit->setText(client.lastName);
    m_ui->firstNameLineEdit->setText(client.firstName);
    m_ui->emailLineEdit->setText(client.email);
    m_ui->phoneLineEdit->setText(client.phone);
    m_ui->birthDateLineEdit->setText(client.birthDate.isValid() ? client.birthDate.toString(u"dd/MM/yyyy"_s)
                                                                : QString());
}

Client ClientDialog::client() const
{
    Client client = m_client;
    client.lastName = m_ui->lastNameLineEdit->text();
    client.firstName = m_ui->firstNameLineEdit->text();
    client.email = m_ui->emailLineEdit->text();
    client.phone = m_ui->phoneLineEdit->text();
    client.birthDate = QDate::fromString(m_ui->birthDateLineEdit->text().trimmed(), u"dd/MM/yyyy"_s);
    return ClientService::tidied(client);
}

QList<FieldError> ClientDialog::check(Client& client) const
{
    QList<FieldError> errors = validateClient(client, m_today);
    const QString birth = m_ui->birthDateLineEdit->text().trimmed();
    if (!birth.isEmpty() && !client.birthDate.isValid())
        errors.append({ fields::birthDate.toString(), tr("Write the date as dd/mm/yyyy, for example 14/07/1985.") });
    return errors;
}

void ClientDialog::accept()
{
    Client typed = client();
    if (m_errors.show(check(typed)))
        return;
    if (m_submit) {
        if (auto done = m_submit(typed); !done) {
            if (done.error().code != ErrorCode::Conflict || !m_reload) {
                m_errors.show(done.error());
                return;
            }
            if (!settleConflict(typed, done.error()))
                return;
        }
    }
    QDialog::accept();
}

bool ClientDialog::settleConflict(const Client& typed, const Error& conflict)
{
    ConflictPrompt::Actions actions;
    actions.record = tr("the record of %1").arg(m_client.fullName());
    actions.reload = [this]() -> Result<void> {
        auto stored = m_reload(m_client.id);
        if (!stored)
            return stored.error();
        setClient(stored.value());
        return success();
    };
    actions.overwrite = [this, typed]() -> Result<void> {
        auto stored = m_reload(m_client.id);
        if (!stored)
            return stored.error();
        Client mine = typed;
        mine.version = stored->version;
        return m_submit(mine);
    };
    actions.myText = [typed] {
        return QStringList { typed.lastName, typed.firstName, typed.email, typed.phone,
                             typed.birthDate.isValid() ? typed.birthDate.toString(u"dd/MM/yyyy"_s) : QString() }
            .join(u'\n');
    };
    auto settled = ConflictPrompt::resolve(this, conflict, actions);
    if (!settled) {
        m_errors.show(settled.error());
        return false;
    }
    m_errors.clear();
    // Reloaded (or copied then reloaded): theirs is shown, to be looked at before saving again.
    return settled.value() == ConflictPrompt::Choice::Overwrite;
}

} // namespace parcours
