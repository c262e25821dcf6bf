#include <parcours/core/BilanService.h>
#include <parcours/core/RetentionRepository.h>
#include <parcours/core/StoreEvents.h>
#include <parcours/ui/Colours.h>
#include <parcours/ui/DisclosureSection.h>
#include <parcours/ui/RetentionDialogs.h>
#include <parcours/ui/RetentionTab.h>
#include <parcours/ui/Workspace.h>

#include <QApplication>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShowEvent>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

/// From Colours.h, so that the state stays readable in the dark palette: red only when late (RetentionUrgency).
QColor stateColour(const ContentRetention& content, QDate today)
{
    switch (RetentionRules::urgency(content, today)) {
    case RetentionUrgency::None:
        return content.state == RetentionState::None ? colours::muted()
                                                     : QApplication::palette().color(QPalette::WindowText);
    case RetentionUrgency::Later:
        return colours::success();
    case RetentionUrgency::Soon:
    case RetentionUrgency::Today:
        return colours::warning();
    case RetentionUrgency::Late:
        return colours::error();
    }
    return {};
}

} // namespace

RetentionTab::RetentionTab(Workspace& workspace, QWidget* parent)
    : BilanTab(parent)
    , m_workspace(workspace)
    , m_summary(new QLabel(this))
    , m_contentRows(new QWidget(this))
    , m_contentGrid(new QGridLayout(m_contentRows))
    , m_consentsTable(new QTableWidget(0, 5, this))
    , m_recordConsent(new QPushButton(tr("Record a consent to keep…"), this))
    , m_withdrawConsent(new QPushButton(tr("Withdraw the consent…"), this))
    , m_destructionLabel(new QLabel(this))
    , m_destroy(new QPushButton(tr("Destroy the content…"), this))
    , m_certificate(new QPushButton(tr("Certificate of destruction (PDF)…"), this))
    , m_disclosures(new DisclosureSection(workspace, this))
{
    setObjectName(u"retentionTab"_s);
    m_summary->setObjectName(u"retentionSummaryLabel"_s);
    m_summary->setWordWrap(true);
    m_contentRows->setObjectName(u"retentionContentsWidget"_s);
    m_contentGrid->setColumnStretch(2, 1);
    m_contentGrid->setHorizontalSpacing(14);
    m_contentGrid->setContentsMargins(0, 4, 0, 0);
    int row = 0;
    for (ContentKind kind : kAllContentKinds) {
        auto* name = new QLabel(displayName(kind), m_contentRows);
        name->setWordWrap(true);
        auto* rows = new QLabel(m_contentRows);
        rows->setObjectName(toKey(kind) + u"RowsLabel"_s);
        auto* state = new QLabel(m_contentRows);
        state->setObjectName(toKey(kind) + u"StateLabel"_s);
        state->setWordWrap(true);
        m_contentGrid->addWidget(name, row, 0);
        m_contentGrid->addWidget(rows, row, 1);
        m_contentGrid->addWidget(state, row, 2);
        ++row;
    }
    m_consentsTable->setObjectName(u"retentionConsentsTable"_s);
    m_consentsTable->setAccessibleName(tr("Consents to keep content for the follow-up"));
    m_consentsTable->setHorizontalHeaderLabels(
        { tr("Content"), tr("Signed on"), tr("What for"), tr("Kept until"), tr("Withdrawn on") });
    m_consentsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_consentsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_consentsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_consentsTable->verticalHeader()->hide();
    m_consentsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_consentsTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_consentsTable->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_consentsTable->setFixedHeight(tableHeight(m_consentsTable, 3));
    m_recordConsent->setObjectName(u"recordRetentionConsentPushButton"_s);
    m_withdrawConsent->setObjectName(u"withdrawRetentionConsentPushButton"_s);
    m_destructionLabel->setObjectName(u"destructionLabel"_s);
    m_destructionLabel->setWordWrap(true);
    m_destroy->setObjectName(u"destroyContentPushButton"_s);
    m_destroy->setToolTip(tr("Deletes the bilan's content for good; the administrative proof stays"));
    m_certificate->setObjectName(u"destructionCertificatePushButton"_s);

    auto* contentsBox = new QGroupBox(tr("Content of the bilan"), this);
    auto* contentsLayout = new QVBoxLayout(contentsBox);
    contentsLayout->addWidget(m_summary);
    contentsLayout->addWidget(m_contentRows);

    auto* consentsBox = new QGroupBox(tr("Consents to keep content for the follow-up"), this);
    auto* consentButtons = new QHBoxLayout;
    consentButtons->addWidget(m_recordConsent);
    consentButtons->addWidget(m_withdrawConsent);
    consentButtons->addStretch(1);
    auto* consentsLayout = new QVBoxLayout(consentsBox);
    consentsLayout->addWidget(m_consentsTable);
    consentsLayout->addLayout(consentButtons);

    auto* destructionBox = new QGroupBox(tr("Destruction"), this);
    auto* destructionButtons = new QHBoxLayout;
    destructionButtons->addWidget(m_destroy);
    destructionButtons->addWidget(m_certificate);
    destructionButtons->addStretch(1);
    auto* destructionLayout = new QVBoxLayout(destructionBox);
    destructionLayout->addWidget(m_destructionLabel);
    destructionLayout->addLayout(destructionButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(contentsBox);
    layout->addWidget(consentsBox);
    layout->addWidget(destructionBox);
    layout->addWidget(m_disclosures);
    layout->addStretch(1);

    connect(m_recordConsent, &QPushButton::clicked, this, [this] { recordConsent(); });
    connect(m_withdrawConsent, &QPushButton::clicked, this, [this] { withdrawConsent(); });
    connect(m_destroy, &QPushButton::clicked, this, [this] { destroyContent(); });
    connect(m_certificate, &QPushButton::clicked, this, [this] { exportCertificate(); });
    connect(m_consentsTable, &QTableWidget::itemSelectionChanged, this, &RetentionTab::updateButtons);

    StoreEvents& events = workspace.events();
    auto ifShown = [this](qint64 bilanId) {
        if (bilanId == m_bilan.id && m_bilan.id != 0)
            reloadWhenShown();
    };
    connect(&events, &StoreEvents::retentionChanged, this, ifShown);
    connect(&events, &StoreEvents::synthesisChanged, this, ifShown);
    connect(&events, &StoreEvents::investigationChanged, this, ifShown);
    connect(&events, &StoreEvents::sessionChanged, this, [ifShown](qint64, qint64 bilanId) { ifShown(bilanId); });
}

QString RetentionTab::title() const
{
    return tr("&Retention");
}

void RetentionTab::showBilan(const Client& client, const BilanOverview* overview)
{
    m_bilan = overview ? overview->bilan : Bilan {};
    m_clientName = client.fullName();
    reloadWhenShown();
}

void RetentionTab::clearBilan()
{
    m_bilan = Bilan {};
    m_clientName.clear();
    reloadWhenShown();
}

QString RetentionTab::stateText(const ContentRetention& content, QDate today)
{
    const RetentionUrgency urgency = RetentionRules::urgency(content, today);
    switch (content.state) {
    case RetentionState::Running:
        return tr("Running");
    case RetentionState::Kept: {
        const QString kept = content.consentId != 0
            ? tr("Kept until %1 under a consent").arg(dayText(content.dueOn))
            : tr("Kept until %1 (sent to the CEP operator)").arg(dayText(content.dueOn));
        if (urgency != RetentionUrgency::Soon)
            return kept;
        const int days = static_cast<int>(today.daysTo(content.dueOn));
        return tr("%1, to destroy in %n day(s)", nullptr, days).arg(kept);
    }
    case RetentionState::Due:
        // Due on the day the bilan ends (or its consent's term): late only from the next day.
        return urgency == RetentionUrgency::Today ? tr("To destroy today")
                                                  : tr("Late: to destroy since %1").arg(dayText(content.dueOn));
    case RetentionState::None:
        return tr("Nothing");
    }
    return {};
}

void RetentionTab::reload()
{
    m_schedule = RetentionSchedule {};
    m_consents.clear();
    m_destructions = 0;
    if (m_bilan.id != 0) {
        // The bilan as stored now: it may have been closed since the panel handed it over.
        if (auto bilan = m_workspace.bilans().get(m_bilan.id))
            m_bilan = bilan.value();
        RetentionService service(m_workspace.repositories(), m_workspace.clock());
        auto schedule = service.schedule(m_bilan.id);
        auto consents = service.consents(m_bilan.id);
        auto destructions = m_workspace.repositories().retention().destructions(m_bilan.id);
        if (!schedule || !consents || !destructions) {
            m_workspace.reportError(!schedule ? schedule.error().message
                    : !consents               ? consents.error().message
                                              : destructions.error().message);
        }
        m_schedule = schedule.valueOr({});
        m_consents = consents.valueOr({});
        m_destructions = static_cast<int>(destructions.valueOr({}).size());
        if (destructions && !destructions->isEmpty()) {
            const DestructionRecord& last = destructions->last();
            m_destructionLabel->setText(tr("Content destroyed on %1 by %2 (journal entry %3).")
                    .arg(dayText(last.doneAt.date()), last.doneBy.isEmpty() ? tr("the consultant") : last.doneBy)
                    .arg(last.id));
        } else {
            m_destructionLabel->setText(tr("Destruction deletes the content for good, in one action. The "
                                           "administrative proof (identity, agreement, attendance, invoices, "
                                           "receipt) stays, as the law requires."));
        }
    }
    m_disclosures->setBilan(m_bilan.id, m_clientName);
    fillContents();
    fillConsents();
    updateButtons();
}

void RetentionTab::fillContents()
{
    m_contentRows->setVisible(m_bilan.id != 0);
    if (m_bilan.id == 0) {
        m_summary->setText(tr("No bilan is shown."));
        return;
    }
    if (!m_schedule.endDate.isValid()) {
        m_summary->setText(tr("The bilan is running: its content is kept until it ends. Then it is to be destroyed, "
                              "except what the beneficiary agrees in writing to keep for the follow-up (one year at "
                              "most, article R6313-7 of the Code du travail)."));
    } else {
        m_summary->setText(tr("The bilan ended on %1. Its content is to be destroyed, except what the beneficiary "
                              "agreed in writing to keep for the follow-up, until %2 at the latest.")
                               .arg(dayText(m_schedule.endDate),
                                   dayText(RetentionRules::latestKeep(m_schedule.endDate))));
    }
    const QDate today = m_workspace.clock().today();
    // The rows were made once, one per kind (kAllContentKinds); only their texts change.
    for (const ContentRetention& content : std::as_const(m_schedule.contents)) {
        const QString key = toKey(content.kind);
        auto* rows = m_contentRows->findChild<QLabel*>(key + u"RowsLabel"_s);
        auto* state = m_contentRows->findChild<QLabel*>(key + u"StateLabel"_s);
        if (!rows || !state)
            continue;
        rows->setText(content.rows > 0 ? tr("%n record(s)", nullptr, content.rows) : QString());
        state->setText(stateText(content, today));
        state->setStyleSheet(u"font-weight: bold; "_s + colours::css(stateColour(content, today)));
        state->setToolTip(content.reason);
    }
}

void RetentionTab::fillConsents()
{
    m_consentsTable->setRowCount(static_cast<int>(m_consents.size()));
    for (int row = 0; row < m_consents.size(); ++row) {
        const RetentionConsent& consent = m_consents[row];
        const QStringList cells { displayName(consent.content), cellDate(consent.signedOn), consent.scope,
            cellDate(consent.keepUntil), consent.withdrawnOn.isValid() ? cellDate(consent.withdrawnOn) : tr("—") };
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]);
            m_consentsTable->setItem(row, column, item);
        }
    }
}

void RetentionTab::updateButtons()
{
    const bool shown = m_bilan.id != 0;
    const int row = m_consentsTable->currentRow();
    const bool selected = !m_consentsTable->selectedItems().isEmpty() && row >= 0 && row < m_consents.size();
    m_recordConsent->setEnabled(shown);
    m_withdrawConsent->setEnabled(selected && !m_consents[row].withdrawnOn.isValid());
    // Left enabled while the bilan is open: the click says why it is refused.
    m_destroy->setEnabled(shown);
    m_certificate->setEnabled(m_destructions > 0);
}

} // namespace parcours
