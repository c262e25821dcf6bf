#pragma once

#include <parcours/core/AgendaService.h>

#include <QDateTime>
#include <QWidget>

namespace parcours {

/**
 * The week of the agenda, painted: a column per working day (and any other day with a session), the working hours
 * of the settings, every session of every beneficiary as a block in its phase's colour, overlapping sessions side by
 * side and outlined in red, public holidays and absences shaded and named, a line for now. A click on a session
 * opens it; a click elsewhere in a day selects the day.
 */
class AgendaWeekView : public QWidget {
    Q_OBJECT
public:
    explicit AgendaWeekView(QWidget* parent = nullptr);

    void setPeriod(const AgendaPeriod& period, const QDateTime& now);
    const AgendaPeriod& period() const { return m_period; }
    /// The days shown, in order.
    QList<QDate> days() const { return m_days; }
    QDate selectedDay() const { return m_selectedDay; }
    void setSelectedDay(QDate day);
    /// Where a session's block is drawn (empty when it is not), for tests and accessibility.
    QRectF blockRect(qint64 sessionId) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void sessionActivated(qint64 sessionId);
    void daySelected(QDate day);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Block {
        QRectF rect;
        AgendaEntry entry;
    };
    void relayout();
    void updateDescription();
    qreal yOf(QTime time) const;
    int columnAt(qreal x) const;
    const Block* blockAt(const QPointF& point) const;
    QString dayNote(QDate day) const;
    void paintHeader(QPainter& painter) const;
    void paintGrid(QPainter& painter) const;
    void paintBlock(QPainter& painter, const Block& block) const;

    AgendaPeriod m_period;
    QDateTime m_now;
    QList<QDate> m_days;
    QDate m_selectedDay;
    QList<Block> m_blocks;
    int m_firstHour = 9;
    int m_lastHour = 18;
    qreal m_gutter = 48;
    qreal m_header = 44;
    qreal m_columnWidth = 100;
    qreal m_hourHeight = 40;
};

} // namespace parcours
