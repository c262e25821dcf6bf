#include <parcours/core/FollowUpService.h>
#include <parcours/ui/Colours.h>
#include <parcours/ui/FollowUpPanel.h>
#include <parcours/ui/Format.h>
#include <parcours/ui/Workspace.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

/// How far the panel looks for "the next ones" after the 30 days.
constexpr int kLaterDays = 120;
constexpr int kReminderRole = Qt::UserRole;

/// What a reminder is about, as the list says it: a retention date is either a bilan's content or a prospect.
QString whatText(const Reminder& reminder)
{
    if (reminder.kind == ReminderKind::SessionsToLog)
        return FollowUpPanel::tr("%n past session(s) to log", nullptr, reminder.sessionCount);
    if (reminder.kind != ReminderKind::Retention)
        return displayName(reminder.kind);
    return reminder.bilanId != 0 ? FollowUpPanel::tr("Bilan content to destroy")
                                 : FollowUpPanel::tr("Prospect to delete (3 years without contact)");
}

} // namespace

FollowUpPanel::FollowUpPanel(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_title(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_plan(new QPushButton(tr("&Plan…"), this))
    , m_done(new QPushButton(tr("Do&ne"), this))
    , m_notReached(new QPushButton(tr("Not &reached…"), this))
{
    setObjectName(u"followUpPanel"_s);
    m_title->setObjectName(u"followUpTitleLabel"_s);
    QFont font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);
    m_list->setObjectName(u"followUpListWidget"_s);
    m_list->setAccessibleName(tr("Follow-ups and reminders"));
    m_list->setWordWrap(true);
    // A centre that never destroyed old content has tens of thousands of reminders: laid out a batch at a time from
    // the event loop, so the first ones show at once and the window answers while the rest are measured.
    m_list->setLayoutMode(QListView::Batched);
    m_list->setBatchSize(200);
    m_plan->setObjectName(u"planFollowUpPushButton"_s);
    m_plan->setToolTip(tr("Plan the follow-up session in the agenda"));
    m_done->setObjectName(u"followUpDonePushButton"_s);
    m_done->setToolTip(tr("The follow-up took place today"));
    m_notReached->setObjectName(u"followUpNotReachedPushButton"_s);
    m_notReached->setToolTip(tr("The beneficiary declined or could not be reached: record the attempts"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_plan);
    buttons->addWidget(m_done);
    buttons->addWidget(m_notReached);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &FollowUpPanel::updateButtons);
    connect(m_list, &QListWidget::itemClicked, this, [this] {
        if (const Reminder* reminder = selected())
            Q_EMIT bilanOpened(reminder->clientId);
    });
    connect(m_plan, &QPushButton::clicked, this, [this] {
        if (const Reminder* reminder = selected())
            Q_EMIT planRequested(*reminder);
    });
    connect(m_done, &QPushButton::clicked, this, [this] {
        if (const Reminder* reminder = selected())
            Q_EMIT doneRequested(*reminder);
    });
    connect(m_notReached, &QPushButton::clicked, this, [this] {
        if (const Reminder* reminder = selected())
            Q_EMIT notReachedRequested(*reminder);
    });
    StoreEvents& events = workspace.events();
    for (auto signal : { &StoreEvents::bilanChanged, &StoreEvents::sessionChanged })
        connect(&events, signal, this, &FollowUpPanel::reload);
    connect(&events, &StoreEvents::clientChanged, this, &FollowUpPanel::reload);
    connect(&events, &StoreEvents::followUpChanged, this, &FollowUpPanel::reload);
    connect(&events, &StoreEvents::cpfDeclarationChanged, this, &FollowUpPanel::reload);
    connect(&events, &StoreEvents::proofChanged, this, &FollowUpPanel::reload);
    connect(&events, &StoreEvents::retentionChanged, this, &FollowUpPanel::reload);
    workspace.whenShown(this, [this] { reload(); });
}

const Reminder* FollowUpPanel::selected() const
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!item || item->data(kReminderRole).isNull())
        return nullptr;
    const int index = item->data(kReminderRole).toInt();
    return index >= 0 && index < m_reminders.size() ? &m_reminders[index] : nullptr;
}

void FollowUpPanel::reload()
{
    const QDate today = m_workspace.clock().today();
    const QDate horizon = today.addDays(ReminderService::kHorizonDays + 1);
    auto due = ReminderService(m_workspace.repositories(), m_workspace.clock()).due(today.addDays(kLaterDays));
    const qint64 previous = selected() ? selected()->bilanId : 0;
    m_list->clear();
    m_reminders = due.valueOr({});
    if (!due)
        m_workspace.reportError(due.error().message);
    m_dueCount = 0;
    m_overdueCount = 0;
    m_sessionsToLog = 0;
    bool laterShown = false;
    for (int i = 0; i < m_reminders.size(); ++i) {
        const Reminder& reminder = m_reminders[i];
        const bool overdue = reminder.overdue(today);
        if (reminder.dueOn >= horizon && !laterShown) {
            auto* separator = new QListWidgetItem(tr("Next ones"), m_list);
            separator->setFlags(Qt::NoItemFlags);
            QFont font = separator->font();
            font.setItalic(true);
            separator->setFont(font);
            laterShown = true;
        }
        if (reminder.dueOn < horizon)
            ++m_dueCount;
        if (overdue)
            ++m_overdueCount;
        if (reminder.kind == ReminderKind::SessionsToLog)
            m_sessionsToLog += reminder.sessionCount;
        const QString when = reminder.plannedAt.isValid()
            ? tr("session planned on %1").arg(format::shortDateTime(reminder.plannedAt))
            : overdue ? tr("overdue since %1").arg(QLocale().toString(reminder.dueOn, QLocale::ShortFormat))
                      : tr("due %1").arg(QLocale().toString(reminder.dueOn, QLocale::ShortFormat));
        // Made whole before it joins the list: each change to an item in a list looks for its row there.
        auto* item = new QListWidgetItem(tr("%1\n%2, %3").arg(reminder.clientName, whatText(reminder), when));
        item->setData(kReminderRole, i);
        if (overdue) {
            item->setForeground(colours::error());
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        } else if (reminder.dueOn >= horizon) {
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
        m_list->addItem(item);
        if (reminder.bilanId == previous && reminder.kind == ReminderKind::FollowUp)
            m_list->setCurrentItem(item);
    }
    if (m_reminders.isEmpty()) {
        auto* empty = new QListWidgetItem(tr("Nothing due in the next 30 days."), m_list);
        empty->setFlags(Qt::NoItemFlags);
    }
    m_title->setText(m_dueCount > 0 ? tr("Follow-ups (%1)").arg(m_dueCount) : tr("Follow-ups"));
    updateButtons();
    Q_EMIT countChanged(m_dueCount, m_overdueCount);
}

void FollowUpPanel::updateButtons()
{
    const Reminder* reminder = selected();
    const bool followUp = reminder && reminder->kind == ReminderKind::FollowUp;
    // Planned already: not a second time (the session is moved from the Sessions tab or the agenda).
    const bool planned = followUp && reminder->plannedAt.isValid();
    m_plan->setEnabled(followUp && !planned);
    m_plan->setToolTip(planned ? tr("Already planned on %1: move it from the Sessions tab or the agenda")
                                     .arg(format::shortDateTime(reminder->plannedAt))
                               : tr("Plan the follow-up session in the agenda"));
    m_done->setEnabled(followUp);
    m_notReached->setEnabled(followUp);
}

} // namespace parcours
