#include <parcours/core/BilanService.h>
#include <parcours/core/Hours.h>
#include <parcours/core/WallClock.h>
#include <parcours/ui/AgreementDialog.h>
#include <parcours/ui/DocumentActions.h>
#include <parcours/ui/DocumentsTab.h>
#include <parcours/ui/Format.h>
#include <parcours/ui/Workspace.h>

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

QToolButton* buttonFor(QAction* action, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setObjectName(QString(action->objectName()).replace(u"Action"_s, u"ToolButton"_s));
    return button;
}

QString kindName(DocumentsTab::Kind kind)
{
    switch (kind) {
    case DocumentsTab::Kind::Agreement:
        return u"agreement"_s;
    case DocumentsTab::Kind::Receipt:
        return u"receipt"_s;
    case DocumentsTab::Kind::Certificate:
        return u"certificate"_s;
    }
    return {};
}

} // namespace

DocumentsTab::DocumentsTab(Workspace& workspace, QWidget* parent)
    : BilanTab(parent)
    , m_workspace(workspace)
    , m_agreementLabel(new QLabel(this))
    , m_receiptLabel(new QLabel(this))
    , m_certificateLabel(new QLabel(this))
    , m_editAgreementAction(new QAction(tr("Terms and dates…"), this))
    , m_recordReceiptAction(new QAction(tr("Record the signature…"), this))
{
    setObjectName(u"documentsTab"_s);
    m_editAgreementAction->setObjectName(u"editAgreementAction"_s);
    m_recordReceiptAction->setObjectName(u"recordReceiptAction"_s);
    m_agreementLabel->setObjectName(u"agreementStatusLabel"_s);
    m_receiptLabel->setObjectName(u"receiptStatusLabel"_s);
    m_certificateLabel->setObjectName(u"certificateStatusLabel"_s);
    connect(m_editAgreementAction, &QAction::triggered, this, [this] { editAgreement(); });
    connect(m_recordReceiptAction, &QAction::triggered, this, [this] { recordReceipt(); });

    auto* layout = new QVBoxLayout(this);
    m_agreementGroup = group(tr("Tripartite agreement (R6313-8)"), m_agreementLabel, { m_editAgreementAction },
                             Kind::Agreement);
    layout->addWidget(m_agreementGroup);
    layout->addWidget(group(tr("Receipt of the synthesis"), m_receiptLabel, { m_recordReceiptAction }, Kind::Receipt));
    layout->addWidget(group(tr("Certificate of completion"), m_certificateLabel, {}, Kind::Certificate));
    layout->addStretch();

    const auto refreshIfMine = [this](qint64 bilanId) {
        if (bilanId == m_bilan.id && bilanId != 0)
            refresh();
    };
    connect(&workspace.events(), &StoreEvents::proofChanged, this, refreshIfMine);
    connect(&workspace.events(), &StoreEvents::synthesisChanged, this, refreshIfMine);
    clearBilan();
}

QGroupBox* DocumentsTab::group(const QString& title, QLabel* label, QList<QAction*> actions, Kind kind)
{
    auto* box = new QGroupBox(title, this);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const QString name = kindName(kind);
    auto* preview = new QAction(tr("Preview"), this);
    auto* print = new QAction(tr("Print…"), this);
    auto* save = new QAction(tr("Export as PDF…"), this);
    preview->setObjectName(name + u"PreviewAction"_s);
    print->setObjectName(name + u"PrintAction"_s);
    save->setObjectName(name + u"ExportAction"_s);
    connect(preview, &QAction::triggered, this, [this, kind] { this->preview(kind); });
    connect(print, &QAction::triggered, this, [this, kind] { this->print(kind); });
    connect(save, &QAction::triggered, this, [this, kind] { exportPdf(kind); });
    m_documentActions << preview << print << save;
    auto* buttons = new QHBoxLayout;
    for (QAction* action : actions + QList<QAction*> { preview, print, save })
        buttons->addWidget(buttonFor(action, box));
    buttons->addStretch();
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(label);
    layout->addLayout(buttons);
    return box;
}

QString DocumentsTab::title() const
{
    return tr("&Documents");
}

void DocumentsTab::showBilan(const Client& client, const BilanOverview* overview)
{
    if (!overview) {
        clearBilan();
        return;
    }
    m_bilan = overview->bilan;
    m_clientName = client.fullName();
    m_doneMinutes = overview->timeline.hours.countedDoneMinutes();
    refresh();
}

void DocumentsTab::clearBilan()
{
    m_bilan = {};
    m_agreementLabel->clear();
    m_receiptLabel->clear();
    m_certificateLabel->clear();
    for (QAction* action : m_documentActions + QList<QAction*> { m_editAgreementAction, m_recordReceiptAction })
        action->setEnabled(false);
}

void DocumentsTab::refresh()
{
    for (QAction* action : std::as_const(m_documentActions))
        action->setEnabled(true);
    const bool hasAgreement = AgreementRules::applies(m_bilan.funding);
    m_editAgreementAction->setEnabled(hasAgreement);
    if (!hasAgreement) {
        m_agreementLabel->setText(tr("Funding: %1. No tripartite agreement: it is made when an employer or France "
                                     "Travail funds the bilan.")
                                      .arg(displayName(m_bilan.funding)));
        for (QAction* action : m_documentActions.mid(0, 3))
            action->setEnabled(false);
    } else if (auto status = m_workspace.agreements().status(m_bilan.id); status) {
        m_agreementLabel->setText(AgreementRules::describe(status.value()));
    } else {
        m_agreementLabel->setText(status.error().message);
    }

    auto history = m_workspace.syntheses().history(m_bilan.id);
    auto handover = m_workspace.syntheses().handover(m_bilan.id);
    const SynthesisVersion* final = nullptr;
    if (history) {
        for (const SynthesisVersion& version : history.value()) {
            if (version.isFrozen() && !final)
                final = &version;
        }
    }
    if (handover && handover.value()) {
        m_receiptLabel->setText(tr("Signed on %1 for the final version no. %2 of %3.")
                                    .arg(format::longDate(handover.value()->signedOn))
                                    .arg(handover.value()->synthesisNumber)
                                    .arg(format::longDate(handover.value()->synthesisDate)));
    } else if (final) {
        m_receiptLabel->setText(tr("Final version no. %1 of %2: print the receipt for the beneficiary to sign, then "
                                   "record the day they signed it.")
                                    .arg(final->number)
                                    .arg(format::longDate(final->finalizedAt.date())));
    } else {
        m_receiptLabel->setText(tr("The synthesis has no final version yet."));
    }
    m_recordReceiptAction->setEnabled(final != nullptr);
    for (QAction* action : m_documentActions.mid(3, 3))
        action->setEnabled(final != nullptr || (handover && handover.value()));

    m_certificateLabel->setText(m_doneMinutes > 0
                                    ? tr("%1 of sessions done, to certify.").arg(formatMinutes(m_doneMinutes))
                                    : tr("No session done yet."));
    for (QAction* action : m_documentActions.mid(6, 3))
        action->setEnabled(m_doneMinutes > 0);
}

AgreementDialog* DocumentsTab::editAgreement()
{
    auto record = m_workspace.agreements().get(m_bilan.id);
    auto status = m_workspace.agreements().status(m_bilan.id);
    if (!record || !status) {
        m_workspace.reportError(!record ? record.error().message : status.error().message);
        return nullptr;
    }
    auto* dialog = new AgreementDialog(m_workspace.clock().today(),
                                       [this](const AgreementRecord& typed) { return m_workspace.agreements().update(typed); },
                                       this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRecord(record.value(), AgreementRules::describe(status.value()));
    const qint64 bilanId = m_bilan.id;
    dialog->setReload([this, bilanId] { return m_workspace.agreements().get(bilanId); },
                      [this, bilanId](const AgreementRecord&) {
                          auto now = m_workspace.agreements().status(bilanId);
                          return now ? AgreementRules::describe(now.value()) : QString();
                      });
    dialog->open();
    return dialog;
}

DateDialog* DocumentsTab::recordReceipt()
{
    const qint64 bilanId = m_bilan.id;
    auto* dialog = new DateDialog(tr("Receipt of the synthesis"),
                                  tr("Day %1 signed the receipt of the synthesis:").arg(m_clientName),
                                  m_workspace.clock().today(),
                                  [this, bilanId](QDate date) -> Result<void> {
                                      auto done = m_workspace.syntheses().recordHandover(bilanId, date);
                                      return done ? success() : Result<void>(done.error());
                                  },
                                  this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

DocumentActions::Build DocumentsTab::builderFor(Kind kind)
{
    const qint64 id = m_bilan.id;
    return [this, kind, id]() -> Result<BuiltDocument> {
        DocumentService& documents = m_workspace.documents();
        switch (kind) {
        case Kind::Agreement:
            return documents.agreement(id);
        case Kind::Receipt:
            return documents.receipt(id);
        case Kind::Certificate:
            break;
        }
        return documents.completionCertificate(id);
    };
}

QPrintPreviewDialog* DocumentsTab::preview(Kind kind)
{
    return DocumentActions::preview(this, m_workspace, builderFor(kind));
}

void DocumentsTab::print(Kind kind)
{
    DocumentActions::print(this, m_workspace, builderFor(kind));
}

bool DocumentsTab::exportPdf(Kind kind)
{
    return DocumentActions::exportPdf(this, m_workspace, builderFor(kind));
}

} // namespace parcours
