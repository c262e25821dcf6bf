#pragma once

#include <QWidget>

#include <parcours/core/Timeline.h>

namespace parcours {

/**
 * The band of the five phases of a bilan: dates, hours done over budget, every session as a mark (done,
 * planned, cancelled, missed), and a line for today. Painted, so it reads at a glance; described in words
 * for screen readers and tests.
 */
class PhaseTimeline : public QWidget {
    Q_OBJECT
public:
    explicit PhaseTimeline(QWidget* parent = nullptr);

    void setTimeline(const TimelineData& timeline);
    void clear();
    const TimelineData& timeline() const { return m_data; }
    /// "Preliminary: 2 h 30 done of 3 h, 1 session done, 1 planned" (translated).
    QString phaseSummary(Phase phase) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void sessionClicked(qint64 sessionId);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    struct MarkGeometry {
        QPointF centre;
        TimelineMark mark;
    };
    struct Layout {
        std::array<QRectF, 5> segments;
        QList<MarkGeometry> marks;
        qreal todayX = -1;
        qreal barTop = 0;
        qreal barHeight = 0;
    };
    Layout computeLayout() const;
    const MarkGeometry* markAt(const QPointF& point) const;
    void updateDescription();

    TimelineData m_data;
    bool m_empty = true;
    Layout m_layout;
};

/// The colour of a phase on the timeline and elsewhere.
QColor phaseColor(Phase phase);

} // namespace parcours
