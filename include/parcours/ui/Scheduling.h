#pragma once

#include <QObject>
#include <QPointer>

class QAction;

namespace parcours {

class AgendaWindow;
class AbsencesDialog;
class HoursTab;
class MainWindow;
class PlanDialog;
class ThisWeekPanel;
class Workspace;

/**
 * Everything about the consultant's schedule that the window offers: the actions (plan a bilan, attendance sheets,
 * calendar exports, the agenda, absences, deleting a bilan), the "Hours and deadlines" tab, the "This week" side
 * panel and the agenda window, wired to the main window so that a click on a session opens its bilan. The window
 * shell only creates it and puts its actions in the menus.
 */
class Scheduling : public QObject {
    Q_OBJECT
public:
    Scheduling(Workspace& workspace, MainWindow& window);

    QAction* planAction() const { return m_plan; }
    QAction* bilanAttendanceAction() const { return m_bilanAttendance; }
    QAction* sessionAttendanceAction() const { return m_sessionAttendance; }
    QAction* bilanCalendarAction() const { return m_bilanCalendar; }
    QAction* calendarAction() const { return m_calendar; }
    QAction* agendaAction() const { return m_agenda; }
    QAction* absencesAction() const { return m_absences; }
    QAction* deleteBilanAction() const { return m_deleteBilan; }
    HoursTab* hoursTab() const { return m_hoursTab; }
    ThisWeekPanel* thisWeekPanel() const { return m_thisWeek; }
    /// The agenda window (created on first use).
    AgendaWindow* agendaWindow();

    PlanDialog* planBilan();
    AbsencesDialog* editAbsences();
    /// Writes the attendance sheet of the bilan shown, or of its selected session, to a file chosen by the consultant.
    void printAttendance(bool selectedSessionOnly);
    /// Exports the bilan's sessions, or every upcoming session, as iCalendar to a file chosen by the consultant.
    void exportCalendar(bool wholeAgenda);
    void deleteBilan();
    /// Shows a session's bilan in the main window, the session selected.
    void openSession(qint64 clientId, qint64 sessionId);

private:
    void updateActions();
    qint64 selectedSessionId() const;

    Workspace& m_workspace;
    MainWindow& m_window;
    QAction* m_plan;
    QAction* m_bilanAttendance;
    QAction* m_sessionAttendance;
    QAction* m_bilanCalendar;
    QAction* m_calendar;
    QAction* m_agenda;
    QAction* m_absences;
    QAction* m_deleteBilan;
    HoursTab* m_hoursTab;
    ThisWeekPanel* m_thisWeek;
    QPointer<AgendaWindow> m_agendaWindow;
};

} // namespace parcours
