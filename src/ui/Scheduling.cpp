#include <parcours/core/Settings.h>
#include <parcours/core/Text.h>
#include <parcours/reports/AttendanceSheet.h>
#include <parcours/reports/ICalendar.h>
#include <parcours/ui/AbsencesDialog.h>
#include <parcours/ui/AgendaWindow.h>
#include <parcours/ui/BilanPanel.h>
#include <parcours/ui/ClientListPanel.h>
#include <parcours/ui/Confirmation.h>
#include <parcours/ui/FileChooser.h>
#include <parcours/ui/HoursTab.h>
#include <parcours/ui/MainWindow.h>
#include <parcours/ui/PlanDialog.h>
#include <parcours/ui/Scheduling.h>
#include <parcours/ui/SessionTableModel.h>
#include <parcours/ui/SessionsTab.h>
#include <parcours/ui/ThisWeekPanel.h>
#include <parcours/ui/Workspace.h>

#include <QAction>
#include <QItemSelectionModel>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

QAction* action(const QString& text, const QString& name, QObject* parent)
{
    auto* created = new QAction(text, parent);
    created->setObjectName(name);
    return created;
}

/// A file name from a person's name, without accents or spaces: "Lefèvre-O'Brien" → "lefevre-o-brien".
QString fileStem(const QString& name)
{
    QString stem;
    for (QChar c : foldForSearch(name)) {
        if (c.isLetterOrNumber())
            stem += c;
        else if (!stem.endsWith(u'-'))
            stem += u'-';
    }
    while (stem.endsWith(u'-'))
        stem.chop(1);
    return stem;
}

} // namespace

Scheduling::Scheduling(Workspace& workspace, MainWindow& window)
    : QObject(&window)
    , m_workspace(workspace)
    , m_window(window)
    , m_plan(action(tr("&Plan the sessions…"), u"planSessionsAction"_s, this))
    , m_bilanAttendance(action(tr("&Attendance sheet of the bilan…"), u"bilanAttendanceAction"_s, this))
    , m_sessionAttendance(action(tr("Attendance sheet of the &session…"), u"sessionAttendanceAction"_s, this))
    , m_bilanCalendar(action(tr("E&xport the bilan's sessions (iCalendar)…"), u"bilanCalendarAction"_s, this))
    , m_calendar(action(tr("&Export the agenda (iCalendar)…"), u"calendarAction"_s, this))
    , m_agenda(action(tr("&Agenda"), u"agendaAction"_s, this))
    , m_absences(action(tr("Your &absences…"), u"absencesAction"_s, this))
    , m_deleteBilan(action(tr("&Delete the bilan…"), u"deleteBilanAction"_s, this))
    , m_hoursTab(new HoursTab(workspace, { m_plan, m_bilanAttendance, m_bilanCalendar }))
    , m_thisWeek(new ThisWeekPanel(workspace))
{
    m_plan->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_plan->setToolTip(tr("Plan the bilan's sessions in one step, week after week (Ctrl+Shift+P)"));
    m_agenda->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_agenda->setToolTip(tr("Every session of the week, all beneficiaries (Ctrl+G)"));
    m_bilanCalendar->setToolTip(tr("Initials and phase only: nothing confidential leaves Parcours"));
    m_calendar->setToolTip(m_bilanCalendar->toolTip());

    window.bilanPanel()->addManagementTab(m_hoursTab);
    window.addSidePanel(m_thisWeek);

    connect(m_plan, &QAction::triggered, this, [this] { planBilan(); });
    connect(m_bilanAttendance, &QAction::triggered, this, [this] { printAttendance(false); });
    connect(m_sessionAttendance, &QAction::triggered, this, [this] { printAttendance(true); });
    connect(m_bilanCalendar, &QAction::triggered, this, [this] { exportCalendar(false); });
    connect(m_calendar, &QAction::triggered, this, [this] { exportCalendar(true); });
    connect(m_agenda, &QAction::triggered, this, [this] {
        AgendaWindow* agenda = agendaWindow();
        agenda->show();
        agenda->raise();
        agenda->activateWindow();
    });
    connect(m_absences, &QAction::triggered, this, [this] { editAbsences(); });
    connect(m_deleteBilan, &QAction::triggered, this, &Scheduling::deleteBilan);
    connect(m_hoursTab, &HoursTab::bilanShown, this, &Scheduling::updateActions);
    connect(m_thisWeek, &ThisWeekPanel::sessionOpened, this, &Scheduling::openSession);
    connect(m_thisWeek, &ThisWeekPanel::bilanOpened, this, [this](qint64 clientId) {
        m_window.clientList()->selectClient(clientId);
        m_window.bilanPanel()->showTab(m_hoursTab);
    });
    QTableView* sessions = window.bilanPanel()->sessionsTab()->view();
    connect(sessions->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &Scheduling::updateActions);
    connect(sessions->model(), &QAbstractItemModel::modelReset, this, &Scheduling::updateActions);
    updateActions();
}

AgendaWindow* Scheduling::agendaWindow()
{
    if (!m_agendaWindow) {
        m_agendaWindow = new AgendaWindow(m_workspace, &m_window);
        m_agendaWindow->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_agendaWindow, &AgendaWindow::sessionOpened, this, &Scheduling::openSession);
        connect(m_agendaWindow, &AgendaWindow::absencesRequested, this, [this] { editAbsences(); });
    }
    return m_agendaWindow;
}

void Scheduling::updateActions()
{
    const BilanOverview* overview = m_hoursTab->overview();
    const bool open = overview && overview->bilan.status == BilanStatus::Open;
    m_plan->setEnabled(open);
    m_bilanAttendance->setEnabled(overview != nullptr);
    m_bilanCalendar->setEnabled(overview != nullptr);
    m_deleteBilan->setEnabled(overview != nullptr);
    m_sessionAttendance->setEnabled(overview && selectedSessionId() > 0);
}

qint64 Scheduling::selectedSessionId() const
{
    SessionsTab* tab = m_window.bilanPanel()->sessionsTab();
    const Session* session = tab->model()->sessionAt(tab->view()->currentIndex().row());
    return session ? session->id : 0;
}

PlanDialog* Scheduling::planBilan()
{
    const BilanOverview* overview = m_hoursTab->overview();
    if (!overview || !m_plan->isEnabled())
        return nullptr;
    auto* dialog = new PlanDialog(m_workspace, *overview, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

AbsencesDialog* Scheduling::editAbsences()
{
    QWidget* parent = m_agendaWindow && m_agendaWindow->isActiveWindow() ? static_cast<QWidget*>(m_agendaWindow)
                                                                         : static_cast<QWidget*>(&m_window);
    auto* dialog = new AbsencesDialog(m_workspace, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void Scheduling::printAttendance(bool selectedSessionOnly)
{
    const BilanOverview* overview = m_hoursTab->overview();
    if (!overview)
        return;
    std::optional<qint64> sessionId;
    if (selectedSessionOnly) {
        if (selectedSessionId() <= 0)
            return;
        sessionId = selectedSessionId();
    }
    // Refused before asking for a file name: nothing to sign, nothing to save.
    if (auto sessions = AttendanceSheet::sessionsFor(*overview, sessionId); !sessions) {
        m_workspace.reportError(sessions.error().message);
        return;
    }
    const QString suggested
        = tr("attendance-%1-bilan-%2.pdf").arg(fileStem(overview->client.fullName())).arg(overview->bilan.id);
    const QString path
        = FileChooser::saveFile(&m_window, tr("Save the attendance sheet"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!m_workspace.auditOrRefuse(AuditOperation::Print, AuditRecord::Bilan, overview->bilan.id, u"attendance-sheet"_s))
        return;
    const Settings settings = m_workspace.settings();
    const DocumentLanguage language(settings.text(settingKeys::documentLanguage));
    if (auto written = AttendanceSheet::write(*overview, sessionId, Letterhead::fromSettings(settings), language, path);
        !written) {
        m_workspace.reportError(written.error().message);
        return;
    }
    m_workspace.reportNotice(tr("Attendance sheet saved: %1").arg(path));
}

void Scheduling::exportCalendar(bool wholeAgenda)
{
    const BilanOverview* overview = m_hoursTab->overview();
    if (!wholeAgenda && !overview)
        return;
    const QString suggested
        = wholeAgenda ? tr("parcours-agenda.ics") : tr("sessions-%1.ics").arg(fileStem(overview->client.fullName()));
    const QString path
        = FileChooser::saveFile(&m_window, tr("Export to a calendar"), suggested, tr("iCalendar (*.ics)"));
    if (path.isEmpty())
        return;
    if (!m_workspace.auditOrRefuse(
            AuditOperation::Export, AuditRecord::Bilan, wholeAgenda ? 0 : overview->bilan.id, u"icalendar"_s))
        return;
    auto count = ICalendar::exportFile(m_workspace.repositories(), m_workspace.clock(),
        wholeAgenda ? std::nullopt : std::optional(overview->bilan.id), path);
    if (!count) {
        m_workspace.reportError(count.error().message);
        return;
    }
    m_workspace.reportNotice(tr("%n event(s) exported to %1. Import the file again after a change: the events are "
                                "updated, not duplicated.",
        nullptr, count.value())
                                 .arg(path));
}

void Scheduling::deleteBilan()
{
    const BilanOverview* overview = m_hoursTab->overview();
    if (!overview)
        return;
    const qint64 bilanId = overview->bilan.id;
    auto logged = m_workspace.bilans().loggedSessionCount(bilanId);
    if (!logged) {
        m_workspace.reportError(logged.error().message);
        return;
    }
    QString text
        = tr("Delete bilan no. %1 of %2 with its %n session(s)?", nullptr, static_cast<int>(overview->sessions.size()))
              .arg(bilanId)
              .arg(overview->client.fullName());
    if (logged.value() > 0) {
        text += u"\n\n"_s
            + tr("%n session(s) were logged: their attendance records, notes and scans will be destroyed "
                 "too. If the bilan stopped, marking it abandoned keeps them.",
                nullptr, logged.value());
    }
    text += u"\n\n"_s + tr("This cannot be undone.");
    if (!Confirmation::ask(&m_window, tr("Delete a bilan"), text, tr("Delete the bilan")))
        return;
    if (auto removed = m_workspace.bilans().remove(bilanId, logged.value() > 0); !removed) {
        m_workspace.reportError(removed.error().message);
        return;
    }
    m_workspace.undoStack(bilanId)->clear(); // its edits point at sessions that are gone
    m_workspace.reportNotice(tr("Bilan no. %1 deleted.").arg(bilanId));
}

void Scheduling::openSession(qint64 clientId, qint64 sessionId)
{
    m_window.clientList()->selectClient(clientId);
    SessionsTab* sessions = m_window.bilanPanel()->sessionsTab();
    m_window.bilanPanel()->showTab(sessions);
    sessions->selectSession(sessionId);
    m_window.raise();
    m_window.activateWindow();
}

} // namespace parcours
