#include "QualityCharts.h"

#include <parcours/ui/Colours.h>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QPieSeries>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

QChartView* chartView(const QString& name, QWidget* parent)
{
    auto* view = new QChartView(parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(280, 240);
    return view;
}

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    // Qt Charts draws on white unless told: the dark theme goes with the dark palette.
    if (colours::isDark(colours::current()))
        chart->setTheme(QChart::ChartThemeDark);
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

/// Shows `chart` in `view` and deletes the one it replaces (QChartView only releases it).
void replaceChart(QChartView* view, QChart* chart)
{
    QChart* previous = view->chart();
    view->setChart(chart);
    delete previous;
}

QPieSeries* pie(const QList<std::pair<QString, int>>& slices)
{
    auto* series = new QPieSeries;
    for (const auto& [label, count] : slices) {
        if (count > 0)
            series->append(u"%1 (%2)"_s.arg(label).arg(count), count);
    }
    return series;
}

} // namespace

QualityCharts::QualityCharts(QWidget* parent)
    : QWidget(parent)
    , m_outcomes(chartView(u"outcomesChartView"_s, this))
    , m_satisfaction(chartView(u"satisfactionChartView"_s, this))
    , m_funding(chartView(u"fundingChartView"_s, this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_outcomes);
    layout->addWidget(m_satisfaction);
    layout->addWidget(m_funding);
}

void QualityCharts::show(const QualityFigures& figures)
{
    QChart* outcomes = newChart(tr("How the bilans ended"));
    outcomes->addSeries(pie({ { tr("Concluded"), figures.concluded }, { tr("Abandoned"), figures.abandoned } }));
    replaceChart(m_outcomes, outcomes);
    m_outcomes->setAccessibleDescription(
        tr("%1 concluded, %2 abandoned").arg(figures.concluded).arg(figures.abandoned));

    QChart* satisfaction = newChart(tr("Satisfaction (out of 5)"));
    auto* set = new QBarSet(tr("Mean score"));
    *set << figures.endSatisfaction.mean.value_or(0) << figures.sixMonthSatisfaction.mean.value_or(0);
    auto* bars = new QBarSeries;
    bars->append(set);
    satisfaction->addSeries(bars);
    auto* categories = new QBarCategoryAxis;
    categories->append({ tr("At the end"), tr("At 6 months") });
    satisfaction->addAxis(categories, Qt::AlignBottom);
    bars->attachAxis(categories);
    auto* scale = new QValueAxis;
    scale->setRange(0, 5);
    scale->setTickCount(6);
    scale->setLabelFormat(u"%d"_s);
    satisfaction->addAxis(scale, Qt::AlignLeft);
    bars->attachAxis(scale);
    satisfaction->legend()->hide();
    replaceChart(m_satisfaction, satisfaction);

    QChart* funding = newChart(tr("Funding of the bilans started"));
    QList<std::pair<QString, int>> slices;
    for (Funding f : kAllFundings)
        slices.append({ displayName(f), figures.fundingMix.value(f) });
    funding->addSeries(pie(slices));
    replaceChart(m_funding, funding);
}

} // namespace parcours
