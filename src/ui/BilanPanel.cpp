#include <parcours/core/Hours.h>
#include <parcours/core/WallClock.h>
#include <parcours/ui/BilanDialog.h>
#include <parcours/ui/BilanPanel.h>
#include <parcours/ui/BilanTab.h>
#include <parcours/ui/ClientDialog.h>
#include <parcours/ui/ElidingLabel.h>
#include <parcours/ui/Format.h>
#include <parcours/ui/PhaseTimeline.h>
#include <parcours/ui/ProfileTab.h>
#include <parcours/ui/SessionsTab.h>
#include <parcours/ui/Workspace.h>

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parcours {

BilanPanel::BilanPanel(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_stack(new QStackedWidget(this))
    , m_nameLabel(new ElidingLabel(this))
    , m_subtitleLabel(new ElidingLabel(this))
    , m_bilanComboBox(new QComboBox(this))
    , m_hoursLabel(new QLabel(this))
    , m_timeline(new PhaseTimeline(this))
    , m_tabs(new QTabWidget(this))
    , m_managementTabs(new QTabWidget(this))
    , m_profileTab(new ProfileTab(this))
    , m_sessionsTab(new SessionsTab(workspace, this))
    , m_noBilanPage(new QWidget(this))
    , m_openBilanButton(new QPushButton(this))
    , m_editClientAction(new QAction(tr("&Edit the record…"), this))
    , m_openBilanAction(new QAction(tr("&Open a bilan…"), this))
    , m_editBilanAction(new QAction(tr("Edit the &bilan…"), this))
{
    setObjectName(u"bilanPanel"_s);
    m_editClientAction->setObjectName(u"editClientAction"_s);
    m_openBilanAction->setObjectName(u"openBilanAction"_s);
    m_editBilanAction->setObjectName(u"editBilanAction"_s);
    m_openBilanAction->setToolTip(tr("Open a new bilan for the selected beneficiary"));

    auto* emptyLabel = new QLabel(tr("Choose a beneficiary in the list, or record a new one (Ctrl+N)."), this);
    emptyLabel->setObjectName(u"noClientLabel"_s);
    emptyLabel->setAlignment(Qt::AlignCenter);
    emptyLabel->setWordWrap(true);
    emptyLabel->setStyleSheet(u"color: palette(placeholder-text); font-size: 12pt;"_s);

    m_nameLabel->setObjectName(u"clientNameLabel"_s);
    QFont nameFont = m_nameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setBold(true);
    m_nameLabel->setFont(nameFont);
    m_subtitleLabel->setObjectName(u"bilanSubtitleLabel"_s);
    m_subtitleLabel->setStyleSheet(u"color: palette(placeholder-text);"_s);
    // The name keeps its room and the subtitle takes what is left, shortened with « … » when short of it: neither
    // sets the panel's minimum width (which moved the splitter each time another beneficiary was selected).
    m_subtitleLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_bilanComboBox->setObjectName(u"bilanComboBox"_s);
    m_bilanComboBox->setAccessibleName(tr("Bilan shown"));
    m_hoursLabel->setObjectName(u"hoursSummaryLabel"_s);
    m_hoursLabel->setWordWrap(true);

    auto* header = new QHBoxLayout;
    header->addWidget(m_nameLabel);
    header->addSpacing(12);
    header->addWidget(m_subtitleLabel, 1, Qt::AlignBottom);
    header->addWidget(m_bilanComboBox, 0, Qt::AlignBottom);

    auto* noBilanText = new QLabel(tr("No bilan yet: this person is a prospect. Open a bilan once they have decided "
                                      "to go ahead and the funding is known."),
                                   m_noBilanPage);
    noBilanText->setWordWrap(true);
    m_openBilanButton->setObjectName(u"openBilanPushButton"_s);
    m_openBilanButton->setText(tr("Open a bilan…"));
    auto* noBilanLayout = new QHBoxLayout(m_noBilanPage);
    noBilanLayout->setContentsMargins(0, 8, 0, 8);
    noBilanLayout->addWidget(noBilanText, 1);
    noBilanLayout->addWidget(m_openBilanButton);

    m_tabs->setObjectName(u"bilanTabWidget"_s);
    m_managementTabs->setObjectName(u"managementTabWidget"_s);
    m_managementTabs->setDocumentMode(true);
    m_managementTabs->hide(); // a tab of m_tabs once it holds one
    addTab(m_profileTab);
    addTab(m_sessionsTab);

    auto* clientPage = new QWidget(this);
    auto* clientLayout = new QVBoxLayout(clientPage);
    clientLayout->setContentsMargins(0, 0, 0, 0);
    clientLayout->addLayout(header);
    clientLayout->addWidget(m_noBilanPage);
    clientLayout->addWidget(m_timeline);
    clientLayout->addWidget(m_hoursLabel);
    clientLayout->addWidget(m_tabs, 1);

    m_stack->addWidget(emptyLabel);
    m_stack->addWidget(clientPage);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_editClientAction, &QAction::triggered, this, [this] { editClient(); });
    connect(m_openBilanAction, &QAction::triggered, this, [this] { openBilan(); });
    connect(m_openBilanButton, &QPushButton::clicked, this, [this] { openBilan(); });
    connect(m_editBilanAction, &QAction::triggered, this, [this] { editBilan(); });
    connect(m_bilanComboBox, &QComboBox::activated, this,
            [this](int index) { showBilan(m_bilanComboBox->itemData(index).toLongLong()); });
    connect(m_timeline, &PhaseTimeline::sessionClicked, this, [this](qint64 sessionId) {
        showTab(m_sessionsTab);
        m_sessionsTab->selectSession(sessionId);
    });

    // The tab the consultant works in stays the same from one beneficiary (and one session of work) to the next.
    m_tabs->setCurrentIndex(QSettings().value(u"window/bilanTab"_s, 0).toInt());
    connect(m_tabs, &QTabWidget::currentChanged, this, &BilanPanel::tabChanged);
    connect(m_managementTabs, &QTabWidget::currentChanged, this, &BilanPanel::tabChanged);

    StoreEvents& events = workspace.events();
    connect(&events, &StoreEvents::clientChanged, this, [this](qint64 id) {
        if (id == m_clientId)
            reload();
    });
    connect(&events, &StoreEvents::bilanChanged, this, [this](qint64, qint64 clientId) {
        if (clientId == m_clientId)
            reload();
    });
    connect(&events, &StoreEvents::sessionChanged, this, [this](qint64, qint64 bilanId) {
        if (bilanId == this->bilanId())
            showBilan(bilanId);
    });
    showClient(0);
}

void BilanPanel::showClient(qint64 clientId)
{
    m_clientId = clientId;
    m_overview.reset();
    reload();
}

void BilanPanel::reload()
{
    m_client.reset();
    m_bilans.clear();
    if (m_clientId == 0) {
        m_overview.reset();
        m_stack->setCurrentIndex(0);
        m_timeline->clear();
        for (BilanTab* tab : std::as_const(m_bilanTabs))
            tab->clearBilan();
        m_workspace.activateBilan(0);
        updateActions();
        return;
    }
    auto client = m_workspace.clients().get(m_clientId);
    auto bilans = m_workspace.bilans().forClient(m_clientId);
    if (!client || !bilans) {
        m_workspace.reportError(!client ? client.error().message : bilans.error().message);
        return;
    }
    m_client = client.value();
    m_bilans = bilans.value();
    m_stack->setCurrentIndex(1);
    m_nameLabel->setText(m_client->fullName());

    {
        const QSignalBlocker blocker(m_bilanComboBox);
        m_bilanComboBox->clear();
        for (const Bilan& bilan : std::as_const(m_bilans)) {
            m_bilanComboBox->addItem(tr("Bilan no. %1 (%2)").arg(bilan.id).arg(displayName(bilan.status)), bilan.id);
        }
        m_bilanComboBox->setVisible(m_bilans.size() > 1);
    }
    // Keep showing the bilan the consultant chose, else the open one, else the latest.
    qint64 wanted = m_overview ? m_overview->bilan.id : 0;
    if (!std::any_of(m_bilans.begin(), m_bilans.end(), [&](const Bilan& b) { return b.id == wanted; })) {
        wanted = 0;
        for (const Bilan& bilan : std::as_const(m_bilans)) {
            if (bilan.status == BilanStatus::Open) {
                wanted = bilan.id;
                break;
            }
        }
        if (wanted == 0 && !m_bilans.isEmpty())
            wanted = m_bilans.first().id;
    }
    showBilan(wanted);
}

void BilanPanel::showBilan(qint64 bilanId)
{
    m_overview.reset();
    if (bilanId != 0) {
        auto overview = m_workspace.bilans().overview(bilanId);
        if (!overview) {
            m_workspace.reportError(overview.error().message);
        } else {
            m_overview = std::move(overview).value();
        }
    }
    const bool hasBilan = m_overview.has_value();
    m_noBilanPage->setVisible(!hasBilan && m_client);
    m_timeline->setVisible(hasBilan);
    m_hoursLabel->setVisible(hasBilan);
    m_subtitleLabel->setText(subtitle());
    refreshTabs();
    if (hasBilan) {
        const int index = m_bilanComboBox->findData(bilanId);
        m_bilanComboBox->setCurrentIndex(index);
        m_timeline->setTimeline(m_overview->timeline);
        m_hoursLabel->setText(hoursSummary());
    } else {
        m_timeline->clear();
        const QSignalBlocker blocker(m_tabs);
        showTab(m_profileTab);
    }
    const BilanTab* saved = m_bilanTabs.value(QSettings().value(u"window/bilanTab"_s, 0).toInt());
    if (hasBilan && saved && saved != currentTab()) {
        const QSignalBlocker blocker(m_tabs);
        const QSignalBlocker managementBlocker(m_managementTabs);
        showTab(saved);
    }
    m_workspace.activateBilan(hasBilan ? bilanId : 0);
    updateActions();
    auditOpening();
}

void BilanPanel::auditOpening()
{
    // Once per opening of a content tab on a bilan: a reload of the same bilan (after each change) is not one.
    const BilanTab* tab = currentTab();
    const qint64 bilanId = m_overview ? m_overview->bilan.id : 0;
    const bool content = tab && bilanId != 0 && !tab->auditKey().isEmpty();
    const auto opening = content ? std::make_pair(bilanId, tab) : std::make_pair(qint64(0), static_cast<const BilanTab*>(nullptr));
    if (opening == m_auditedOpening)
        return;
    m_auditedOpening = opening;
    if (content)
        m_workspace.auditRead(AuditRecord::Bilan, bilanId, tab->auditKey());
}

void BilanPanel::tabChanged()
{
    if (m_overview)
        QSettings().setValue(u"window/bilanTab"_s, m_bilanTabs.indexOf(currentTab()));
    auditOpening();
}

void BilanPanel::addTab(BilanTab* tab)
{
    addPage(m_tabs, tab);
}

void BilanPanel::addManagementTab(BilanTab* tab)
{
    // The tabs of the bilan's administration, used a few times per bilan, share one tab of the bar so that every
    // tab shows without scroll arrows (docs/architecture.md, "The bilan's tabs").
    if (m_tabs->indexOf(m_managementTabs) < 0)
        m_tabs->addTab(m_managementTabs, tr("Mana&gement"));
    addPage(m_managementTabs, tab);
}

void BilanPanel::addPage(QTabWidget* tabs, BilanTab* tab)
{
    // Each tab scrolls rather than imposing its own minimum width on the window: the widest tab (billing, the
    // synthesis) would otherwise squeeze the beneficiary list or push the side panels off a laptop screen.
    auto* page = new QScrollArea(tabs);
    page->setFrameShape(QFrame::NoFrame);
    page->setFocusPolicy(Qt::NoFocus); // a container: Tab goes to the tab's fields, and the page follows them
    page->setWidgetResizable(true);
    page->setWidget(tab);
    m_bilanTabs.append(tab);
    tabs->addTab(page, tab->title());
    if (m_client)
        refreshTabs();
}

QTabWidget* BilanPanel::tabWidgetOf(const BilanTab* tab) const
{
    for (QTabWidget* tabs : { m_tabs, m_managementTabs })
        for (int i = 0; i < tabs->count(); ++i)
            if (const auto* page = qobject_cast<QScrollArea*>(tabs->widget(i)); page && page->widget() == tab)
                return tabs;
    return nullptr;
}

int BilanPanel::tabIndex(const BilanTab* tab) const
{
    QTabWidget* tabs = tabWidgetOf(tab);
    for (int i = 0; tabs && i < tabs->count(); ++i)
        if (const auto* page = qobject_cast<QScrollArea*>(tabs->widget(i)); page && page->widget() == tab)
            return i;
    return -1;
}

void BilanPanel::showTab(const BilanTab* tab)
{
    QTabWidget* tabs = tabWidgetOf(tab);
    if (!tabs)
        return;
    if (tabs != m_managementTabs) {
        m_tabs->setCurrentIndex(tabIndex(tab));
        return;
    }
    // Both bars move, and the change is announced once, when both have.
    const bool changed = currentTab() != tab;
    const bool quiet = m_managementTabs->signalsBlocked();
    {
        const QSignalBlocker blocker(m_managementTabs);
        m_managementTabs->setCurrentIndex(tabIndex(tab));
    }
    if (m_tabs->currentWidget() != m_managementTabs)
        m_tabs->setCurrentWidget(m_managementTabs); // announced by m_tabs (unless blocked too)
    else if (changed && !quiet)
        tabChanged();
}

BilanTab* BilanPanel::currentTab() const
{
    QWidget* current = m_tabs->currentWidget();
    if (current == m_managementTabs)
        current = m_managementTabs->currentWidget();
    const auto* page = qobject_cast<QScrollArea*>(current);
    return page ? qobject_cast<BilanTab*>(page->widget()) : nullptr;
}

void BilanPanel::refreshTabs()
{
    const BilanOverview* overview = m_overview ? &*m_overview : nullptr;
    bool management = false;
    for (BilanTab* tab : std::as_const(m_bilanTabs)) {
        tabWidgetOf(tab)->setTabEnabled(tabIndex(tab), overview || tab->availableWithoutBilan());
        management |= tabWidgetOf(tab) == m_managementTabs && (overview || tab->availableWithoutBilan());
        if (m_client && (overview || tab->availableWithoutBilan()))
            tab->showBilan(*m_client, overview);
        else
            tab->clearBilan();
    }
    if (const int index = m_tabs->indexOf(m_managementTabs); index >= 0)
        m_tabs->setTabEnabled(index, management);
}

QString BilanPanel::subtitle() const
{
    if (!m_overview)
        return m_client ? tr("Prospect") : QString();
    const Bilan& bilan = m_overview->bilan;
    QStringList parts { tr("Bilan no. %1").arg(bilan.id), displayName(bilan.funding) };
    if (bilan.status != BilanStatus::Open)
        parts << displayName(bilan.status);
    if (bilan.startDate.isValid())
        parts << tr("started on %1").arg(format::longDate(bilan.startDate));
    else
        parts << tr("start not fixed");
    return parts.join(u" · "_s);
}

QString BilanPanel::hoursSummary() const
{
    if (!m_overview)
        return {};
    const BilanHours& hours = m_overview->timeline.hours;
    // The same words as the Compliance tab: "done" is the sessions held; "done or planned" adds the sessions to
    // come and the personal work, which is what the 24 h cap limits.
    QString text = tr("Bilan: %1 done of %2; %3 done or planned, personal work included")
                       .arg(formatMinutes(hours.countedDoneMinutes()), formatMinutes(kCapMinutes),
                            formatMinutes(hours.countedTotalMinutes()));
    const auto next = nextSession(m_overview->sessions, m_workspace.clock().now());
    if (next)
        text += u" — "_s + tr("next session: %1, %2")
                              .arg(format::longDate(next->startsAt.date()), format::time(next->startsAt));
    return text;
}

void BilanPanel::updateActions()
{
    m_editClientAction->setEnabled(m_client.has_value());
    const bool hasOpen = std::any_of(m_bilans.begin(), m_bilans.end(),
                                     [](const Bilan& b) { return b.status == BilanStatus::Open; });
    m_openBilanAction->setEnabled(m_client.has_value() && !hasOpen);
    m_editBilanAction->setEnabled(m_overview.has_value());
}

ClientDialog* BilanPanel::editClient()
{
    if (!m_client)
        return nullptr;
    auto* dialog = new ClientDialog(m_workspace.clock().today(),
                                    [this](const Client& client) { return m_workspace.clients().update(client); },
                                    this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setClient(*m_client);
    dialog->setReload([this](qint64 id) { return m_workspace.clients().get(id); });
    dialog->open();
    return dialog;
}

BilanDialog* BilanPanel::openBilan()
{
    if (!m_openBilanAction->isEnabled())
        return nullptr;
    const qint64 clientId = m_clientId;
    auto* dialog = new BilanDialog(
        m_workspace.clock().today(),
        [this, clientId](const Bilan& typed) -> Result<void> {
            Bilan terms = typed;
            terms.clientId = clientId;
            auto id = m_workspace.bilans().open(terms);
            if (!id)
                return id.error();
            return success();
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setBilan(Bilan {}, m_client->fullName());
    dialog->open();
    return dialog;
}

BilanDialog* BilanPanel::editBilan()
{
    if (!m_overview)
        return nullptr;
    auto* dialog = new BilanDialog(m_workspace.clock().today(),
                                   [this](const Bilan& bilan) { return m_workspace.bilans().update(bilan); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setBilan(m_overview->bilan, m_client ? m_client->fullName() : QString());
    dialog->setReload([this](qint64 id) { return m_workspace.bilans().get(id); });
    dialog->open();
    return dialog;
}

} // namespace parcours
