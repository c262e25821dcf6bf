#pragma once

#include <parcours/core/Reminders.h>

#include <QObject>

class QAction;
class QLabel;

namespace parcours {

class AbandonDialog;
struct BilanOverview;
class DateDialog;
class FollowUpOutcomeDialog;
class FollowUpPanel;
class MainWindow;
class SessionDialog;
class Workspace;

/**
 * The end of bilans and what follows it, as the window offers them: closing and abandoning the bilan shown, the
 * "Follow-ups" side panel with its actions, the count in the status bar and the notice at start-up. The window
 * shell only creates it and puts its actions in the menus.
 */
class FollowUps : public QObject {
    Q_OBJECT
public:
    FollowUps(Workspace& workspace, MainWindow& window);

    QAction* closeBilanAction() const { return m_close; }
    QAction* abandonBilanAction() const { return m_abandon; }
    FollowUpPanel* panel() const { return m_panel; }
    QLabel* badge() const { return m_badge; }

    /// Asks for the end date of the bilan shown, then closes it once confirmed.
    DateDialog* closeBilan();
    /// Asks why the bilan shown was abandoned, then records it once confirmed.
    AbandonDialog* abandonBilan();
    /// Opens the session dialog for the follow-up session of the reminder's bilan, on its due date.
    SessionDialog* planFollowUp(const Reminder& reminder);
    /// Marks the follow-up done today.
    void markDone(const Reminder& reminder);
    /// Opens the dialog recording a refusal or an unreachable beneficiary, with the attempts.
    FollowUpOutcomeDialog* recordNotReached(const Reminder& reminder);
    /// The start-up notice when something is due (nothing when all is done).
    void announce();

private:
    /// After closing: when content is due (no written consent), says so and offers the Retention tab.
    void offerRetention(qint64 bilanId, const QString& name, BilanStatus ending);
    void updateActions();
    void updateBadge(int due, int overdue);
    const BilanOverview* shownBilan() const;

    Workspace& m_workspace;
    MainWindow& m_window;
    QAction* m_close;
    QAction* m_abandon;
    FollowUpPanel* m_panel;
    QLabel* m_badge;
};

} // namespace parcours
