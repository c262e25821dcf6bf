#include <parcours/core/BilanService.h>
#include <parcours/core/Money.h>
#include <parcours/core/Settings.h>
#include <parcours/core/WallClock.h>
#include <parcours/reports/BillingDocuments.h>
#include <parcours/ui/BillingDialogs.h>
#include <parcours/ui/BillingTab.h>
#include <parcours/ui/Confirmation.h>
#include <parcours/ui/Format.h>
#include <parcours/ui/FundingDialog.h>
#include <parcours/ui/InvoiceTableModel.h>
#include <parcours/ui/Workspace.h>

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

QString money(qint64 cents)
{
    return Money::fromCents(cents).display();
}

QToolButton* buttonFor(QAction* action, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setObjectName(QString(action->objectName()).replace(u"Action"_s, u"ToolButton"_s));
    return button;
}

QAction* action(const QString& text, const QString& name, QObject* parent)
{
    auto* made = new QAction(text, parent);
    made->setObjectName(name);
    return made;
}

/** The price and funders as they were and as they became: undo and redo write them back through the service. */
class FundingCommand final : public QUndoCommand {
public:
    struct Terms {
        std::optional<qint64> price;
        FundingPlan plan;
    };
    FundingCommand(Workspace& workspace, Terms before, Terms after)
        : m_workspace(workspace)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
        setText(QCoreApplication::translate("BillingTab", "change the price and funders"));
    }
    void undo() override { apply(m_before); }
    void redo() override
    {
        if (!std::exchange(m_firstRedo, false))
            apply(m_after);
    }

private:
    void apply(Terms terms)
    {
        BillingService billing(m_workspace.repositories(), m_workspace.clock());
        auto current = billing.overview(terms.plan.bilanId);
        if (current)
            terms.plan.version = current->plan.version;
        auto done = current ? billing.saveFunding(terms.plan.bilanId, terms.price, terms.plan)
                            : Result<void>(current.error());
        if (!done) {
            m_workspace.reportError(done.error().message);
            setObsolete(true);
        }
    }

    Workspace& m_workspace;
    Terms m_before;
    Terms m_after;
    bool m_firstRedo = true;
};

} // namespace

BillingTab::BillingTab(Workspace& workspace, QWidget* parent)
    : BilanTab(parent)
    , m_workspace(workspace)
    , m_billing(workspace.repositories(), workspace.clock())
    , m_summary(new QLabel(this))
    , m_funders(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new InvoiceTableModel(this))
    , m_payments(new QListWidget(this))
    , m_paymentsTitle(new QLabel(this))
    , m_fundingAction(action(tr("Price and funders…"), u"fundingAction"_s, this))
    , m_invoiceAction(action(tr("Issue the invoices…"), u"issueInvoicesAction"_s, this))
    , m_paymentAction(action(tr("Record a payment…"), u"recordPaymentAction"_s, this))
    , m_creditNoteAction(action(tr("Credit note…"), u"creditNoteAction"_s, this))
    , m_removePaymentAction(action(tr("Remove the payment…"), u"removePaymentAction"_s, this))
{
    setObjectName(u"billingTab"_s);
    m_summary->setObjectName(u"billingSummaryLabel"_s);
    m_funders->setObjectName(u"fundersLabel"_s);
    m_table->setObjectName(u"invoicesTableView"_s);
    m_payments->setObjectName(u"paymentsListWidget"_s);
    for (QLabel* label : { m_summary, m_funders }) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_invoiceAction->setToolTip(tr("Issue, numbered and dated today, the invoices of every funder's share not "
                                   "invoiced yet"));
    connect(m_fundingAction, &QAction::triggered, this, [this] { editFunding(); });
    connect(m_invoiceAction, &QAction::triggered, this, [this] { issueInvoices(); });
    connect(m_paymentAction, &QAction::triggered, this, [this] { recordPayment(); });
    connect(m_creditNoteAction, &QAction::triggered, this, [this] { issueCreditNote(); });
    connect(m_removePaymentAction, &QAction::triggered, this, [this] { removePayment(); });

    const auto documentActions = [this](const QString& prefix, DocumentActions::Build (BillingTab::*builder)() const,
                                        QList<QAction*>* into) {
        QAction* preview = action(tr("Preview"), prefix + u"PreviewAction"_s, this);
        QAction* print = action(tr("Print…"), prefix + u"PrintAction"_s, this);
        QAction* save = action(tr("Export as PDF…"), prefix + u"ExportAction"_s, this);
        connect(preview, &QAction::triggered, this, [this, builder] { DocumentActions::preview(this, m_workspace, (this->*builder)()); });
        connect(print, &QAction::triggered, this, [this, builder] { DocumentActions::print(this, m_workspace, (this->*builder)()); });
        connect(save, &QAction::triggered, this, [this, builder] { DocumentActions::exportPdf(this, m_workspace, (this->*builder)()); });
        *into << preview << print << save;
    };
    documentActions(u"quote"_s, &BillingTab::quoteBuilder, &m_quoteActions);
    documentActions(u"invoice"_s, &BillingTab::invoiceBuilder, &m_invoiceDocumentActions);

    auto* fundingBox = new QGroupBox(tr("Price and funders"), this);
    auto* fundingLayout = new QVBoxLayout(fundingBox);
    fundingLayout->addWidget(m_summary);
    fundingLayout->addWidget(m_funders);
    auto* fundingButtons = new QHBoxLayout;
    fundingButtons->addWidget(buttonFor(m_fundingAction, fundingBox));
    fundingButtons->addSpacing(12);
    fundingButtons->addWidget(new QLabel(tr("Quote:"), fundingBox));
    for (QAction* quote : std::as_const(m_quoteActions))
        fundingButtons->addWidget(buttonFor(quote, fundingBox));
    fundingButtons->addStretch();
    fundingLayout->addLayout(fundingButtons);

    auto* invoicesBox = new QGroupBox(tr("Invoices and credit notes"), this);
    auto* invoicesLayout = new QVBoxLayout(invoicesBox);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setColumnHidden(InvoiceTableModel::BeneficiaryColumn, true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(InvoiceTableModel::CustomerColumn, QHeaderView::Stretch);
    m_table->setMinimumHeight(120);
    invoicesLayout->addWidget(m_table, 1);
    auto* invoiceButtons = new QHBoxLayout;
    for (QAction* each : { m_invoiceAction, m_paymentAction, m_creditNoteAction })
        invoiceButtons->addWidget(buttonFor(each, invoicesBox));
    invoiceButtons->addSpacing(12);
    for (QAction* document : std::as_const(m_invoiceDocumentActions))
        invoiceButtons->addWidget(buttonFor(document, invoicesBox));
    invoiceButtons->addStretch();
    invoicesLayout->addLayout(invoiceButtons);
    invoicesLayout->addWidget(m_paymentsTitle);
    auto* paymentsRow = new QHBoxLayout;
    m_payments->setMaximumHeight(80);
    paymentsRow->addWidget(m_payments, 1);
    paymentsRow->addWidget(buttonFor(m_removePaymentAction, invoicesBox), 0, Qt::AlignTop);
    invoicesLayout->addLayout(paymentsRow);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(fundingBox);
    layout->addWidget(invoicesBox, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showPayments(); });
    connect(m_payments, &QListWidget::currentRowChanged, this, [this] { showPayments(); });
    const auto refreshIfMine = [this](qint64 bilanId) {
        if (m_overview && (bilanId == m_overview->bilan.id || bilanId == 0))
            refresh();
    };
    connect(&workspace.events(), &StoreEvents::billingChanged, this, refreshIfMine);
    connect(&workspace.events(), &StoreEvents::proofChanged, this, refreshIfMine);
    connect(&workspace.events(), &StoreEvents::sessionChanged, this,
            [refreshIfMine](qint64, qint64 bilanId) { refreshIfMine(bilanId); });
    connect(&workspace.events(), &StoreEvents::settingsChanged, this, [this] {
        if (m_overview)
            refresh();
    });
    clearBilan();
}

QString BillingTab::title() const
{
    return tr("&Billing");
}

void BillingTab::showBilan(const Client&, const BilanOverview* overview)
{
    if (!overview) {
        clearBilan();
        return;
    }
    m_overview = BillingOverview {};
    m_overview->bilan = overview->bilan;
    refresh();
}

void BillingTab::clearBilan()
{
    m_overview.reset();
    m_summary->setText(tr("No bilan selected."));
    m_funders->clear();
    m_model->setInvoices({}, m_workspace.clock().today());
    m_payments->clear();
    m_paymentsTitle->clear();
    for (QAction* each : m_quoteActions + m_invoiceDocumentActions
             + QList<QAction*> { m_fundingAction, m_invoiceAction, m_paymentAction, m_creditNoteAction,
                                 m_removePaymentAction })
        each->setEnabled(false);
}

void BillingTab::refresh()
{
    const qint64 bilanId = m_overview->bilan.id;
    const qint64 keep = selected() ? selected()->invoice.id : 0;
    auto overview = m_billing.overview(bilanId);
    if (!overview) {
        m_workspace.reportError(overview.error().message);
        return;
    }
    m_overview = overview.value();
    const BillingOverview& billing = *m_overview;
    QStringList summary;
    if (!billing.priceCents)
        summary << tr("No price yet: set one, or a default price in the settings.");
    else if (billing.defaultPrice)
        summary << tr("Price: %1 (the default price of the settings)").arg(money(*billing.priceCents));
    else
        summary << tr("Price: %1").arg(money(*billing.priceCents));
    summary << tr("%1 of sessions").arg(formatMinutes(billing.minutes));
    if (billing.copaymentCents > 0)
        summary << tr("CPF co-payment of the beneficiary: %1").arg(money(billing.copaymentCents));
    const auto status = BillingRules::traineeStatus(billing.plan, billing.bilan.funding);
    summary << (status ? tr("BPF: %1").arg(displayName(*status)) : tr("BPF: the beneficiary's status is missing"));
    m_summary->setText(summary.join(u" · "_s));

    QStringList funders;
    for (qsizetype i = 0; i < billing.plan.shares.size(); ++i) {
        const FunderShare& share = billing.plan.shares[i];
        const QString name = billing.buyerNames.value(i).isEmpty() ? tr("(name to give)") : billing.buyerNames.value(i);
        QString line = tr("%1. %2 (%3)").arg(i + 1).arg(name, displayName(share.kind));
        if (i < billing.shareCents.size()) {
            line += u" — "_s + money(billing.shareCents[i]);
            const qint64 left = billing.leftToInvoice(i);
            line += u" — "_s + (left > 0 ? tr("%1 to invoice").arg(money(left)) : tr("invoiced"));
        }
        funders << line;
    }
    if (!billing.splitProblem.isEmpty())
        funders << billing.splitProblem;
    m_funders->setText(funders.join(u'\n'));

    m_model->setInvoices(billing.invoices, m_workspace.clock().today());
    if (keep)
        selectInvoice(keep);
    bool invoiceable = false;
    for (qsizetype i = 0; i < billing.plan.shares.size(); ++i)
        invoiceable = invoiceable || billing.leftToInvoice(i) > 0;
    m_fundingAction->setEnabled(true);
    m_invoiceAction->setEnabled(invoiceable);
    for (QAction* quote : std::as_const(m_quoteActions))
        quote->setEnabled(billing.priceCents.has_value());
    showPayments();
}

const InvoiceState* BillingTab::selected() const
{
    const QModelIndex current = m_table->selectionModel() ? m_table->selectionModel()->currentIndex() : QModelIndex();
    return current.isValid() ? m_model->invoiceAt(current.row()) : nullptr;
}

void BillingTab::selectInvoice(qint64 invoiceId)
{
    const QModelIndex index = m_model->indexOf(invoiceId);
    if (index.isValid())
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void BillingTab::showPayments()
{
    const InvoiceState* state = selected();
    const bool invoice = state && state->invoice.kind == InvoiceKind::Invoice;
    for (QAction* document : std::as_const(m_invoiceDocumentActions))
        document->setEnabled(state != nullptr);
    m_paymentAction->setEnabled(invoice && state->balanceCents() > 0);
    m_creditNoteAction->setEnabled(invoice && state->creditedCents < state->invoice.amountCents);
    const int keep = m_payments->currentRow();
    m_payments->blockSignals(true);
    m_payments->clear();
    if (invoice) {
        m_paymentsTitle->setText(tr("Payments of %1:").arg(state->invoice.number));
        for (const Payment& payment : m_billing.payments(state->invoice.id).valueOr({})) {
            QString text = tr("%1 — %2 — %3").arg(format::longDate(payment.paidOn), money(payment.amountCents),
                                                  displayName(payment.method));
            if (!payment.reference.isEmpty())
                text += u" ("_s + payment.reference + u')';
            auto* item = new QListWidgetItem(text, m_payments);
            item->setData(Qt::UserRole, payment.id);
        }
        if (m_payments->count() == 0)
            m_paymentsTitle->setText(tr("No payment received for %1 yet.").arg(state->invoice.number));
    } else {
        m_paymentsTitle->setText(state ? tr("A credit note takes no payment.") : tr("Select an invoice to see its payments."));
    }
    m_payments->setCurrentRow(std::min(keep, m_payments->count() - 1));
    m_payments->blockSignals(false);
    m_removePaymentAction->setEnabled(m_payments->currentItem() != nullptr);
}

FundingDialog* BillingTab::editFunding()
{
    if (!m_overview)
        return nullptr;
    const qint64 bilanId = m_overview->bilan.id;
    FundingCommand::Terms before { m_overview->defaultPrice ? std::nullopt : m_overview->priceCents, m_overview->plan };
    auto* dialog = new FundingDialog(
        [this, bilanId, before](std::optional<qint64> price, const FundingPlan& plan) -> Result<void> {
            if (auto done = m_billing.saveFunding(bilanId, price, plan); !done)
                return done;
            m_workspace.undoStack(bilanId)->push(new FundingCommand(m_workspace, before, { price, plan }));
            return success();
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFunding(*m_overview, m_workspace.settings().amount(settingKeys::billingDefaultPrice));
    dialog->setReload([this, bilanId] { return m_billing.overview(bilanId); });
    dialog->open();
    return dialog;
}

bool BillingTab::issueInvoices()
{
    if (!m_overview)
        return false;
    int count = 0;
    qint64 total = 0;
    for (qsizetype i = 0; i < m_overview->plan.shares.size(); ++i) {
        if (const qint64 left = m_overview->leftToInvoice(i); left > 0) {
            ++count;
            total += left;
        }
    }
    if (!Confirmation::ask(this, tr("Issue the invoices"),
                           tr("Issue %n invoice(s), %1 in all, numbered and dated today? An issued invoice can be "
                              "neither changed nor deleted: it is corrected with a credit note.",
                              nullptr, count)
                               .arg(money(total)),
                           tr("Issue")))
        return false;
    auto ids = m_billing.invoice(m_overview->bilan.id);
    if (!ids) {
        m_workspace.reportError(ids.error().message);
        return false;
    }
    QStringList numbers;
    for (qint64 id : ids.value())
        numbers << m_billing.invoiceState(id).valueOr({}).invoice.number;
    m_workspace.reportNotice(tr("Issued: %1.").arg(numbers.join(u", "_s)));
    if (!ids->isEmpty())
        selectInvoice(ids->first());
    return true;
}

PaymentDialog* BillingTab::recordPayment()
{
    const InvoiceState* state = selected();
    if (!state || state->invoice.kind != InvoiceKind::Invoice)
        return nullptr;
    auto* dialog = new PaymentDialog(*state, m_workspace.clock().today(),
                                     [this](const Payment& payment) -> Result<void> {
                                         auto id = m_billing.addPayment(payment);
                                         return id ? success() : Result<void>(id.error());
                                     },
                                     this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

CreditNoteDialog* BillingTab::issueCreditNote()
{
    const InvoiceState* state = selected();
    if (!state || state->invoice.kind != InvoiceKind::Invoice)
        return nullptr;
    const qint64 invoiceId = state->invoice.id;
    auto* dialog = new CreditNoteDialog(*state, m_workspace.clock().today(),
                                        [this, invoiceId](qint64 cents, const QString& reason, QDate date) -> Result<void> {
                                            auto id = m_billing.creditNote(invoiceId, cents, reason, date);
                                            if (!id)
                                                return id.error();
                                            selectInvoice(id.value());
                                            return success();
                                        },
                                        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

bool BillingTab::removePayment()
{
    const QListWidgetItem* item = m_payments->currentItem();
    if (!item)
        return false;
    if (!Confirmation::ask(this, tr("Remove the payment"),
                           tr("Remove the payment “%1”? Do so only for a payment recorded by mistake.").arg(item->text()),
                           tr("Remove")))
        return false;
    if (auto done = m_billing.removePayment(item->data(Qt::UserRole).toLongLong()); !done) {
        m_workspace.reportError(done.error().message);
        return false;
    }
    return true;
}

DocumentActions::Build BillingTab::invoiceBuilder() const
{
    const qint64 id = selected() ? selected()->invoice.id : 0;
    Workspace& workspace = m_workspace;
    return [&workspace, id]() { return BillingDocumentService(workspace.repositories(), workspace.clock()).invoice(id); };
}

DocumentActions::Build BillingTab::quoteBuilder() const
{
    const qint64 id = m_overview ? m_overview->bilan.id : 0;
    Workspace& workspace = m_workspace;
    return [&workspace, id]() { return BillingDocumentService(workspace.repositories(), workspace.clock()).quote(id); };
}

bool BillingTab::exportQuote()
{
    return DocumentActions::exportPdf(this, m_workspace, quoteBuilder());
}

bool BillingTab::exportInvoice()
{
    return DocumentActions::exportPdf(this, m_workspace, invoiceBuilder());
}

} // namespace parcours
