#pragma once

#include <parcours/core/Investigation.h>

#include <QDate>
#include <QWidget>

namespace parcours {

/**
 * The professional history as a frieze: one bar per dated experience over the years (jobs, internships and
 * trainings in their own colours, overlapping ones on separate lanes), what goes on up to today. Clicking a bar
 * selects the experience. Described in words for screen readers.
 */
class ExperienceTimeline : public QWidget {
    Q_OBJECT
public:
    explicit ExperienceTimeline(QWidget* parent = nullptr);

    void setExperiences(const QList<Experience>& experiences, QDate today);
    void setSelected(qint64 id);
    /// Where the bar of an experience is drawn (empty when it has no dates).
    QRectF barRect(qint64 id) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void experienceClicked(qint64 id);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    struct Bar {
        qint64 id = 0;
        Experience::Kind kind = Experience::Kind::Job;
        QString label;
        QDate from;
        QDate to;
        bool ongoing = false;
        int lane = 0;
    };
    qreal xOf(QDate date) const;
    QRectF rectOf(const Bar& bar) const;
    void updateDescription();

    QList<Bar> m_bars;
    QStringList m_undated;
    QDate m_first;
    QDate m_last;
    int m_lanes = 0;
    qint64 m_selected = 0;
};

/// The colour of a kind of experience on the frieze and in the legend.
QColor experienceColor(Experience::Kind kind);

} // namespace parcours
