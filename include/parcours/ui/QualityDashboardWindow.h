#pragma once

#include <parcours/core/QualityStats.h>

#include <QWidget>

class QDateEdit;
class QFormLayout;
class QLabel;

namespace parcours {

class Workspace;
class QualityCharts;

/**
 * The quality dashboard (menu Qualité): for a chosen period, the figures an auditor asks for (bilans started,
 * concluded, abandoned, rates, hours, satisfaction and response rates, follow-ups on time, funding) with charts, and
 * their export as PDF or CSV. Nothing in it names a beneficiary.
 */
class QualityDashboardWindow : public QWidget {
    Q_OBJECT
public:
    explicit QualityDashboardWindow(Workspace& workspace, QWidget* parent = nullptr);

    void setPeriod(QDate from, QDate to);
    const QualityFigures& figures() const { return m_figures; }
    /// The value shown beside a figure, by its object name ("startedValueLabel"…).
    QString shownValue(const QString& objectName) const;
    void exportPdf();
    void exportCsv();

private:
    void refresh();
    QLabel* addFigure(const QString& name, const QString& label);

    Workspace& m_workspace;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QFormLayout* m_figuresLayout;
    QualityCharts* m_charts;
    QualityFigures m_figures;
};

} // namespace parcours
