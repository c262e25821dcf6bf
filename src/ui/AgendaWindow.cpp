#include <parcours/ui/Colours.h>
#include <parcours/ui/AgendaModel.h>
#include <parcours/ui/AgendaWeekView.h>
#include <parcours/ui/AgendaWindow.h>
#include <parcours/ui/Format.h>
#include <parcours/ui/Workspace.h>
#include <parcours/ui/ScreenFit.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parcours {

AgendaWindow::AgendaWindow(Workspace& workspace, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_workspace(workspace)
    , m_weekView(new AgendaWeekView(this))
    , m_dayModel(new AgendaModel(this))
    , m_dayView(new QTableView(this))
    , m_weekLabel(new QLabel(this))
    , m_dayLabel(new QLabel(this))
    , m_conflictLabel(new QLabel(this))
{
    setObjectName(u"agendaWindow"_s);
    setWindowTitle(tr("Agenda — Parcours"));
    fitToScreen(this, { 1360, 800 });

    auto* previous = new QPushButton(tr("◀ Previous week"), this);
    previous->setObjectName(u"previousWeekPushButton"_s);
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    auto* today = new QPushButton(tr("&Today"), this);
    today->setObjectName(u"todayPushButton"_s);
    auto* next = new QPushButton(tr("Next week ▶"), this);
    next->setObjectName(u"nextWeekPushButton"_s);
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    auto* absences = new QPushButton(tr("&Absences…"), this);
    absences->setObjectName(u"absencesPushButton"_s);
    absences->setToolTip(tr("Days you are away: the planner moves sessions off them"));
    m_weekLabel->setObjectName(u"weekLabel"_s);
    QFont big = m_weekLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_weekLabel->setFont(big);
    m_conflictLabel->setObjectName(u"conflictLabel"_s);
    m_conflictLabel->setStyleSheet(colours::css(colours::error()) + u" font-weight: bold;"_s);

    auto* bar = new QHBoxLayout;
    bar->addWidget(previous);
    bar->addWidget(today);
    bar->addWidget(next);
    bar->addSpacing(16);
    bar->addWidget(m_weekLabel);
    bar->addSpacing(16);
    bar->addWidget(m_conflictLabel, 1);
    bar->addWidget(absences);

    m_dayLabel->setObjectName(u"dayLabel"_s);
    QFont bold = m_dayLabel->font();
    bold.setBold(true);
    m_dayLabel->setFont(bold);
    m_dayView->setObjectName(u"dayTableView"_s);
    m_dayView->setAccessibleName(tr("Sessions of the day"));
    m_dayView->setModel(m_dayModel);
    m_dayView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_dayView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_dayView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_dayView->verticalHeader()->hide();
    m_dayView->setWordWrap(true); // the remarks (overlaps) wrap rather than hide
    m_dayView->hideColumn(AgendaModel::DayColumn);
    for (int column = 0; column < AgendaModel::RemarksColumn; ++column)
        m_dayView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_dayView->horizontalHeader()->setSectionResizeMode(AgendaModel::RemarksColumn, QHeaderView::Stretch);
    auto* dayPanel = new QWidget(this);
    auto* dayLayout = new QVBoxLayout(dayPanel);
    dayLayout->setContentsMargins(0, 0, 0, 0);
    dayLayout->addWidget(m_dayLabel);
    dayLayout->addWidget(m_dayView, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"agendaSplitter"_s);
    splitter->addWidget(m_weekView);
    splitter->addWidget(dayPanel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 900, 440 });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(previous, &QPushButton::clicked, this, [this] { showWeek(m_monday.addDays(-7)); });
    connect(next, &QPushButton::clicked, this, [this] { showWeek(m_monday.addDays(7)); });
    connect(today, &QPushButton::clicked, this, &AgendaWindow::showToday);
    connect(absences, &QPushButton::clicked, this, &AgendaWindow::absencesRequested);
    connect(m_weekView, &AgendaWeekView::daySelected, this, &AgendaWindow::showDay);
    connect(m_weekView, &AgendaWeekView::sessionActivated, this, &AgendaWindow::open);
    connect(m_dayView, &QTableView::clicked, this, [this](const QModelIndex& index) {
        if (const AgendaEntry* entry = m_dayModel->entryAt(index.row()))
            open(entry->session.id);
    });
    connect(m_dayView, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const AgendaEntry* entry = m_dayModel->entryAt(index.row()))
            open(entry->session.id);
    });

    // The agenda follows every change made anywhere (window, dialogs, undo).
    StoreEvents& events = workspace.events();
    // Hidden, it waits: showing it reloads.
    auto reloadIfShown = [this] {
        if (isVisible())
            reload();
    };
    connect(&events, &StoreEvents::absencesChanged, this, reloadIfShown);
    connect(&events, &StoreEvents::sessionChanged, this, reloadIfShown);
    connect(&events, &StoreEvents::bilanChanged, this, reloadIfShown);
    connect(&events, &StoreEvents::clientChanged, this, reloadIfShown);
    connect(&events, &StoreEvents::settingsChanged, this, reloadIfShown);
    showToday();
}

void AgendaWindow::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void AgendaWindow::showToday()
{
    showWeek(m_workspace.clock().today());
    m_weekView->setSelectedDay(m_workspace.clock().today());
}

void AgendaWindow::showWeek(QDate day)
{
    m_monday = day.addDays(1 - day.dayOfWeek());
    reload();
}

QString AgendaWindow::weekTitle() const
{
    return m_weekLabel->text();
}

void AgendaWindow::reload()
{
    auto period = m_workspace.agenda().week(m_monday);
    if (!period) {
        m_workspace.reportError(period.error().message);
        return;
    }
    m_period = period.value();
    int year = 0;
    const int week = m_monday.weekNumber(&year);
    const QDate sunday = m_monday.addDays(6);
    m_weekLabel->setText(
        tr("Week %1 · %2 – %3")
            .arg(week)
            .arg(QLocale().toString(m_monday, u"d MMMM"_s), QLocale().toString(sunday, u"d MMMM yyyy"_s)));
    int conflicts = 0;
    for (const AgendaEntry& entry : std::as_const(m_period.entries))
        conflicts += entry.conflicts.isEmpty() ? 0 : 1;
    m_conflictLabel->setText(conflicts > 0 ? tr("⚠ %n session(s) overlap this week", nullptr, conflicts) : QString());
    m_weekView->setPeriod(m_period, m_workspace.clock().now());
    showDay(m_weekView->selectedDay().isValid() ? m_weekView->selectedDay() : m_monday);
}

void AgendaWindow::showDay(QDate day)
{
    const QList<AgendaEntry> entries = m_period.entriesOn(day);
    m_dayModel->setEntries(entries);
    m_dayView->resizeRowsToContents();
    QString title = format::longDate(day);
    title[0] = title[0].toUpper();
    m_dayLabel->setText(entries.isEmpty()
            ? tr("%1 — no session").arg(title)
            : tr("%1 — %n session(s)", nullptr, static_cast<int>(entries.size())).arg(title));
}

void AgendaWindow::open(qint64 sessionId)
{
    for (const AgendaEntry& entry : std::as_const(m_period.entries)) {
        if (entry.session.id == sessionId) {
            Q_EMIT sessionOpened(entry.clientId, sessionId);
            return;
        }
    }
}

} // namespace parcours
