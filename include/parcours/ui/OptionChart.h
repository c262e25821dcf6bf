#pragma once

#include <parcours/core/Investigation.h>

#include <QWidget>

namespace parcours {

/**
 * The career options on a desire × feasibility chart (each scored 1 to 5). Dragging a point to another square
 * changes its scores, as do the arrow keys on the selected one (up/down: desire, left/right: feasibility). Kept
 * options are green, those explored blue, those set aside grey; the plan B is marked "B". Painted, and described
 * in words for screen readers.
 */
class OptionChart : public QWidget {
    Q_OBJECT
public:
    explicit OptionChart(QWidget* parent = nullptr);

    void setOptions(const QList<CareerOption>& options);
    void setSelected(qint64 id);
    qint64 selected() const { return m_selected; }
    /// The centre of an option's point, in widget coordinates.
    QPointF pointPosition(qint64 id) const;
    /// The centre of the square for these scores.
    QPointF cellPosition(int desire, int feasibility) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void optionClicked(qint64 id);
    /// A point was dragged (or moved with the keys) to new scores.
    void scoresChanged(qint64 id, int desire, int feasibility);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QRectF plotArea() const;
    /// Scores under a point of the widget, clamped to 1–5.
    std::pair<int, int> scoresAt(const QPointF& position) const;
    qint64 optionAt(const QPointF& position) const;
    void updateDescription();

    QList<CareerOption> m_options;
    qint64 m_selected = 0;
    qint64 m_dragged = 0;
    QPointF m_dragPosition;
};

} // namespace parcours
