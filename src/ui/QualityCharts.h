#pragma once

#include <parcours/core/QualityStats.h>

#include <QWidget>

class QChartView;

namespace parcours {

/** The dashboard's three charts side by side: how bilans ended, satisfaction at the end and at six months, funding. */
class QualityCharts : public QWidget {
    Q_OBJECT
public:
    explicit QualityCharts(QWidget* parent = nullptr);
    void show(const QualityFigures& figures);

private:
    QChartView* m_outcomes;
    QChartView* m_satisfaction;
    QChartView* m_funding;
};

} // namespace parcours
