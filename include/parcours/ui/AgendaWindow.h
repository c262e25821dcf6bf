#pragma once

#include <parcours/core/AgendaService.h>

#include <QDate>
#include <QWidget>

class QLabel;
class QTableView;
class QToolButton;

namespace parcours {

class AgendaModel;
class AgendaWeekView;
class Workspace;

/**
 * The consultant's agenda: a week of every beneficiary's sessions (painted), the selected day's list beside it,
 * navigation by week and back to today, and a click on a session to open its bilan in the main window.
 */
class AgendaWindow : public QWidget {
    Q_OBJECT
public:
    explicit AgendaWindow(Workspace& workspace, QWidget* parent = nullptr);

    void showWeek(QDate day);
    void showToday();
    QDate monday() const { return m_monday; }
    AgendaWeekView* weekView() const { return m_weekView; }
    AgendaModel* dayModel() const { return m_dayModel; }
    QTableView* dayView() const { return m_dayView; }
    QString weekTitle() const;

Q_SIGNALS:
    /// The consultant asked for a session's bilan.
    void sessionOpened(qint64 clientId, qint64 sessionId);
    void absencesRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reload();
    void showDay(QDate day);
    void open(qint64 sessionId);

    Workspace& m_workspace;
    QDate m_monday;
    AgendaPeriod m_period;
    AgendaWeekView* m_weekView;
    AgendaModel* m_dayModel;
    QTableView* m_dayView;
    QLabel* m_weekLabel;
    QLabel* m_dayLabel;
    QLabel* m_conflictLabel;
};

} // namespace parcours
