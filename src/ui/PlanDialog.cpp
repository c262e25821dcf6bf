#include "ui_PlanDialog.h"

#include <parcours/core/Hours.h>
#include <parcours/core/WallClock.h>
#include <parcours/core/Settings.h>
#include <parcours/ui/DurationSpinBox.h>
#include <parcours/ui/PlanDialog.h>
#include <parcours/ui/PlanProposalModel.h>
#include <parcours/ui/ScheduleEdits.h>
#include <parcours/ui/Workspace.h>

#include <QComboBox>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QStyledItemDelegate>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

/** Edits the phase with a list and the length as a duration; dates and times use Qt's own editors. */
class ProposalDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        if (index.column() == PlanProposalModel::PhaseColumn) {
            auto* combo = new QComboBox(parent);
            for (Phase phase : kAllPhases)
                combo->addItem(displayName(phase), toKey(phase));
            return combo;
        }
        if (index.column() == PlanProposalModel::LengthColumn) {
            auto* spin = new DurationSpinBox(parent);
            spin->setRange(kMinSessionMinutes, kMaxSessionMinutes);
            return spin;
        }
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        if (auto* combo = qobject_cast<QComboBox*>(editor); combo && index.column() == PlanProposalModel::PhaseColumn) {
            combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        if (auto* combo = qobject_cast<QComboBox*>(editor); combo && index.column() == PlanProposalModel::PhaseColumn) {
            model->setData(index, combo->currentData(), Qt::EditRole);
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }
};

int countedSessions(const QList<Session>& sessions)
{
    return static_cast<int>(std::count_if(sessions.begin(), sessions.end(),
        [](const Session& s) { return countsTowardCap(s.phase) && s.status != SessionStatus::Cancelled; }));
}

} // namespace

PlanDialog::PlanDialog(Workspace& workspace, const BilanOverview& overview, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PlanDialog>())
    , m_workspace(workspace)
    , m_bilanId(overview.bilan.id)
    , m_hours(overview.timeline.hours)
    , m_model(new PlanProposalModel(this))
    , m_errors(nullptr)
{
    m_ui->setupUi(this);
    m_errors = FieldErrors(m_ui->formErrorLabel);
    m_errors.bind(u"request"_s, m_ui->countSpinBox, m_ui->requestErrorLabel);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Save the sessions"));
    m_ui->introLabel->setText(tr("Sessions of %1, bilan no. %2. The proposal follows the phase budgets and skips "
                                 "public holidays and your absences.")
                                  .arg(overview.client.fullName())
                                  .arg(overview.bilan.id));
    m_ui->fromDateEdit->setDisplayFormat(u"dd/MM/yyyy (ddd)"_s);
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        m_ui->weekdayComboBox->addItem(QLocale().dayName(day, QLocale::LongFormat), day);
    m_ui->countSpinBox->setRange(1, kMaxSessionCount);
    m_ui->minutesSpinBox->setRange(kMinPlannedSessionMinutes, kMaxPlannedSessionMinutes);
    m_ui->minutesSpinBox->setSingleStep(15);
    m_ui->minutesSpinBox->setMinimumWidth(m_ui->minutesSpinBox->fontMetrics().horizontalAdvance(u"2 h 30"_s) + 48);

    QTableView* view = m_ui->proposalTableView;
    view->setModel(m_model);
    view->setItemDelegate(new ProposalDelegate(view));
    view->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    for (int column = 0; column < PlanProposalModel::NotesColumn; ++column)
        view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(PlanProposalModel::NotesColumn, QHeaderView::Stretch);
    m_ui->hintLabel->setStyleSheet(u"color: palette(placeholder-text);"_s);

    proposeDefaults(overview);
    for (QObject* input : { static_cast<QObject*>(m_ui->fromDateEdit), static_cast<QObject*>(m_ui->timeEdit) }) {
        if (auto* edit = qobject_cast<QDateTimeEdit*>(input))
            connect(edit, &QDateTimeEdit::dateTimeChanged, this, &PlanDialog::propose);
    }
    connect(m_ui->weekdayComboBox, &QComboBox::currentIndexChanged, this, &PlanDialog::propose);
    connect(m_ui->countSpinBox, &QSpinBox::valueChanged, this, &PlanDialog::propose);
    connect(m_ui->minutesSpinBox, &QSpinBox::valueChanged, this, &PlanDialog::propose);
    connect(m_model, &PlanProposalModel::slotEdited, this, &PlanDialog::review);
    connect(m_model, &PlanProposalModel::fortnightToggled, this, [this](int row, bool checked) {
        if (checked)
            m_fortnights.insert(row);
        else
            m_fortnights.remove(row);
        QMetaObject::invokeMethod(this, &PlanDialog::propose, Qt::QueuedConnection);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PlanDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PlanDialog::reject);
    propose();
}

PlanDialog::~PlanDialog() = default;

void PlanDialog::proposeDefaults(const BilanOverview& overview)
{
    // Carry on from the last session planned, else start with the bilan (not before tomorrow).
    const QDate tomorrow = m_workspace.clock().today().addDays(1);
    QDate from = overview.bilan.startDate.isValid() ? std::max(overview.bilan.startDate, tomorrow) : tomorrow;
    const Settings settings = m_workspace.settings();
    QTime time = settings.time(settingKeys::plannerTime);
    Qt::DayOfWeek weekday
        = settings.weekday(settingKeys::plannerWeekday).value_or(static_cast<Qt::DayOfWeek>(from.dayOfWeek()));
    if (!overview.sessions.isEmpty()) {
        const Session& last = overview.sessions.last();
        from = std::max(last.startsAt.date().addDays(7), tomorrow);
        time = last.startsAt.time();
        weekday = static_cast<Qt::DayOfWeek>(from.dayOfWeek());
    }
    const QSignalBlocker blockDate(m_ui->fromDateEdit);
    const QSignalBlocker blockDay(m_ui->weekdayComboBox);
    const QSignalBlocker blockTime(m_ui->timeEdit);
    const QSignalBlocker blockCount(m_ui->countSpinBox);
    const QSignalBlocker blockLength(m_ui->minutesSpinBox);
    m_ui->fromDateEdit->setDate(from);
    m_ui->weekdayComboBox->setCurrentIndex(m_ui->weekdayComboBox->findData(static_cast<int>(weekday)));
    m_ui->timeEdit->setTime(time);
    m_ui->countSpinBox->setValue(std::max(1, kDefaultSessionCount - countedSessions(overview.sessions)));
    m_ui->minutesSpinBox->setValue(settings.minutes(settingKeys::sessionLength));
}

PlanRequest PlanDialog::request() const
{
    PlanRequest request;
    request.from = m_ui->fromDateEdit->date();
    request.weekday = static_cast<Qt::DayOfWeek>(m_ui->weekdayComboBox->currentData().toInt());
    request.time = QTime(m_ui->timeEdit->time().hour(), m_ui->timeEdit->time().minute());
    request.count = m_ui->countSpinBox->value();
    request.minutes = m_ui->minutesSpinBox->value();
    for (int row : m_fortnights) {
        if (row < request.count)
            request.fortnightBefore.insert(row);
    }
    return request;
}

void PlanDialog::propose()
{
    if (m_proposing)
        return;
    m_proposing = true;
    m_errors.clear();
    auto plan = m_workspace.planning().propose(m_bilanId, request());
    if (!plan) {
        m_model->setSlots({});
        m_errors.show(QList<FieldError> { { u"request"_s, plan.error().message } });
        m_ui->countSpinBox->setStyleSheet(QString()); // the reason says what to change; no one field is wrong
        updateSummary(plan.error().message);
    } else {
        m_model->setSlots(plan.value());
        updateSummary({});
    }
    m_proposing = false;
}

void PlanDialog::review()
{
    QList<PlannedSlot> slots = m_model->slots();
    auto reviewed = m_workspace.planning().review(m_bilanId, slots);
    m_model->setNotices(slots);
    m_errors.clear();
    if (!reviewed)
        m_errors.show(reviewed.error());
    updateSummary(reviewed ? QString() : reviewed.error().message);
}

void PlanDialog::updateSummary(const QString& refusal)
{
    m_refusal = refusal;
    int minutes = 0;
    for (const PlannedSlot& slot : m_model->slots()) {
        if (countsTowardCap(slot.phase))
            minutes += slot.minutes;
    }
    const int total = m_hours.countedTotalMinutes() + minutes;
    QString text = tr("%n session(s), %1 face to face", nullptr, static_cast<int>(m_model->slots().size()))
                       .arg(formatMinutes(minutes));
    text += u" · "_s
        + tr("the bilan would then reach %1 of the %2 (personal work included)")
              .arg(formatMinutes(total), formatMinutes(kCapMinutes));
    // What the plan leaves for the personal work the programme asks for: shorter sessions leave more.
    const int room = kCapMinutes - total;
    text += u" · "_s
        + (room > 0 ? tr("%1 left for personal work").arg(formatMinutes(room))
                    : tr("no time left for personal work"));
    if (const int conflicts = m_model->conflictCount(); conflicts > 0)
        text += u" · "_s + tr("%n overlap(s) with other sessions: kept only if you save them so", nullptr, conflicts);
    m_ui->summaryLabel->setText(text);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(refusal.isEmpty() && !m_model->slots().isEmpty());
}

QString PlanDialog::errorText() const
{
    QStringList texts;
    for (QLabel* label : { m_ui->requestErrorLabel, m_ui->formErrorLabel }) {
        if (!label->isHidden() && !label->text().isEmpty())
            texts << label->text();
    }
    return texts.join(u'\n');
}

QString PlanDialog::summary() const
{
    return m_ui->summaryLabel->text();
}

void PlanDialog::accept()
{
    if (!m_refusal.isEmpty() || m_model->slots().isEmpty())
        return;
    auto saved = scheduleEdits::savePlan(m_workspace, m_bilanId, m_model->slots());
    if (!saved) {
        m_errors.show(saved.error());
        return;
    }
    m_workspace.reportNotice(tr("%n session(s) planned.", nullptr, static_cast<int>(saved->size())));
    QDialog::accept();
}

} // namespace parcours
