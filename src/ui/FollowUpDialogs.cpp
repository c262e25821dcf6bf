#include "ui_AbandonDialog.h"
#include "ui_FollowUpOutcomeDialog.h"

#include <parcours/ui/ConflictPrompt.h>
#include <parcours/ui/FollowUpDialogs.h>

#include <QLocale>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace parcours {

AbandonDialog::AbandonDialog(const QString& prompt, QDate date, Submit submit, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AbandonDialog>())
    , m_submit(std::move(submit))
    , m_errors(nullptr)
{
    m_ui->setupUi(this);
    m_errors.bind(u"reason"_s, m_ui->reasonLineEdit, m_ui->reasonErrorLabel);
    m_errors.bind(u"date"_s, m_ui->dateEdit, m_ui->dateErrorLabel);
    m_ui->promptLabel->setText(prompt);
    m_ui->dateEdit->setDisplayFormat(u"dd/MM/yyyy (dddd)"_s);
    m_ui->dateEdit->setDate(date);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Record the abandonment"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AbandonDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AbandonDialog::reject);
}

AbandonDialog::~AbandonDialog() = default;

void AbandonDialog::setReason(const QString& reason)
{
    m_ui->reasonLineEdit->setText(reason);
}

void AbandonDialog::accept()
{
    if (auto done = m_submit(m_ui->reasonLineEdit->text(), m_ui->dateEdit->date()); !done) {
        Error error = done.error();
        if (error.field.isEmpty())
            error.field = u"date"_s;
        m_errors.show(error);
        return;
    }
    QDialog::accept();
}

FollowUpOutcomeDialog::FollowUpOutcomeDialog(const QString& prompt, QDate today, Submit submit, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FollowUpOutcomeDialog>())
    , m_submit(std::move(submit))
    , m_errors(nullptr)
{
    m_ui->setupUi(this);
    m_errors = FieldErrors(m_ui->generalErrorLabel);
    m_errors.bind(u"date"_s, m_ui->dateEdit, m_ui->dateErrorLabel);
    m_errors.bind(u"attempts"_s, m_ui->attemptsListWidget, m_ui->attemptsErrorLabel);
    m_ui->promptLabel->setText(prompt);
    for (FollowUpOutcome outcome : kAllFollowUpOutcomes)
        m_ui->outcomeComboBox->addItem(displayName(outcome), static_cast<int>(outcome));
    for (ContactChannel channel : kAllContactChannels)
        m_ui->channelComboBox->addItem(displayName(channel), static_cast<int>(channel));
    m_ui->attemptsListWidget->setAccessibleName(tr("Attempts to reach the beneficiary"));
    m_ui->attemptDateEdit->setAccessibleName(tr("Day of the attempt"));
    m_ui->channelComboBox->setAccessibleName(tr("How"));
    for (QDateEdit* edit : { m_ui->dateEdit, m_ui->attemptDateEdit }) {
        edit->setDisplayFormat(u"dd/MM/yyyy"_s);
        edit->setDate(today);
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    connect(m_ui->addAttemptPushButton, &QPushButton::clicked, this, [this] {
        addAttempt(m_ui->attemptDateEdit->date(),
            static_cast<ContactChannel>(m_ui->channelComboBox->currentData().toInt()));
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FollowUpOutcomeDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &FollowUpOutcomeDialog::reject);
}

FollowUpOutcomeDialog::~FollowUpOutcomeDialog() = default;

void FollowUpOutcomeDialog::setOutcome(FollowUpOutcome outcome)
{
    m_ui->outcomeComboBox->setCurrentIndex(m_ui->outcomeComboBox->findData(static_cast<int>(outcome)));
}

void FollowUpOutcomeDialog::addAttempt(QDate date, ContactChannel channel)
{
    m_attempts << ContactAttempt { 0, date, channel };
    m_ui->attemptsListWidget->addItem(
        tr("%1 — %2").arg(QLocale().toString(date, QLocale::ShortFormat), displayName(channel)));
}

FollowUpChange FollowUpOutcomeDialog::change() const
{
    FollowUpChange change;
    change.outcome = static_cast<FollowUpOutcome>(m_ui->outcomeComboBox->currentData().toInt());
    change.outcomeOn = m_ui->dateEdit->date();
    change.attempts = m_attempts;
    change.notes = m_ui->notesPlainTextEdit->toPlainText();
    change.readVersion = m_readVersion;
    return change;
}

void FollowUpOutcomeDialog::setRecord(const FollowUpRecord& record, std::function<Result<FollowUpRecord>()> read)
{
    m_readVersion = record.version;
    m_read = std::move(read);
    m_ui->notesPlainTextEdit->setPlainText(record.notes);
}

void FollowUpOutcomeDialog::accept()
{
    const FollowUpChange typed = change();
    if (auto done = m_submit(typed); !done) {
        if (done.error().code != ErrorCode::Conflict || !m_read) {
            m_errors.show(done.error());
            return;
        }
        if (!settleConflict(typed, done.error()))
            return;
    }
    QDialog::accept();
}

bool FollowUpOutcomeDialog::settleConflict(const FollowUpChange& typed, const Error& conflict)
{
    ConflictPrompt::Actions actions;
    actions.record = tr("this follow-up");
    actions.reload = [this]() -> Result<void> {
        auto stored = m_read();
        if (!stored)
            return stored.error();
        setRecord(stored.value(), m_read);
        return success();
    };
    actions.overwrite = [this, &typed]() -> Result<void> {
        auto stored = m_read();
        if (!stored)
            return stored.error();
        FollowUpChange mine = typed;
        mine.readVersion = stored->version;
        return m_submit(mine);
    };
    actions.myText = [&typed] { return typed.notes.value_or(QString()); };
    auto settled = ConflictPrompt::resolve(this, conflict, actions);
    if (!settled) {
        m_errors.show(settled.error());
        return false;
    }
    m_errors.clear();
    return settled.value() == ConflictPrompt::Choice::Overwrite;
}

} // namespace parcours
