#include <parcours/core/Hours.h>
#include <parcours/core/SessionLogService.h>
#include <parcours/core/WallClock.h>
#include <parcours/ui/Colours.h>
#include <parcours/ui/Format.h>
#include <parcours/ui/HoursTab.h>
#include <parcours/ui/Workspace.h>

#include <QAction>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

QString cell(const QString& text, bool bold = false, const QString& colour = {}, bool left = false)
{
    QString style = u"padding: 2px 14px 2px 0;"_s;
    if (bold)
        style += u" font-weight: bold;"_s;
    if (!colour.isEmpty())
        style += u" color: "_s + colour + u';';
    return u"<td style='%1' align='%2'>%3</td>"_s.arg(style, left ? u"left"_s : u"right"_s, text.toHtmlEscaped());
}

QString deadlineText(const CpfDeadline& deadline, QDate today)
{
    const QString event = deadline.step == CpfStep::Entry
        ? HoursTab::tr("first session on %1").arg(format::longDate(deadline.eventDate))
        : HoursTab::tr("bilan ended on %1").arg(format::longDate(deadline.eventDate));
    if (deadline.declared())
        return HoursTab::tr("declared on %1 (%2)").arg(format::longDate(deadline.declaredOn), event);
    if (deadline.overdue(today))
        return HoursTab::tr("to declare, late since %1 (%2)").arg(format::longDate(deadline.dueBy), event);
    return HoursTab::tr("to declare by %1 (%2)").arg(format::longDate(deadline.dueBy), event);
}

} // namespace

HoursTab::HoursTab(Workspace& workspace, const QList<QAction*>& actions, QWidget* parent)
    : BilanTab(parent)
    , m_workspace(workspace)
    , m_hours(new QLabel(this))
    , m_footnote(
          new QLabel(tr("* Outside the 24 hours. Remaining: the budget less the sessions committed (done as done, "
                        "planned as planned) and the personal work declared."),
              this))
    , m_rate(new QLabel(this))
    , m_proof(new QLabel(this))
    , m_cpfBox(new QGroupBox(tr("CPF declarations (Mon Compte Formation)"), this))
    , m_entry(new QLabel(this))
    , m_exit(new QLabel(this))
    , m_declareEntry(new QPushButton(tr("Entry declared"), this))
    , m_declareExit(new QPushButton(tr("Exit declared"), this))
{
    setObjectName(u"hoursTab"_s);
    m_hours->setObjectName(u"hoursTableLabel"_s);
    m_hours->setTextFormat(Qt::RichText);
    m_hours->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_footnote->setWordWrap(true);
    m_footnote->setStyleSheet(u"color: palette(placeholder-text);"_s);
    m_rate->setObjectName(u"completionRateLabel"_s);
    m_rate->setWordWrap(true);
    m_proof->setObjectName(u"attendanceProofLabel"_s);
    m_proof->setWordWrap(true);
    m_cpfBox->setObjectName(u"cpfGroupBox"_s);
    m_entry->setObjectName(u"cpfEntryLabel"_s);
    m_exit->setObjectName(u"cpfExitLabel"_s);
    m_entry->setWordWrap(true);
    m_exit->setWordWrap(true);
    m_declareEntry->setObjectName(u"declareEntryPushButton"_s);
    m_declareExit->setObjectName(u"declareExitPushButton"_s);
    for (QPushButton* button : { m_declareEntry, m_declareExit })
        button->setToolTip(tr("The declaration was made on Mon Compte Formation today"));

    // Two buttons a row: on one row they would widen the tab past a laptop at 200 %.
    auto* buttons = new QGridLayout;
    for (int i = 0; i < actions.size(); ++i) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(actions[i]);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setObjectName(actions[i]->objectName().replace(u"Action"_s, u"ToolButton"_s));
        buttons->addWidget(button, i / 2, i % 2);
    }
    buttons->setColumnStretch(2, 1);

    auto* cpfLayout = new QGridLayout(m_cpfBox);
    cpfLayout->addWidget(new QLabel(tr("Entry:"), m_cpfBox), 0, 0);
    cpfLayout->addWidget(m_entry, 0, 1);
    cpfLayout->addWidget(m_declareEntry, 0, 2);
    cpfLayout->addWidget(new QLabel(tr("Exit:"), m_cpfBox), 1, 0);
    cpfLayout->addWidget(m_exit, 1, 1);
    cpfLayout->addWidget(m_declareExit, 1, 2);
    cpfLayout->setColumnStretch(1, 1);

    // In a scroll area: the table's width must never widen the window's centre and squeeze the client list.
    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_hours);
    contentLayout->addWidget(m_footnote);
    contentLayout->addSpacing(6);
    contentLayout->addWidget(m_rate);
    contentLayout->addWidget(m_proof);
    contentLayout->addWidget(m_cpfBox);
    contentLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(u"hoursScrollArea"_s);
    // Focusable so that the keyboard can scroll what is only text; named for a screen reader.
    scroll->setAccessibleName(tr("Hours and deadlines"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel); // the frame shows the keyboard's focus (FocusStyle.h)
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(scroll, 1);

    connect(m_declareEntry, &QPushButton::clicked, this, [this] { declare(CpfStep::Entry); });
    connect(m_declareExit, &QPushButton::clicked, this, [this] { declare(CpfStep::Exit); });
    connect(&workspace.events(), &StoreEvents::cpfDeclarationChanged, this, [this](qint64 bilanId) {
        if (m_overview && m_overview->bilan.id == bilanId)
            showCpf();
    });
    clearBilan();
}

QString HoursTab::title() const
{
    return tr("&Hours and deadlines");
}

void HoursTab::clearBilan()
{
    m_overview.reset();
    m_hours->clear();
    m_footnote->hide();
    m_rate->clear();
    m_proof->clear();
    m_cpfBox->hide();
    Q_EMIT bilanShown(0);
}

void HoursTab::showBilan(const Client&, const BilanOverview* overview)
{
    if (!overview) {
        clearBilan();
        return;
    }
    m_overview = *overview;
    const BilanHours& hours = overview->timeline.hours;
    QString html = u"<table cellspacing='0'><tr>"_s;
    // The long headers on two lines: on one, the last column (« Reste ») was cut in a bilan as narrow as the
    // guide's window leaves it.
    const QStringList headers { tr("Phase"), tr("Budget", "column of the hours table: two lines at most"),
        tr("Planned"), tr("Done"), tr("Personal\nwork"), tr("Remaining") };
    for (const QString& header : headers) {
        html += u"<th align='%1' valign='bottom' style='padding: 2px 14px 4px 0; color: %3'>%2</th>"_s.arg(
            header == headers.first() ? u"left"_s : u"right"_s,
            header.toHtmlEscaped().replace(u'\n', u"<br>"_s), colours::muted().name());
    }
    html += u"</tr>"_s;
    for (const PhaseHours& phase : hours.phases) {
        const bool counted = countsTowardCap(phase.phase);
        const bool over = counted && phase.remainingMinutes() < 0;
        html += u"<tr>"_s + cell(displayName(phase.phase) + (counted ? QString() : u" *"_s), false, {}, true)
            + cell(formatMinutes(phase.budgetMinutes)) + cell(formatMinutes(phase.plannedMinutes))
            + cell(formatMinutes(phase.doneMinutes)) + cell(counted ? formatMinutes(phase.personalWorkMinutes) : u"—"_s)
            + cell(counted ? formatMinutes(phase.remainingMinutes()) : u"—"_s, over, over ? colours::error().name() : QString())
            + u"</tr>"_s;
    }
    const int remaining = kCapMinutes - hours.countedTotalMinutes();
    html += u"<tr>"_s + cell(tr("Bilan (24 h at most)"), true, {}, true)
        + cell(formatMinutes(hours.countedBudgetMinutes()), true)
        + cell(formatMinutes(hours.countedPlannedMinutes()), true)
        + cell(formatMinutes(hours.countedDoneMinutes()), true)
        + cell(formatMinutes(hours.countedPersonalWorkMinutes()), true)
        + cell(formatMinutes(remaining), true, remaining < 0 ? colours::error().name() : QString()) + u"</tr></table>"_s;
    m_hours->setText(html);
    m_footnote->show();

    m_rate->setText(tr("Completion rate for the CPF: %1 % (%2 done of %3 planned, face to face)")
                        .arg(hours.completionRate())
                        .arg(formatMinutes(hours.countedDoneMinutes()), formatMinutes(hours.countedPlannedMinutes())));
    QStringList gaps;
    for (const Session& session : overview->sessions) {
        const QString gap = attendanceGap(session, overview->recordOf(session.id));
        if (!gap.isEmpty())
            gaps << tr("• %1 — %2").arg(format::shortDate(session.startsAt.date()), gap);
    }
    // One line per session: the gaps are whole sentences.
    m_proof->setText(gaps.isEmpty() ? tr("Attendance proof: complete for every session done.")
                                    : tr("Attendance proof missing:\n%1").arg(gaps.join(u'\n')));
    m_proof->setStyleSheet(gaps.isEmpty() ? QString() : colours::css(colours::warning()));
    showCpf();
    Q_EMIT bilanShown(overview->bilan.id);
}

void HoursTab::showCpf()
{
    if (!m_overview || m_overview->bilan.funding != Funding::Cpf) {
        m_cpfBox->hide();
        return;
    }
    m_cpfBox->show();
    auto status = m_workspace.agenda().cpfStatus(m_overview->bilan.id);
    if (!status) {
        m_workspace.reportError(status.error().message);
        return;
    }
    const QDate today = m_workspace.clock().today();
    m_entry->setText(
        status->entry ? deadlineText(*status->entry, today) : tr("once the first session has taken place"));
    m_exit->setText(status->exit ? deadlineText(*status->exit, today) : tr("once the bilan has ended"));
    for (auto [label, deadline] : { std::pair { m_entry, status->entry }, std::pair { m_exit, status->exit } })
        label->setStyleSheet(deadline && deadline->overdue(today) ? colours::css(colours::error()) : QString());
    m_declareEntry->setVisible(status->entry && !status->entry->declared());
    m_declareExit->setVisible(status->exit && !status->exit->declared());
}

void HoursTab::declare(CpfStep step)
{
    if (!m_overview)
        return;
    if (auto declared = m_workspace.agenda().declareCpf(m_overview->bilan.id, step); !declared)
        m_workspace.reportError(declared.error().message);
}

QString HoursTab::hoursText() const
{
    return QTextDocumentFragment::fromHtml(m_hours->text()).toPlainText();
}

QString HoursTab::cpfText() const
{
    return m_cpfBox->isHidden() ? QString() : m_entry->text() + u'\n' + m_exit->text();
}

QString HoursTab::proofText() const
{
    return m_proof->text();
}

} // namespace parcours
