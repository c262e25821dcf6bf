#include <parcours/core/BilanService.h>
#include <parcours/core/StoreEvents.h>
#include <parcours/ui/BilanPanel.h>
#include <parcours/ui/Colours.h>
#include <parcours/ui/ComplianceTab.h>
#include <parcours/ui/Workspace.h>

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

QString stateText(CheckState state)
{
    switch (state) {
    case CheckState::Met:
        return ComplianceTab::tr("Met");
    case CheckState::Pending:
        return ComplianceTab::tr("To come");
    case CheckState::Missing:
        return ComplianceTab::tr("To fix");
    case CheckState::NotApplicable:
        return ComplianceTab::tr("Not applicable");
    case CheckState::DoneLate:
        return ComplianceTab::tr("Done late");
    }
    return {};
}

QString stateColour(CheckState state)
{
    switch (state) {
    case CheckState::Met:
        return colours::success().name();
    case CheckState::Pending:
        return colours::warning().name();
    case CheckState::Missing:
        return colours::error().name();
    case CheckState::NotApplicable:
    case CheckState::DoneLate: // recorded as it happened: nothing to do about it
        return colours::muted().name();
    }
    return {};
}

QString fixText(FixPlace place)
{
    switch (place) {
    case FixPlace::Sessions:
    case FixPlace::NewSession:
    case FixPlace::PlanSessions:
        return ComplianceTab::tr("Go to sessions");
    case FixPlace::Hours:
        return ComplianceTab::tr("Go to hours");
    case FixPlace::CpfDeclarations:
        return ComplianceTab::tr("Go to CPF declarations");
    case FixPlace::Agreement:
        return ComplianceTab::tr("Go to the agreement");
    case FixPlace::Synthesis:
        return ComplianceTab::tr("Go to the synthesis");
    case FixPlace::HandoverReceipt:
        return ComplianceTab::tr("Go to the receipt");
    case FixPlace::None:
        break;
    }
    return {};
}

} // namespace

ComplianceTab::ComplianceTab(Workspace& workspace, QWidget* parent)
    : BilanTab(parent)
    , m_workspace(workspace)
    , m_summary(new QLabel(this))
    , m_rows(new QWidget(this))
    , m_grid(new QGridLayout(m_rows))
{
    setObjectName(u"complianceTab"_s);
    m_summary->setObjectName(u"complianceSummaryLabel"_s);
    m_summary->setWordWrap(true);
    m_rows->setObjectName(u"complianceRowsWidget"_s);
    m_grid->setColumnStretch(1, 1);
    m_grid->setHorizontalSpacing(14);
    m_grid->setVerticalSpacing(10);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(u"complianceScrollArea"_s);
    // Focusable so that the keyboard can scroll what is only text; named for a screen reader.
    scroll->setAccessibleName(tr("Compliance checks"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel); // the frame shows the keyboard's focus (FocusStyle.h)
    auto* inner = new QWidget(scroll);
    auto* innerLayout = new QVBoxLayout(inner);
    innerLayout->addWidget(m_summary);
    innerLayout->addWidget(m_rows);
    innerLayout->addStretch(1);
    scroll->setWidget(inner);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    StoreEvents& events = workspace.events();
    auto ifShown = [this](qint64 bilanId) {
        if (bilanId == m_bilanId && m_bilanId != 0)
            reloadWhenShown();
    };
    connect(&events, &StoreEvents::cpfDeclarationChanged, this, ifShown);
    connect(&events, &StoreEvents::synthesisChanged, this, ifShown);
    connect(&events, &StoreEvents::proofChanged, this, ifShown);
    connect(&events, &StoreEvents::sessionChanged, this, [ifShown](qint64, qint64 bilanId) { ifShown(bilanId); });
    connect(&events, &StoreEvents::bilanChanged, this, [ifShown](qint64 bilanId, qint64) { ifShown(bilanId); });
}

QString ComplianceTab::title() const
{
    return tr("Co&mpliance");
}

void ComplianceTab::showBilan(const Client&, const BilanOverview* overview)
{
    m_bilanId = overview ? overview->bilan.id : 0;
    reloadWhenShown();
}

void ComplianceTab::clearBilan()
{
    m_bilanId = 0;
    reloadWhenShown();
}

QString ComplianceTab::tabFor(FixPlace place)
{
    switch (place) {
    case FixPlace::Sessions:
    case FixPlace::PlanSessions:
    case FixPlace::NewSession:
        return u"sessionsTab"_s;
    case FixPlace::Hours:
    case FixPlace::CpfDeclarations:
        return u"hoursTab"_s;
    case FixPlace::Agreement:
    case FixPlace::HandoverReceipt:
        return u"documentsTab"_s;
    case FixPlace::Synthesis:
        return u"synthesisTab"_s;
    case FixPlace::None:
        break;
    }
    return {};
}

void ComplianceTab::goToFix(FixPlace place)
{
    const QString name = tabFor(place);
    for (QWidget* ancestor = parentWidget(); ancestor; ancestor = ancestor->parentWidget()) {
        if (auto* panel = qobject_cast<BilanPanel*>(ancestor)) {
            if (const auto* target = panel->findChild<BilanTab*>(name))
                panel->showTab(target);
            return;
        }
    }
}

void ComplianceTab::reload()
{
    m_checks.clear();
    if (m_bilanId != 0) {
        auto checks = m_workspace.compliance().checks(m_bilanId);
        if (checks)
            m_checks = checks.value();
        else
            m_workspace.reportError(checks.error().message);
    }
    rebuild();
}

void ComplianceTab::rebuild()
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (m_checks.isEmpty()) {
        m_summary->setText(tr("No bilan is shown."));
        return;
    }
    const ComplianceSummary summary = ComplianceRules::summarise(m_checks);
    m_summary->setText(u"<b>%1</b>"_s.arg(ComplianceRules::describe(summary).toHtmlEscaped()));
    int row = 0;
    for (const ComplianceCheck& check : m_checks) {
        const QString key = toKey(check.id);
        auto* state = new QLabel(stateText(check.state), m_rows);
        state->setObjectName(key + u"StateLabel"_s);
        state->setStyleSheet(u"font-weight: bold; color: %1;"_s.arg(stateColour(check.state)));
        state->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        auto* text
            = new QLabel(u"<b>%1</b><br>%2"_s.arg(check.title.toHtmlEscaped(), check.detail.toHtmlEscaped()), m_rows);
        text->setObjectName(key + u"DetailLabel"_s);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_grid->addWidget(state, row, 0, Qt::AlignTop);
        m_grid->addWidget(text, row, 1);
        if (check.fix != FixPlace::None && check.state != CheckState::Met) {
            auto* button = new QPushButton(fixText(check.fix), m_rows);
            button->setObjectName(key + u"FixPushButton"_s);
            button->setToolTip(check.detail);
            const FixPlace place = check.fix;
            connect(button, &QPushButton::clicked, this, [this, place] { goToFix(place); });
            m_grid->addWidget(button, row, 2, Qt::AlignTop);
        }
        ++row;
    }
}

} // namespace parcours
