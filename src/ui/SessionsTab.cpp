#include <parcours/core/BilanService.h>
#include <parcours/core/FollowUpService.h>
#include <parcours/core/WallClock.h>
#include <parcours/core/Settings.h>
#include <parcours/ui/Confirmation.h>
#include <parcours/ui/Format.h>
#include <parcours/ui/SessionDialog.h>
#include <parcours/ui/SessionEdits.h>
#include <parcours/ui/SessionLogDialog.h>
#include <parcours/ui/SessionTableModel.h>
#include <parcours/ui/SessionsTab.h>
#include <parcours/ui/Workspace.h>

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

QToolButton* buttonFor(QAction* action, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setObjectName(action->objectName().replace(u"Action"_s, u"ToolButton"_s));
    return button;
}

} // namespace

SessionsTab::SessionsTab(Workspace& workspace, QWidget* parent)
    : BilanTab(parent)
    , m_workspace(workspace)
    , m_model(new SessionTableModel(this))
    , m_view(new QTableView(this))
    , m_emptyLabel(new QLabel(this))
    , m_newAction(new QAction(tr("&New session…"), this))
    , m_editAction(new QAction(tr("&Edit…"), this))
    , m_logAction(new QAction(tr("&Log…"), this))
    , m_deleteAction(new QAction(tr("&Delete"), this))
{
    setObjectName(u"sessionsTab"_s);
    m_newAction->setObjectName(u"newSessionAction"_s);
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newAction->setToolTip(tr("Plan a new session for this bilan"));
    m_editAction->setObjectName(u"editSessionAction"_s);
    m_logAction->setObjectName(u"logSessionAction"_s);
    m_logAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_logAction->setToolTip(tr("Record what happened in the selected session"));
    m_deleteAction->setObjectName(u"deleteSessionAction"_s);

    m_view->setObjectName(u"sessionTableView"_s);
    m_view->setAccessibleName(tr("Sessions"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    for (int column = 0; column < SessionTableModel::NotesColumn; ++column)
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(SessionTableModel::NotesColumn, QHeaderView::Stretch);

    m_emptyLabel->setObjectName(u"sessionsEmptyLabel"_s);
    m_emptyLabel->setText(tr("No session yet. Plan the first one with “New session…”."));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setStyleSheet(u"color: palette(placeholder-text); padding: 16px;"_s);

    auto* buttons = new QHBoxLayout;
    for (QAction* action : { m_newAction, m_editAction, m_logAction, m_deleteAction })
        buttons->addWidget(buttonFor(action, this));
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_emptyLabel);

    connect(m_newAction, &QAction::triggered, this, [this] { planSession(); });
    connect(m_editAction, &QAction::triggered, this, [this] { editSession(); });
    connect(m_logAction, &QAction::triggered, this, [this] { logSession(); });
    connect(m_deleteAction, &QAction::triggered, this, &SessionsTab::deleteSession);
    connect(m_view, &QTableView::activated, this, [this] { logSession(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SessionsTab::updateActions);
    clearBilan();
}

QString SessionsTab::title() const
{
    return tr("&Sessions");
}

void SessionsTab::showBilan(const Client&, const BilanOverview* overview)
{
    if (!overview) {
        clearBilan();
        return;
    }
    const qint64 selected = currentSession() && m_bilan.id == overview->bilan.id ? currentSession()->id : 0;
    m_overview = *overview;
    m_bilan = overview->bilan;
    m_sessions = overview->sessions;
    m_model->setSessions(m_sessions, overview->records);
    m_emptyLabel->setVisible(m_sessions.isEmpty());
    if (selected)
        selectSession(selected);
    updateActions();
}

void SessionsTab::clearBilan()
{
    m_overview = {};
    m_bilan = {};
    m_sessions.clear();
    m_model->setSessions({}, {});
    m_emptyLabel->setVisible(false);
    updateActions();
}

void SessionsTab::selectSession(qint64 sessionId)
{
    const QModelIndex index = m_model->indexOf(sessionId);
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

const Session* SessionsTab::currentSession() const
{
    return m_model->sessionAt(m_view->currentIndex().row());
}

void SessionsTab::updateActions()
{
    const bool hasBilan = m_bilan.id != 0 && m_bilan.status != BilanStatus::Abandoned;
    const bool hasSession = hasBilan && currentSession();
    m_newAction->setEnabled(hasBilan);
    m_editAction->setEnabled(hasSession);
    m_logAction->setEnabled(hasSession);
    m_deleteAction->setEnabled(hasSession);
}

Session SessionsTab::proposedSession() const
{
    // The rhythm of a bilan: one session a week, at the same time, in the phase reached so far.
    Session session;
    session.bilanId = m_bilan.id;
    const Settings settings = m_workspace.settings();
    if (m_bilan.status == BilanStatus::Closed) {
        // Only the follow-up is left (phasesAllowed): on its due day, for its budget.
        const QDate tomorrow = m_workspace.clock().today().addDays(1);
        const QDate due = FollowUpService(m_workspace.repositories(), m_workspace.clock())
                              .get(m_bilan.id)
                              .valueOr({})
                              .dueOn;
        session.phase = Phase::FollowUp;
        session.startsAt = wallClock(std::max(due.isValid() ? due : followUpDueDate(m_bilan.endDate), tomorrow),
            settings.time(settingKeys::plannerTime));
        session.plannedMinutes = m_bilan.budgets.minutes(Phase::FollowUp);
        return session;
    }
    if (!m_sessions.isEmpty()) {
        const Session& last = m_sessions.last();
        session.phase = last.phase;
        session.startsAt = last.startsAt.addDays(7);
        session.plannedMinutes = last.plannedMinutes;
        return session;
    }
    const QDate today = m_workspace.clock().today();
    const QDate start = m_bilan.startDate.isValid() && m_bilan.startDate > today ? m_bilan.startDate
                                                                                  : today.addDays(1);
    session.phase = Phase::Preliminary;
    session.startsAt = wallClock(start, settings.time(settingKeys::plannerTime));
    session.plannedMinutes = settings.minutes(settingKeys::sessionLength);
    return session;
}

SessionDialog* SessionsTab::planSession()
{
    if (!m_newAction->isEnabled())
        return nullptr;
    auto* dialog = new SessionDialog(SessionDialog::Mode::Plan, [this](const Session& session) -> Result<void> {
        auto id = sessionEdits::add(m_workspace, session);
        if (!id)
            return id.error();
        return success();
    }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSession(proposedSession());
    dialog->setBilan(m_bilan, m_sessions);
    dialog->open();
    return dialog;
}

SessionLogDialog* SessionsTab::logSession()
{
    const Session* current = currentSession();
    if (!current || !m_logAction->isEnabled())
        return nullptr;
    auto* dialog = new SessionLogDialog(m_workspace, m_overview, current->id, this);
    m_workspace.auditRead(AuditRecord::Session, current->id, u"session-notes"_s); // the dialog shows the notes
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

SessionDialog* SessionsTab::editSession()
{
    const Session* current = currentSession();
    if (!current || !m_editAction->isEnabled())
        return nullptr;
    const Session before = *current;
    auto* dialog = new SessionDialog(SessionDialog::Mode::Edit,
                                     [this, before](const Session& after) {
                                         return sessionEdits::change(m_workspace, before, after);
                                     },
                                     this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSession(before);
    dialog->setBilan(m_bilan, m_sessions);
    const qint64 sessionId = before.id;
    dialog->setReload([this, sessionId] { return m_workspace.sessions().get(sessionId); });
    dialog->open();
    return dialog;
}

void SessionsTab::deleteSession()
{
    const Session* current = currentSession();
    if (!current)
        return;
    const Session session = *current;
    QString text = tr("Delete the session of %1?").arg(format::longDate(session.startsAt.date()));
    if (session.status != SessionStatus::Planned)
        text += u"\n\n"_s + tr("It has already been logged (%1); its notes will be deleted with it.")
                                .arg(displayName(session.status).toLower());
    text += u"\n\n"_s + tr("You can undo this with Edit › Undo.");
    if (!Confirmation::ask(this, tr("Delete a session"), text, tr("Delete")))
        return;
    if (auto done = sessionEdits::remove(m_workspace, session); !done)
        m_workspace.reportError(done.error().message);
}

} // namespace parcours
