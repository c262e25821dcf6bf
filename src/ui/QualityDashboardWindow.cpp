#include "QualityCharts.h"

#include <parcours/core/QualityService.h>
#include <parcours/core/Settings.h>
#include <parcours/core/WallClock.h>
#include <parcours/reports/QualityDocuments.h>
#include <parcours/ui/TypedDateEdit.h>
#include <parcours/ui/FileDialog.h>
#include <parcours/ui/QualityDashboardWindow.h>
#include <parcours/ui/Workspace.h>
#include <parcours/ui/ScreenFit.h>

#include <QDateEdit>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

QString percent(const std::optional<double>& rate)
{
    return rate ? QLocale().toString(*rate * 100, 'f', 0) + u"\u00A0%"_s : u"—"_s;
}

QString decimal(const std::optional<double>& value)
{
    return value ? QLocale().toString(*value, 'f', 1) : u"—"_s;
}

QualityDocumentContext documentContext(Workspace& workspace)
{
    const Settings settings = workspace.settings();
    return { Letterhead::fromSettings(settings), DocumentLanguage(settings.text(settingKeys::documentLanguage)) };
}

} // namespace

QualityDashboardWindow::QualityDashboardWindow(Workspace& workspace, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_workspace(workspace)
    , m_from(new TypedDateEdit(this))
    , m_to(new TypedDateEdit(this))
    , m_figuresLayout(new QFormLayout)
    , m_charts(new QualityCharts(this))
{
    setObjectName(u"qualityDashboardWindow"_s);
    setWindowTitle(tr("Quality dashboard — Parcours"));
    fitToScreen(this, { 1080, 640 });
    m_from->setObjectName(u"fromDateEdit"_s);
    m_to->setObjectName(u"toDateEdit"_s);
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    const QDate today = workspace.clock().today();
    auto* lastYear = new QPushButton(tr("Year %1").arg(today.year() - 1), this);
    lastYear->setObjectName(u"lastYearPushButton"_s);
    auto* thisYear = new QPushButton(tr("Year %1").arg(today.year()), this);
    thisYear->setObjectName(u"thisYearPushButton"_s);
    auto* pdf = new QPushButton(tr("Export as &PDF…"), this);
    pdf->setObjectName(u"exportPdfPushButton"_s);
    auto* csv = new QPushButton(tr("Export as C&SV…"), this);
    csv->setObjectName(u"exportCsvPushButton"_s);

    auto* period = new QHBoxLayout;
    auto* fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    period->addWidget(fromLabel);
    period->addWidget(m_from);
    period->addWidget(toLabel);
    period->addWidget(m_to);
    period->addWidget(lastYear);
    period->addWidget(thisYear);
    period->addStretch();
    period->addWidget(pdf);
    period->addWidget(csv);

    auto* figures = new QGroupBox(tr("Figures"), this);
    figures->setLayout(m_figuresLayout);
    addFigure(u"started"_s, tr("Bilans started:"));
    addFigure(u"concluded"_s, tr("Bilans concluded:"));
    addFigure(u"abandoned"_s, tr("Bilans abandoned:"));
    addFigure(u"completion"_s, tr("Completion rate:"));
    addFigure(u"abandonment"_s, tr("Abandonment rate:"));
    addFigure(u"hours"_s, tr("Mean hours done:"));
    addFigure(u"endSatisfaction"_s, tr("Satisfaction at the end:"));
    addFigure(u"sixMonthSatisfaction"_s, tr("Satisfaction at six months:"));
    addFigure(u"onTime"_s, tr("Follow-ups done on time:"));
    addFigure(u"reasons"_s, tr("Reasons for abandonment:"))->setWordWrap(true);

    auto* note = new QLabel(tr("Bilans started in the period give the number started and the funding; those "
                               "concluded or abandoned in it give the rates, hours, satisfaction and follow-ups. A "
                               "follow-up is on time when done within 30 days of its due date."),
        this);
    note->setWordWrap(true);
    auto* body = new QHBoxLayout;
    body->addWidget(figures);
    body->addWidget(m_charts, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(period);
    layout->addLayout(body, 1);
    layout->addWidget(note);

    connect(m_from, &QDateEdit::dateChanged, this, &QualityDashboardWindow::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &QualityDashboardWindow::refresh);
    connect(lastYear, &QPushButton::clicked, this,
        [this, today] { setPeriod(QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 12, 31)); });
    connect(thisYear, &QPushButton::clicked, this,
        [this, today] { setPeriod(QDate(today.year(), 1, 1), QDate(today.year(), 12, 31)); });
    connect(pdf, &QPushButton::clicked, this, &QualityDashboardWindow::exportPdf);
    connect(csv, &QPushButton::clicked, this, &QualityDashboardWindow::exportCsv);
    connect(&m_workspace.events(), &StoreEvents::bilanChanged, this, &QualityDashboardWindow::refresh);
    connect(&m_workspace.events(), &StoreEvents::evaluationChanged, this, &QualityDashboardWindow::refresh);
    setPeriod(QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 12, 31));
}

QLabel* QualityDashboardWindow::addFigure(const QString& name, const QString& label)
{
    auto* value = new QLabel(this);
    value->setObjectName(name + u"ValueLabel"_s);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_figuresLayout->addRow(label, value);
    return value;
}

QString QualityDashboardWindow::shownValue(const QString& objectName) const
{
    const auto* label = findChild<QLabel*>(objectName);
    return label ? label->text() : QString();
}

void QualityDashboardWindow::setPeriod(QDate from, QDate to)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    refresh();
}

void QualityDashboardWindow::refresh()
{
    auto figures
        = QualityService(m_workspace.repositories(), m_workspace.clock()).figures(m_from->date(), m_to->date());
    if (!figures) {
        m_workspace.reportError(figures.error().message);
        return;
    }
    m_figures = figures.value();
    const auto set = [this](const QString& name, const QString& text) {
        if (auto* label = findChild<QLabel*>(name + u"ValueLabel"_s))
            label->setText(text);
    };
    const auto rated = [](const RatedMean& mean) {
        return tr("%1 (answers: %2, %3 of %4)")
            .arg(mean.mean ? tr("%1 / 5").arg(decimal(mean.mean)) : u"—"_s, percent(mean.responseRate()))
            .arg(mean.answered)
            .arg(mean.expected);
    };
    set(u"started"_s, QString::number(m_figures.started));
    set(u"concluded"_s, QString::number(m_figures.concluded));
    set(u"abandoned"_s, QString::number(m_figures.abandoned));
    set(u"completion"_s, percent(m_figures.completionRate));
    set(u"abandonment"_s, percent(m_figures.abandonmentRate));
    set(u"hours"_s, m_figures.meanMinutesDone() ? formatMinutes(*m_figures.meanMinutesDone()) : u"—"_s);
    set(u"endSatisfaction"_s, rated(m_figures.endSatisfaction));
    set(u"sixMonthSatisfaction"_s, rated(m_figures.sixMonthSatisfaction));
    set(u"onTime"_s,
        tr("%1 (%2 of %3 due)")
            .arg(percent(m_figures.onTimeRate()))
            .arg(m_figures.followUpsOnTime)
            .arg(m_figures.followUpsDue));
    QStringList reasons;
    for (auto it = m_figures.abandonReasons.cbegin(); it != m_figures.abandonReasons.cend(); ++it)
        reasons << u"%1 (%2)"_s.arg(it.key().isEmpty() ? tr("not given") : it.key()).arg(it.value());
    set(u"reasons"_s, reasons.isEmpty() ? u"—"_s : reasons.join(u", "_s));
    m_charts->show(m_figures);
}

void QualityDashboardWindow::exportPdf()
{
    QString path = FileDialog::getSaveFileName(
        this, tr("Export the figures"), tr("quality-indicators.pdf"), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        path += u".pdf"_s;
    if (auto written = writeQualityFigures(documentContext(m_workspace), m_figures, path); !written) {
        m_workspace.reportError(tr("The PDF was not saved. %1").arg(written.error().message));
        return;
    }
    m_workspace.reportNotice(tr("Saved: %1").arg(QDir::toNativeSeparators(path)));
}

void QualityDashboardWindow::exportCsv()
{
    QString path = FileDialog::getSaveFileName(
        this, tr("Export the figures"), tr("quality-indicators.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".csv"_s, Qt::CaseInsensitive))
        path += u".csv"_s;
    if (auto written = writeBytes(figuresCsv(m_figures, documentContext(m_workspace).language), path); !written) {
        m_workspace.reportError(tr("The CSV file was not saved. %1").arg(written.error().message));
        return;
    }
    m_workspace.reportNotice(tr("Saved: %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace parcours
