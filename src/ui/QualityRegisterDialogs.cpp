#include "ui_ImprovementActionDialog.h"
#include "ui_RegisterEntryDialog.h"

#include <parcours/ui/QualityRegisterDialogs.h>

using namespace Qt::StringLiterals;

namespace parcours {

RegisterEntryDialog::RegisterEntryDialog(const RegisterEntry& entry, Submit submit, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RegisterEntryDialog>())
    , m_entry(entry)
    , m_submit(std::move(submit))
    , m_errors(nullptr)
{
    m_ui->setupUi(this);
    setWindowTitle(entry.id ? tr("Register entry") : tr("New complaint or incident"));
    m_errors = FieldErrors(m_ui->formErrorLabel);
    m_errors.bind(u"date"_s, m_ui->dateEdit, m_ui->dateErrorLabel);
    m_errors.bind(u"from"_s, m_ui->fromLineEdit, m_ui->fromErrorLabel);
    m_errors.bind(u"nature"_s, m_ui->naturePlainTextEdit, m_ui->natureErrorLabel);
    m_errors.bind(u"outcome"_s, m_ui->outcomeLineEdit, m_ui->outcomeErrorLabel);
    m_errors.bind(u"closed_on"_s, m_ui->closedDateEdit, m_ui->closedErrorLabel);
    m_ui->kindComboBox->addItem(displayName(RegisterKind::Complaint), static_cast<int>(RegisterKind::Complaint));
    m_ui->kindComboBox->addItem(displayName(RegisterKind::Incident), static_cast<int>(RegisterKind::Incident));
    connect(m_ui->closedCheckBox, &QCheckBox::toggled, m_ui->closedDateEdit, &QWidget::setEnabled);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RegisterEntryDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &RegisterEntryDialog::reject);
    setEntry(entry);
}

RegisterEntryDialog::~RegisterEntryDialog() = default;

void RegisterEntryDialog::setEntry(const RegisterEntry& entry)
{
    m_entry = entry;
    m_ui->kindComboBox->setCurrentIndex(entry.kind == RegisterKind::Complaint ? 0 : 1);
    m_ui->dateEdit->setDate(entry.receivedOn);
    m_ui->fromLineEdit->setText(entry.fromWhom);
    m_ui->naturePlainTextEdit->setPlainText(entry.nature);
    m_ui->handlingPlainTextEdit->setPlainText(entry.handling);
    m_ui->outcomeLineEdit->setText(entry.outcome);
    m_ui->closedCheckBox->setChecked(entry.closedOn.isValid());
    m_ui->closedDateEdit->setDate(entry.closedOn.isValid() ? entry.closedOn : entry.receivedOn);
    m_ui->closedDateEdit->setEnabled(entry.closedOn.isValid());
}

void RegisterEntryDialog::setReload(std::function<Result<RegisterEntry>()> read)
{
    m_conflicts.record = tr("this register entry");
    m_conflicts.read = std::move(read);
    m_conflicts.show = [this](const RegisterEntry& stored) { setEntry(stored); };
    m_conflicts.submit = m_submit;
    m_conflicts.text = [](const RegisterEntry& typed) {
        return QStringList { typed.receivedOn.toString(u"dd/MM/yyyy"_s), typed.fromWhom, typed.nature, typed.handling,
                             typed.outcome, typed.closedOn.isValid() ? typed.closedOn.toString(u"dd/MM/yyyy"_s) : QString() }
            .join(u'\n');
    };
}

RegisterEntry RegisterEntryDialog::entry() const
{
    RegisterEntry entry = m_entry;
    entry.kind = static_cast<RegisterKind>(m_ui->kindComboBox->currentData().toInt());
    entry.receivedOn = m_ui->dateEdit->date();
    entry.fromWhom = m_ui->fromLineEdit->text();
    entry.nature = m_ui->naturePlainTextEdit->toPlainText();
    entry.handling = m_ui->handlingPlainTextEdit->toPlainText();
    entry.outcome = m_ui->outcomeLineEdit->text();
    entry.closedOn = m_ui->closedCheckBox->isChecked() ? m_ui->closedDateEdit->date() : QDate();
    return entry;
}

void RegisterEntryDialog::accept()
{
    m_errors.clear();
    const auto typed = entry();
    if (auto done = m_submit(typed); !done) {
        if (done.error().code != ErrorCode::Conflict || !m_conflicts.enabled()) {
            m_errors.show(done.error());
            return;
        }
        if (!m_conflicts.settle(this, done.error(), typed, m_errors))
            return;
    }
    QDialog::accept();
}

ImprovementActionDialog::ImprovementActionDialog(const ImprovementAction& action, Submit submit, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImprovementActionDialog>())
    , m_action(action)
    , m_submit(std::move(submit))
    , m_errors(nullptr)
{
    m_ui->setupUi(this);
    setWindowTitle(action.id ? tr("Improvement action") : tr("New improvement action"));
    m_errors = FieldErrors(m_ui->formErrorLabel);
    m_errors.bind(u"date"_s, m_ui->dateEdit, m_ui->dateErrorLabel);
    m_errors.bind(u"source"_s, m_ui->sourceLineEdit, m_ui->sourceErrorLabel);
    m_errors.bind(u"action"_s, m_ui->actionPlainTextEdit, m_ui->actionErrorLabel);
    m_errors.bind(u"owner"_s, m_ui->ownerLineEdit, m_ui->ownerErrorLabel);
    m_errors.bind(u"due"_s, m_ui->dueDateEdit, m_ui->dueErrorLabel);
    for (ActionStatus status : kAllActionStatuses)
        m_ui->statusComboBox->addItem(displayName(status), static_cast<int>(status));
    connect(m_ui->dueCheckBox, &QCheckBox::toggled, m_ui->dueDateEdit, &QWidget::setEnabled);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ImprovementActionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ImprovementActionDialog::reject);
    setAction(action);
}

ImprovementActionDialog::~ImprovementActionDialog() = default;

void ImprovementActionDialog::setAction(const ImprovementAction& action)
{
    m_action = action;
    m_ui->statusComboBox->setCurrentIndex(m_ui->statusComboBox->findData(static_cast<int>(action.status)));
    m_ui->dateEdit->setDate(action.raisedOn);
    m_ui->sourceLineEdit->setText(action.source);
    m_ui->actionPlainTextEdit->setPlainText(action.action);
    m_ui->ownerLineEdit->setText(action.owner);
    m_ui->dueCheckBox->setChecked(action.dueOn.isValid());
    m_ui->dueDateEdit->setDate(action.dueOn.isValid() ? action.dueOn : action.raisedOn.addMonths(1));
    m_ui->dueDateEdit->setEnabled(action.dueOn.isValid());
}

void ImprovementActionDialog::setReload(std::function<Result<ImprovementAction>()> read)
{
    m_conflicts.record = tr("this improvement action");
    m_conflicts.read = std::move(read);
    m_conflicts.show = [this](const ImprovementAction& stored) { setAction(stored); };
    m_conflicts.submit = m_submit;
    m_conflicts.text = [](const ImprovementAction& typed) {
        return QStringList { typed.raisedOn.toString(u"dd/MM/yyyy"_s), typed.source, typed.action, typed.owner,
                             typed.dueOn.isValid() ? typed.dueOn.toString(u"dd/MM/yyyy"_s) : QString() }
            .join(u'\n');
    };
}

ImprovementAction ImprovementActionDialog::action() const
{
    ImprovementAction action = m_action;
    action.raisedOn = m_ui->dateEdit->date();
    action.source = m_ui->sourceLineEdit->text();
    action.action = m_ui->actionPlainTextEdit->toPlainText();
    action.owner = m_ui->ownerLineEdit->text();
    action.dueOn = m_ui->dueCheckBox->isChecked() ? m_ui->dueDateEdit->date() : QDate();
    action.status = static_cast<ActionStatus>(m_ui->statusComboBox->currentData().toInt());
    return action;
}

void ImprovementActionDialog::accept()
{
    m_errors.clear();
    const auto typed = action();
    if (auto done = m_submit(typed); !done) {
        if (done.error().code != ErrorCode::Conflict || !m_conflicts.enabled()) {
            m_errors.show(done.error());
            return;
        }
        if (!m_conflicts.settle(this, done.error(), typed, m_errors))
            return;
    }
    QDialog::accept();
}

} // namespace parcours
