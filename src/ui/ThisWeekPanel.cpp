#include <parcours/ui/Format.h>
#include <parcours/ui/PhaseTimeline.h>
#include <parcours/ui/ThisWeekPanel.h>
#include <parcours/ui/Workspace.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

enum Role { ClientRole = Qt::UserRole, SessionRole, BilanRole, StepRole };

QLabel* heading(const QString& text, const QString& name, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(name);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

ThisWeekPanel::ThisWeekPanel(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_title(heading(tr("This week"), u"thisWeekLabel"_s, this))
    , m_sessions(new QListWidget(this))
    , m_cpfTitle(heading(tr("CPF declarations to make"), u"cpfDueLabel"_s, this))
    , m_cpf(new QListWidget(this))
    , m_declare(new QPushButton(tr("Mark as &declared"), this))
{
    setObjectName(u"thisWeekPanel"_s);
    m_sessions->setObjectName(u"weekSessionsListWidget"_s);
    m_sessions->setAccessibleName(tr("This week's sessions"));
    m_sessions->setWordWrap(true);
    m_cpf->setObjectName(u"cpfDueListWidget"_s);
    m_cpf->setAccessibleName(tr("CPF declarations to make"));
    m_cpf->setWordWrap(true);
    m_declare->setObjectName(u"declareCpfPushButton"_s);
    m_declare->setToolTip(tr("The declaration was made on Mon Compte Formation today"));
    m_declare->setEnabled(false);

    auto* declareRow = new QHBoxLayout;
    declareRow->addStretch();
    declareRow->addWidget(m_declare);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_sessions, 3);
    layout->addSpacing(6);
    layout->addWidget(m_cpfTitle);
    layout->addWidget(m_cpf, 1);
    layout->addLayout(declareRow);

    connect(m_sessions, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        if (item->data(SessionRole).toLongLong() > 0)
            Q_EMIT sessionOpened(item->data(ClientRole).toLongLong(), item->data(SessionRole).toLongLong());
    });
    connect(m_cpf, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        if (item->data(ClientRole).toLongLong() > 0)
            Q_EMIT bilanOpened(item->data(ClientRole).toLongLong());
    });
    connect(m_cpf, &QListWidget::currentRowChanged, this,
        [this](int row) { m_declare->setEnabled(row >= 0 && m_cpf->item(row)->data(BilanRole).toLongLong() > 0); });
    connect(m_declare, &QPushButton::clicked, this, &ThisWeekPanel::declareSelected);

    StoreEvents& events = workspace.events();
    connect(&events, &StoreEvents::sessionChanged, this, &ThisWeekPanel::reload);
    connect(&events, &StoreEvents::bilanChanged, this, &ThisWeekPanel::reload);
    connect(&events, &StoreEvents::clientChanged, this, &ThisWeekPanel::reload);
    connect(&events, &StoreEvents::cpfDeclarationChanged, this, &ThisWeekPanel::reload);
    connect(&events, &StoreEvents::settingsChanged, this, &ThisWeekPanel::reload);
    // A new day brings a new week and new deadlines.
    auto* timer = new QTimer(this);
    timer->setInterval(10 * 60 * 1000);
    connect(timer, &QTimer::timeout, this, &ThisWeekPanel::reload);
    timer->start();
    workspace.whenShown(this, [this] {
        m_loaded = true;
        reload();
    });
}

void ThisWeekPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_loaded)
        reload(); // shown again after being hidden: what changed meanwhile (the first showing was just loaded)
}

void ThisWeekPanel::reload()
{
    reloadSessions();
    reloadCpf();
}

void ThisWeekPanel::reloadSessions()
{
    m_sessions->clear();
    auto week = m_workspace.agenda().week(m_workspace.clock().today());
    if (!week) {
        m_sessions->addItem(week.error().message);
        return;
    }
    const QDateTime now = m_workspace.clock().now();
    m_title->setText(tr("This week (%1 – %2)").arg(format::dayMonth(week->from), format::dayMonth(week->to)));
    for (const AgendaEntry& entry : std::as_const(week->entries)) {
        const Session& session = entry.session;
        if (session.status == SessionStatus::Cancelled)
            continue;
        QString text = format::shortDate(session.startsAt.date()) + u' ' + format::time(session.startsAt) + u"  "_s
            + entry.clientName() + u" — "_s + displayName(session.phase);
        auto* item = new QListWidgetItem(m_sessions);
        if (session.status == SessionStatus::Done) {
            text += u" ✓"_s;
            item->setForeground(palette().color(QPalette::PlaceholderText));
        } else if (session.status == SessionStatus::NoShow) {
            text += u" · "_s + displayName(session.status);
            item->setForeground(palette().color(QPalette::PlaceholderText));
        } else if (session.endsAt() < now) {
            text += u" · "_s + tr("to log");
            item->setForeground(QColor(0x8a, 0x53, 0x00));
        } else {
            item->setForeground(phaseColor(session.phase).darker(140));
        }
        if (!entry.conflicts.isEmpty()) {
            text += u" · "_s + tr("overlap");
            item->setForeground(QColor(0xc6, 0x28, 0x28));
        }
        item->setText(text);
        item->setData(ClientRole, entry.clientId);
        item->setData(SessionRole, session.id);
    }
    if (m_sessions->count() == 0) {
        auto* empty = new QListWidgetItem(tr("No session this week."), m_sessions);
        empty->setFlags(Qt::NoItemFlags);
    }
}

void ThisWeekPanel::reloadCpf()
{
    m_cpf->clear();
    auto due = m_workspace.agenda().cpfDue();
    if (!due) {
        m_cpf->addItem(due.error().message);
        return;
    }
    const QDate today = m_workspace.clock().today();
    for (const CpfDueItem& item : due.value()) {
        const bool overdue = item.deadline.overdue(today);
        const QString step = item.deadline.step == CpfStep::Entry ? tr("Entry of %1").arg(item.clientName)
                                                                  : tr("Exit of %1").arg(item.clientName);
        const QString when = overdue ? tr("late since %1").arg(format::shortDate(item.deadline.dueBy))
                                     : tr("by %1").arg(format::shortDate(item.deadline.dueBy));
        auto* row = new QListWidgetItem(step + u" — "_s + when, m_cpf);
        row->setForeground(overdue ? QColor(0xc6, 0x28, 0x28) : palette().color(QPalette::WindowText));
        row->setToolTip(tr("To declare on Mon Compte Formation within 3 working days of %1.")
                            .arg(format::longDate(item.deadline.eventDate)));
        row->setData(ClientRole, item.clientId);
        row->setData(BilanRole, item.bilanId);
        row->setData(StepRole, toKey(item.deadline.step));
    }
    if (m_cpf->count() == 0) {
        auto* empty = new QListWidgetItem(tr("Nothing to declare."), m_cpf);
        empty->setFlags(Qt::NoItemFlags);
    }
    m_declare->setEnabled(false);
}

void ThisWeekPanel::declareSelected()
{
    QListWidgetItem* item = m_cpf->currentItem();
    if (!item || item->data(BilanRole).toLongLong() <= 0)
        return;
    const auto step = fromKey<CpfStep>(item->data(StepRole).toString());
    if (!step)
        return;
    if (auto declared = m_workspace.agenda().declareCpf(item->data(BilanRole).toLongLong(), *step); !declared)
        m_workspace.reportError(declared.error().message);
}

} // namespace parcours
