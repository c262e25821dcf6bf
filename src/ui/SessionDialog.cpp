#include "ui_SessionDialog.h"

#include <parcours/core/Hours.h>
#include <parcours/core/Validation.h>
#include <parcours/core/WallClock.h>
#include <parcours/ui/Colours.h>
#include <parcours/ui/SessionDialog.h>

#include <QLocale>

using namespace Qt::StringLiterals;

namespace parcours {

SessionDialog::SessionDialog(Mode mode, Submit submit, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SessionDialog>())
    , m_mode(mode)
    , m_submit(std::move(submit))
    , m_errors(nullptr)
{
    m_ui->setupUi(this);
    m_errors = FieldErrors(m_ui->formErrorLabel);
    m_errors.bind(fields::startsAt.toString(), m_ui->dateEdit, m_ui->startsAtErrorLabel);
    m_errors.bind(fields::plannedMinutes.toString(), m_ui->plannedSpinBox, m_ui->plannedMinutesErrorLabel);
    m_errors.bind(fields::actualMinutes.toString(), m_ui->actualSpinBox, m_ui->actualMinutesErrorLabel);
    for (Phase phase : kAllPhases)
        m_ui->phaseComboBox->addItem(displayName(phase), toKey(phase));
    for (SessionStatus status : kAllSessionStatuses)
        m_ui->statusComboBox->addItem(displayName(status), toKey(status));
    // A date typed on the keyboard is taken (TypedDateEdit: digits only); the day's name is said beside it.
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this,
        [this](QDate date) { m_ui->dayOfWeekLabel->setText(QLocale().dayName(date.dayOfWeek())); });
    // Wide ranges: out-of-range values are refused with a reason, not silently clamped.
    m_ui->plannedSpinBox->setRange(0, 24 * 60);
    m_ui->actualSpinBox->setRange(0, 24 * 60);
    m_ui->plannedSpinBox->setSingleStep(15);
    m_ui->actualSpinBox->setSingleStep(15);

    switch (mode) {
    case Mode::Plan:
        setWindowTitle(tr("New session"));
        m_ui->logGroupBox->hide();
        break;
    case Mode::Edit:
        // What happened is logged in the log dialog, with its rules (who cancelled, proof); here only the plan.
        setWindowTitle(tr("Edit the session"));
        m_ui->logGroupBox->hide();
        break;
    case Mode::Log:
        setWindowTitle(tr("Log the session"));
        resize(500, 520); // room for the notes
        break;
    }
    // Planning or changing: only the plan's rows, as tall as they are (and taller when the budget is said).
    if (mode != Mode::Log) {
        layout()->setSizeConstraint(QLayout::SetFixedSize);
        m_ui->phaseComboBox->setMinimumWidth(fontMetrics().averageCharWidth() * 44);
    }
    m_ui->budgetWarningLabel->setObjectName(u"budgetWarningLabel"_s);
    m_ui->budgetWarningLabel->setStyleSheet(colours::css(colours::warning()));
    m_ui->budgetWarningLabel->hide();
    connect(m_ui->statusComboBox, &QComboBox::currentIndexChanged, this, &SessionDialog::updateLogFields);
    connect(m_ui->phaseComboBox, &QComboBox::currentIndexChanged, this, &SessionDialog::updateBudgetWarning);
    connect(m_ui->plannedSpinBox, &QSpinBox::valueChanged, this, &SessionDialog::updateBudgetWarning);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SessionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SessionDialog::reject);
}

SessionDialog::~SessionDialog() = default;

void SessionDialog::setBilan(const Bilan& bilan, const QList<Session>& sessions)
{
    m_bilan = bilan;
    m_sessions = sessions;
    const QString current = m_ui->phaseComboBox->currentData().toString();
    const QList<Phase> allowed = phasesAllowed(bilan.status);
    {
        const QSignalBlocker blocker(m_ui->phaseComboBox);
        m_ui->phaseComboBox->clear();
        for (Phase phase : allowed)
            m_ui->phaseComboBox->addItem(displayName(phase), toKey(phase));
        const int index = m_ui->phaseComboBox->findData(current);
        m_ui->phaseComboBox->setCurrentIndex(index >= 0 ? index : 0);
    }
    updateBudgetWarning();
}

void SessionDialog::updateBudgetWarning()
{
    std::optional<PhaseOverBudget> over;
    if (m_bilan.id != 0)
        over = phaseOverBudget(m_bilan, m_sessions, session());
    m_ui->budgetWarningLabel->setText(over ? over->message() + u' ' + tr("Check the length, or change the bilan's "
                                                                         "phase budgets.")
                                           : QString());
    m_ui->budgetWarningLabel->setVisible(over.has_value());
}

void SessionDialog::setSession(const Session& session)
{
    m_session = session;
    m_ui->phaseComboBox->setCurrentIndex(m_ui->phaseComboBox->findData(toKey(session.phase)));
    m_ui->dateEdit->setDate(session.startsAt.date());
    m_ui->timeEdit->setTime(session.startsAt.time());
    m_ui->plannedSpinBox->setValue(session.plannedMinutes);
    SessionStatus status = session.status;
    if (m_mode == Mode::Log && status == SessionStatus::Planned)
        status = SessionStatus::Done; // logging a planned session: most often it took place
    m_ui->statusComboBox->setCurrentIndex(m_ui->statusComboBox->findData(toKey(status)));
    m_ui->actualSpinBox->setValue(session.actualMinutes.value_or(session.plannedMinutes));
    m_ui->notesEdit->setPlainText(session.notes);
    updateLogFields();
    updateBudgetWarning();
    if (m_mode == Mode::Log)
        m_ui->statusComboBox->setFocus();
}

Session SessionDialog::session() const
{
    Session session = m_session;
    session.phase = fromKey<Phase>(m_ui->phaseComboBox->currentData().toString()).value_or(session.phase);
    session.startsAt = wallClock(m_ui->dateEdit->date(), QTime(m_ui->timeEdit->time().hour(),
                                                                m_ui->timeEdit->time().minute()));
    session.plannedMinutes = m_ui->plannedSpinBox->value();
    if (m_mode == Mode::Edit)
        return session; // status, length done and notes stay as logged
    if (m_mode == Mode::Plan) {
        session.status = SessionStatus::Planned;
        session.actualMinutes.reset();
        return session;
    }
    session.status = fromKey<SessionStatus>(m_ui->statusComboBox->currentData().toString()).value_or(session.status);
    if (session.status == SessionStatus::Done)
        session.actualMinutes = m_ui->actualSpinBox->value();
    else
        session.actualMinutes.reset();
    session.notes = m_ui->notesEdit->toPlainText();
    return session;
}

void SessionDialog::updateLogFields()
{
    const bool done = m_ui->statusComboBox->currentData().toString() == toKey(SessionStatus::Done);
    m_ui->actualSpinBox->setEnabled(done);
    m_ui->actualLabel->setEnabled(done);
}

void SessionDialog::accept()
{
    const Session typed = session();
    if (m_errors.show(validateSession(typed)))
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

void SessionDialog::setReload(std::function<Result<Session>()> read)
{
    m_conflicts.record = tr("this session");
    m_conflicts.read = std::move(read);
    m_conflicts.show = [this](const Session& stored) { setSession(stored); };
    m_conflicts.submit = m_submit;
    m_conflicts.text = [](const Session& typed) {
        return QStringList { typed.startsAt.toString(u"dd/MM/yyyy HH:mm"_s), displayName(typed.phase), typed.notes }
            .join(u'\n');
    };
}

} // namespace parcours
