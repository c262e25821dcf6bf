#include <parcours/core/BilanEndService.h>
#include <parcours/core/FollowUpService.h>
#include <parcours/core/RetentionService.h>
#include <parcours/core/WallClock.h>
#include <parcours/ui/Colours.h>
#include <parcours/ui/AgreementDialog.h>
#include <parcours/ui/BilanPanel.h>
#include <parcours/ui/ClientListPanel.h>
#include <parcours/ui/Confirmation.h>
#include <parcours/ui/FollowUpDialogs.h>
#include <parcours/ui/FollowUpPanel.h>
#include <parcours/ui/FollowUps.h>
#include <parcours/ui/HoursTab.h>
#include <parcours/ui/MainWindow.h>
#include <parcours/ui/RetentionTab.h>
#include <parcours/ui/Scheduling.h>
#include <parcours/ui/SessionDialog.h>
#include <parcours/ui/SessionEdits.h>
#include <parcours/ui/Workspace.h>

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

QString shortDate(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

FollowUps::FollowUps(Workspace& workspace, MainWindow& window)
    : QObject(&window)
    , m_workspace(workspace)
    , m_window(window)
    , m_close(new QAction(tr("&Close the bilan…"), this))
    , m_abandon(new QAction(tr("Bilan a&bandoned…"), this))
    , m_panel(new FollowUpPanel(workspace))
    , m_badge(new QLabel(&window))
{
    m_close->setObjectName(u"closeBilanAction"_s);
    m_close->setToolTip(tr("The bilan is over: its six-month follow-up becomes due"));
    m_abandon->setObjectName(u"abandonBilanAction"_s);
    m_abandon->setToolTip(tr("The beneficiary stopped the bilan: record why (no follow-up)"));
    m_badge->setObjectName(u"followUpBadgeLabel"_s);
    window.statusBar()->addPermanentWidget(m_badge);
    window.addSidePanel(m_panel);

    connect(m_close, &QAction::triggered, this, [this] { closeBilan(); });
    connect(m_abandon, &QAction::triggered, this, [this] { abandonBilan(); });
    connect(window.scheduling()->hoursTab(), &HoursTab::bilanShown, this, &FollowUps::updateActions);
    connect(m_panel, &FollowUpPanel::countChanged, this, &FollowUps::updateBadge);
    connect(m_panel, &FollowUpPanel::bilanOpened, this, [this](qint64 clientId) {
        m_window.clientList()->selectClient(clientId);
    });
    connect(m_panel, &FollowUpPanel::planRequested, this, [this](const Reminder& r) { planFollowUp(r); });
    connect(m_panel, &FollowUpPanel::doneRequested, this, &FollowUps::markDone);
    connect(m_panel, &FollowUpPanel::notReachedRequested, this, [this](const Reminder& r) { recordNotReached(r); });
    updateBadge(m_panel->dueCount(), m_panel->overdueCount());
    updateActions();
    // Once the panel has its reminders (after the first paint when the application defers them).
    workspace.whenShown(this, [this] { QTimer::singleShot(0, this, &FollowUps::announce); });
}

const BilanOverview* FollowUps::shownBilan() const
{
    return m_window.scheduling()->hoursTab()->overview();
}

void FollowUps::updateActions()
{
    const BilanOverview* overview = shownBilan();
    const bool open = overview && overview->bilan.status == BilanStatus::Open;
    m_close->setEnabled(open);
    m_abandon->setEnabled(open);
}

void FollowUps::updateBadge(int due, int overdue)
{
    if (due == 0) {
        m_badge->clear();
        m_badge->hide();
        return;
    }
    m_badge->setText(overdue > 0 ? tr("%n follow-up(s) to do, %1 overdue", nullptr, due).arg(overdue)
                                 : tr("%n follow-up(s) to do", nullptr, due));
    m_badge->setStyleSheet(overdue > 0 ? colours::css(colours::error()) + u" font-weight: bold;"_s : QString());
    m_badge->show();
}

void FollowUps::announce()
{
    const int due = m_panel->dueCount();
    if (due == 0)
        return;
    const int overdue = m_panel->overdueCount();
    QString text = overdue > 0
        ? tr("%n reminder(s) due within 30 days, %1 of them overdue: see the Follow-ups panel.", nullptr, due)
              .arg(overdue)
        : tr("%n reminder(s) due within 30 days: see the Follow-ups panel.", nullptr, due);
    // Sessions held and never logged come first: nothing else shows them (no hours, no CPF entry).
    if (const int unlogged = m_panel->sessionsToLog(); unlogged > 0)
        text = tr("%n past session(s) to log.", nullptr, unlogged) + u' ' + text;
    m_workspace.reportNotice(text);
}

DateDialog* FollowUps::closeBilan()
{
    const BilanOverview* overview = shownBilan();
    if (!overview || !m_close->isEnabled())
        return nullptr;
    const qint64 bilanId = overview->bilan.id;
    const QString name = overview->client.fullName();
    const QDate proposed = defaultEndDate(overview->sessions, m_workspace.clock().today());
    auto* dialog = new DateDialog(tr("Close the bilan"),
        tr("Last day of bilan no. %1 of %2 (its follow-up will be due six months later):").arg(bilanId).arg(name),
        proposed,
        [this, bilanId, name](QDate date) -> Result<void> {
            const QString text = tr("Close bilan no. %1 of %2 on %3? Its follow-up will be due on %4.")
                                     .arg(bilanId)
                                     .arg(name, shortDate(date), shortDate(followUpDueDate(date)));
            if (!Confirmation::ask(&m_window, tr("Close the bilan"), text, tr("Close the bilan")))
                return success(); // the consultant changed their mind: nothing happens
            auto end = BilanEndService(m_workspace.repositories(), m_workspace.clock()).close(bilanId, date);
            if (!end)
                return end.error();
            m_workspace.reportNotice(tr("Bilan no. %1 closed on %2; its follow-up is due on %3.")
                                         .arg(bilanId)
                                         .arg(shortDate(end.value()), shortDate(followUpDueDate(end.value()))));
            offerRetention(bilanId, name, BilanStatus::Closed);
            return success();
        },
        &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void FollowUps::offerRetention(qint64 bilanId, const QString& name, BilanStatus ending)
{
    // R6313-7: the content is due the day the bilan ends; say so now and lead to where it is decided, rather than
    // let the consultant find it in red later.
    auto schedule = RetentionService(m_workspace.repositories(), m_workspace.clock()).schedule(bilanId);
    if (!schedule || schedule->due().isEmpty())
        return;
    const QDate today = m_workspace.clock().today();
    QDate since;
    QStringList kinds;
    for (const ContentRetention& content : schedule->contents) {
        if (content.state != RetentionState::Due)
            continue;
        kinds << displayName(content.kind).toLower();
        if (!since.isValid() || content.dueOn < since)
            since = content.dueOn;
    }
    const bool abandoned = ending == BilanStatus::Abandoned;
    const QString when = since >= today ? tr("today")
        : abandoned                     ? tr("since %1, the day the bilan stopped").arg(shortDate(since))
                                        : tr("since %1, the end of the bilan").arg(shortDate(since));
    const QString text = abandoned
        ? tr("Without a written consent of %1 to keep it, the content of the abandoned bilan (%2) is to be destroyed "
             "%3 (article R6313-7 of the Code du travail).\n\nOpen the Retention tab now to record the consent or "
             "destroy the content?")
              .arg(name, kinds.join(u", "), when)
        : tr("Without a written consent of %1 to keep it for the follow-up, the content of the bilan (%2) is to be "
             "destroyed %3 (article R6313-7 of the Code du travail).\n\nOpen the Retention tab now to record the "
             "consent or destroy the content?")
              .arg(name, kinds.join(u", "), when);
    if (!Confirmation::ask(&m_window, tr("Content of the bilan"), text, tr("Open the Retention tab")))
        return;
    BilanPanel* panel = m_window.bilanPanel();
    for (const BilanTab* tab : panel->bilanTabs()) {
        if (qobject_cast<const RetentionTab*>(tab))
            panel->showTab(tab);
    }
}

AbandonDialog* FollowUps::abandonBilan()
{
    const BilanOverview* overview = shownBilan();
    if (!overview || !m_abandon->isEnabled())
        return nullptr;
    const qint64 bilanId = overview->bilan.id;
    const QString name = overview->client.fullName();
    auto* dialog = new AbandonDialog(tr("Bilan no. %1 of %2 stopped before its end.").arg(bilanId).arg(name),
        m_workspace.clock().today(),
        [this, bilanId, name](const QString& reason, QDate date) -> Result<void> {
            if (reason.trimmed().isEmpty()) // said next to the field before asking anything
                return makeError(ErrorCode::InvalidInput, tr("Say why the bilan was abandoned."), u"reason"_s);
            const QString text = tr("Record that bilan no. %1 of %2 was abandoned on %3? It will have no follow-up.")
                                     .arg(bilanId)
                                     .arg(name, shortDate(date));
            if (!Confirmation::ask(&m_window, tr("Bilan abandoned"), text, tr("Record the abandonment")))
                return success();
            auto end = BilanEndService(m_workspace.repositories(), m_workspace.clock()).abandon(bilanId, reason, date);
            if (!end)
                return end.error();
            m_workspace.reportNotice(tr("Bilan no. %1 recorded as abandoned.").arg(bilanId));
            offerRetention(bilanId, name, BilanStatus::Abandoned);
            return success();
        },
        &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

SessionDialog* FollowUps::planFollowUp(const Reminder& reminder)
{
    m_window.clientList()->selectClient(reminder.clientId);
    auto* dialog = new SessionDialog(SessionDialog::Mode::Plan,
        [this](const Session& session) -> Result<void> {
            auto id = sessionEdits::add(m_workspace, session);
            if (!id)
                return id.error();
            return success();
        },
        &m_window);
    Session session;
    session.bilanId = reminder.bilanId;
    session.phase = Phase::FollowUp;
    const QDate tomorrow = m_workspace.clock().today().addDays(1);
    session.startsAt = wallClock(std::max(reminder.dueOn, tomorrow), QTime(14, 0));
    session.plannedMinutes = 60;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSession(session);
    if (auto bilan = m_workspace.bilans().get(reminder.bilanId)) {
        session.plannedMinutes = bilan->budgets.minutes(Phase::FollowUp);
        dialog->setSession(session);
        dialog->setBilan(bilan.value(), m_workspace.sessions().forBilan(reminder.bilanId).valueOr({}));
    }
    dialog->open();
    return dialog;
}

void FollowUps::markDone(const Reminder& reminder)
{
    FollowUpChange change;
    change.outcome = FollowUpOutcome::Done;
    auto done = FollowUpService(m_workspace.repositories(), m_workspace.clock()).apply(reminder.bilanId, change);
    if (!done) {
        m_workspace.reportError(done.error().message);
        return;
    }
    m_workspace.reportNotice(tr("Follow-up of %1 recorded as done today.").arg(reminder.clientName));
}

FollowUpOutcomeDialog* FollowUps::recordNotReached(const Reminder& reminder)
{
    const qint64 bilanId = reminder.bilanId;
    auto* dialog = new FollowUpOutcomeDialog(
        tr("Follow-up of %1 (bilan no. %2), due on %3.").arg(reminder.clientName).arg(bilanId).arg(shortDate(reminder.dueOn)),
        m_workspace.clock().today(),
        [this, bilanId](const FollowUpChange& change) -> Result<void> {
            auto done = FollowUpService(m_workspace.repositories(), m_workspace.clock()).apply(bilanId, change);
            if (!done)
                return done.error();
            return success();
        },
        &m_window);
    dialog->setOutcome(FollowUpOutcome::Unreachable);
    auto read = [this, bilanId] { return FollowUpService(m_workspace.repositories(), m_workspace.clock()).get(bilanId); };
    if (auto record = read())
        dialog->setRecord(record.value(), read);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace parcours
