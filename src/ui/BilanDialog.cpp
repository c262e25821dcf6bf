#include "ui_BilanDialog.h"

#include <parcours/core/Hours.h>
#include <parcours/core/Validation.h>
#include <parcours/core/WallClock.h>
#include <parcours/ui/Colours.h>
#include <parcours/ui/BilanDialog.h>
#include <parcours/ui/ConflictPrompt.h>

using namespace Qt::StringLiterals;

namespace parcours {

BilanDialog::BilanDialog(QDate today, Submit submit, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BilanDialog>())
    , m_submit(std::move(submit))
    , m_errors(nullptr)
{
    m_ui->setupUi(this);
    m_errors = FieldErrors(m_ui->formErrorLabel);
    m_errors.bind(fields::startDate.toString(), m_ui->startDateEdit, m_ui->startDateErrorLabel);
    m_errors.bind(fields::endDate.toString(), m_ui->startDateEdit, m_ui->startDateErrorLabel);
    m_errors.bind(fields::budgets.toString(), m_ui->preliminarySpinBox, m_ui->budgetsErrorLabel);
    for (Funding funding : kAllFundings)
        m_ui->fundingComboBox->addItem(displayName(funding), toKey(funding));
    m_ui->startDateEdit->setDate(today);
    m_ui->startDateEdit->setDisplayFormat(u"dd/MM/yyyy"_s);
    for (Phase phase : kAllPhases) {
        DurationSpinBox* box = budgetSpinBox(phase);
        box->setRange(0, kCapMinutes);
        box->setSingleStep(30);
        connect(box, &QSpinBox::valueChanged, this, &BilanDialog::updateTotal);
    }
    connect(m_ui->startKnownCheckBox, &QCheckBox::toggled, m_ui->startDateEdit, &QWidget::setEnabled);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &BilanDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &BilanDialog::reject);
    setBilan(Bilan {}, QString());
}

BilanDialog::~BilanDialog() = default;

DurationSpinBox* BilanDialog::budgetSpinBox(Phase phase) const
{
    switch (phase) {
    case Phase::Intake:
        return m_ui->intakeSpinBox;
    case Phase::Preliminary:
        return m_ui->preliminarySpinBox;
    case Phase::Investigation:
        return m_ui->investigationSpinBox;
    case Phase::Conclusion:
        return m_ui->conclusionSpinBox;
    case Phase::FollowUp:
        return m_ui->followUpSpinBox;
    }
    return nullptr;
}

void BilanDialog::setBilan(const Bilan& bilan, const QString& clientName)
{
    m_bilan = bilan;
    m_clientName = clientName;
    if (bilan.id)
        setWindowTitle(tr("Bilan no. %1 of %2").arg(bilan.id).arg(clientName));
    else
        setWindowTitle(clientName.isEmpty() ? tr("Open a bilan") : tr("Open a bilan for %1").arg(clientName));
    m_ui->fundingComboBox->setCurrentIndex(m_ui->fundingComboBox->findData(toKey(bilan.funding)));
    m_ui->startKnownCheckBox->setChecked(bilan.startDate.isValid() || !bilan.id);
    if (bilan.startDate.isValid())
        m_ui->startDateEdit->setDate(bilan.startDate);
    for (Phase phase : kAllPhases)
        budgetSpinBox(phase)->setValue(bilan.budgets.minutes(phase));
    updateTotal();
}

Bilan BilanDialog::bilan() const
{
    Bilan bilan = m_bilan;
    bilan.funding = fromKey<Funding>(m_ui->fundingComboBox->currentData().toString()).value_or(Funding::Cpf);
    bilan.startDate = m_ui->startKnownCheckBox->isChecked() ? m_ui->startDateEdit->date() : QDate();
    for (Phase phase : kAllPhases)
        bilan.budgets.setMinutes(phase, budgetSpinBox(phase)->value());
    return bilan;
}

void BilanDialog::updateTotal()
{
    const int counted = bilan().budgets.countedMinutes();
    const bool over = counted > kCapMinutes;
    m_ui->countedTotalLabel->setText(tr("Preliminary + investigation + conclusion: %1 of %2 at most.")
                                         .arg(formatMinutes(counted), formatMinutes(kCapMinutes)));
    m_ui->countedTotalLabel->setStyleSheet(over ? colours::css(colours::error()) + u" font-weight: bold;"_s : QString());
}

void BilanDialog::accept()
{
    const Bilan typed = bilan();
    if (m_errors.show(validateBilan(typed)))
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

bool BilanDialog::settleConflict(const Bilan& typed, const Error& conflict)
{
    ConflictPrompt::Actions actions;
    actions.record = tr("bilan no. %1").arg(m_bilan.id);
    actions.reload = [this]() -> Result<void> {
        auto stored = m_reload(m_bilan.id);
        if (!stored)
            return stored.error();
        setBilan(stored.value(), m_clientName);
        return success();
    };
    actions.overwrite = [this, typed]() -> Result<void> {
        auto stored = m_reload(m_bilan.id);
        if (!stored)
            return stored.error();
        Bilan mine = typed;
        mine.version = stored->version;
        return m_submit(mine);
    };
    actions.myText = [this, typed] {
        QStringList lines { m_ui->fundingComboBox->currentText(),
                            typed.startDate.isValid() ? typed.startDate.toString(u"dd/MM/yyyy"_s) : QString() };
        for (Phase phase : kAllPhases)
            lines << displayName(phase) + u": "_s + formatMinutes(typed.budgets.minutes(phase));
        return lines.join(u'\n');
    };
    auto settled = ConflictPrompt::resolve(this, conflict, actions);
    if (!settled) {
        m_errors.show(settled.error());
        return false;
    }
    m_errors.clear();
    return settled.value() == ConflictPrompt::Choice::Overwrite;
}

} // namespace parcours
