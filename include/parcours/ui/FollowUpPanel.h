#pragma once

#include <parcours/core/Reminders.h>

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace parcours {

class Workspace;

/**
 * The side panel "Follow-ups": what is due within 30 days (overdue in red), then the next ones; from a follow-up,
 * plan its session, mark it done, or record that the beneficiary declined or could not be reached. Its title carries
 * the count, like a badge.
 */
class FollowUpPanel : public QWidget {
    Q_OBJECT
public:
    explicit FollowUpPanel(Workspace& workspace, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    QLabel* title() const { return m_title; }
    QPushButton* planButton() const { return m_plan; }
    QPushButton* doneButton() const { return m_done; }
    QPushButton* notReachedButton() const { return m_notReached; }
    /// Reminders due within 30 days, overdue included (the badge's count).
    int dueCount() const { return m_dueCount; }
    int overdueCount() const { return m_overdueCount; }
    /// Past sessions still « planned », across bilans.
    int sessionsToLog() const { return m_sessionsToLog; }
    /// The reminder of the selected row, if any.
    const Reminder* selected() const;
    void reload();

Q_SIGNALS:
    void bilanOpened(qint64 clientId);
    void planRequested(const Reminder& reminder);
    void doneRequested(const Reminder& reminder);
    void notReachedRequested(const Reminder& reminder);
    /// The count of what is due changed (after a reload).
    void countChanged(int due, int overdue);

private:
    void updateButtons();

    Workspace& m_workspace;
    QLabel* m_title;
    QListWidget* m_list;
    QPushButton* m_plan;
    QPushButton* m_done;
    QPushButton* m_notReached;
    QList<Reminder> m_reminders;
    int m_dueCount = 0;
    int m_overdueCount = 0;
    int m_sessionsToLog = 0;
};

} // namespace parcours
