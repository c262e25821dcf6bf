#include <parcours/core/Money.h>
#include <parcours/reports/BillingDocuments.h>
#include <parcours/ui/BillingWindow.h>
#include <parcours/ui/Confirmation.h>
#include <parcours/ui/DocumentActions.h>
#include <parcours/ui/FileDialog.h>
#include <parcours/ui/Format.h>
#include <parcours/ui/InvoiceTableModel.h>
#include <parcours/ui/Workspace.h>
#include <parcours/ui/ScreenFit.h>

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

QString money(qint64 cents)
{
    return Money::fromCents(cents).display();
}

QString bpfText(const char* source)
{
    return source ? QCoreApplication::translate("Bpf", source) : QString();
}

/// The figures as a small HTML table; every text is escaped (gaps name beneficiaries).
QString figuresHtml(const BpfFigures& figures)
{
    QString html = u"<table cellspacing='0' cellpadding='3'>"_s;
    const auto row = [&html](const QString& code, const QString& label, const QString& number, const QString& value,
                             bool bold = false) {
        const QString weight = bold ? u" style='font-weight:bold'"_s : QString();
        html += u"<tr%1><td>%2</td><td>%3</td><td align='right'>%4</td><td align='right'>%5</td></tr>"_s.arg(
            weight, code.toHtmlEscaped(), label.toHtmlEscaped(), number.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(BillingWindow::tr("Frame C"), BillingWindow::tr("Income excluding VAT"), QString(), QString(), true);
    for (const BpfIncomeLine& line : figures.income)
        row(line.code, bpfText(line.label), QString(), money(line.cents));
    row(QString(), BillingWindow::tr("Total of frame C"), QString(), money(figures.totalCents), true);
    row(BillingWindow::tr("Frames E and F"), QString(), BillingWindow::tr("Number"), BillingWindow::tr("Hours"), true);
    const auto people = [&row](const BpfPeopleLine& line) {
        row(line.code, bpfText(line.label), QString::number(line.people), QString::number(line.hours()));
    };
    people(figures.trainers);
    for (const BpfPeopleLine& line : figures.trainees)
        people(line);
    people(figures.bilans);
    return html + u"</table>"_s;
}

} // namespace

BillingWindow::BillingWindow(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_billing(workspace.repositories(), workspace.clock())
    , m_year(new QSpinBox(this))
    , m_period(new QLabel(this))
    , m_close(new QPushButton(tr("Close the year…"), this))
    , m_tabs(new QTabWidget(this))
    , m_yearModel(new InvoiceTableModel(this))
    , m_unpaidModel(new InvoiceTableModel(this))
    , m_totals(new QLabel(this))
    , m_owed(new QLabel(this))
    , m_bpf(new QLabel(this))
    , m_gaps(new QListWidget(this))
{
    setObjectName(u"billingWindow"_s);
    setWindowTitle(tr("Billing of the year"));
    fitToScreen(this, { 1000, 620 });
    m_year->setObjectName(u"yearSpinBox"_s);
    m_year->setRange(2000, 2999);
    m_close->setObjectName(u"closeYearPushButton"_s);
    m_totals->setObjectName(u"yearTotalsLabel"_s);
    m_owed->setObjectName(u"owedLabel"_s);
    m_bpf->setObjectName(u"bpfLabel"_s);
    m_gaps->setObjectName(u"bpfGapsListWidget"_s);
    m_bpf->setTextFormat(Qt::RichText);
    m_bpf->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* header = new QHBoxLayout;
    auto* yearLabel = new QLabel(tr("&Financial year:"), this);
    yearLabel->setBuddy(m_year);
    header->addWidget(yearLabel);
    header->addWidget(m_year);
    header->addWidget(m_period, 1);
    header->addWidget(m_close);

    auto* yearPage = new QWidget(m_tabs);
    auto* yearLayout = new QVBoxLayout(yearPage);
    yearLayout->addWidget(tableFor(m_yearModel), 1);
    yearLayout->addWidget(m_totals);
    m_tabs->addTab(yearPage, tr("&Invoices of the year"));

    auto* unpaidPage = new QWidget(m_tabs);
    auto* unpaidLayout = new QVBoxLayout(unpaidPage);
    unpaidLayout->addWidget(tableFor(m_unpaidModel), 1);
    unpaidLayout->addWidget(m_owed);
    m_tabs->addTab(unpaidPage, tr("&Unpaid (all years)"));

    auto* bpfPage = new QWidget(m_tabs);
    auto* bpfLayout = new QVBoxLayout(bpfPage);
    bpfLayout->addWidget(m_bpf);
    bpfLayout->addWidget(new QLabel(tr("What the records lack for the form:"), bpfPage));
    bpfLayout->addWidget(m_gaps, 1);
    auto* note = new QLabel(tr("Check each line against the notice of the current Cerfa 10443 before copying it into "
                               "Mon Activité Formation. Frames B, D and G come from your accounts."),
                            bpfPage);
    note->setWordWrap(true);
    bpfLayout->addWidget(note);
    auto* bpfButtons = new QHBoxLayout;
    auto* preview = new QPushButton(tr("Preview"), bpfPage);
    auto* pdf = new QPushButton(tr("Export as PDF…"), bpfPage);
    auto* csv = new QPushButton(tr("Export as CSV…"), bpfPage);
    preview->setObjectName(u"bpfPreviewPushButton"_s);
    pdf->setObjectName(u"bpfPdfPushButton"_s);
    csv->setObjectName(u"bpfCsvPushButton"_s);
    for (QPushButton* button : { preview, pdf, csv })
        bpfButtons->addWidget(button);
    bpfButtons->addStretch();
    bpfLayout->addLayout(bpfButtons);
    m_tabs->addTab(bpfPage, tr("&BPF"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_year, &QSpinBox::valueChanged, this, [this] { refresh(); });
    connect(m_close, &QPushButton::clicked, this, [this] { closeYear(); });
    connect(preview, &QPushButton::clicked, this, [this] {
        const int shown = year();
        Workspace& ws = m_workspace;
        DocumentActions::preview(this, m_workspace,
                                 [&ws, shown] { return BillingDocumentService(ws.repositories(), ws.clock()).bpf(shown); });
    });
    connect(pdf, &QPushButton::clicked, this, [this] { exportBpfPdf(); });
    connect(csv, &QPushButton::clicked, this, [this] { exportBpfCsv(); });
    connect(&workspace.events(), &StoreEvents::billingChanged, this, [this] { refresh(); });
    // The year just over is the one the BPF and the closing concern in the first months; the current one after.
    const QDate today = workspace.clock().today();
    const FinancialYear current = m_billing.financialYear(today);
    showYear(today < current.first.addMonths(5) ? current.label - 1 : current.label);
}

QTableView* BillingWindow::tableFor(InvoiceTableModel* model)
{
    auto* view = new QTableView(this);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->setVisible(false);
    view->setWordWrap(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(InvoiceTableModel::CustomerColumn, QHeaderView::Stretch);
    return view;
}

void BillingWindow::showYear(int label)
{
    if (m_year->value() == label)
        refresh();
    else
        m_year->setValue(label);
}

int BillingWindow::year() const
{
    return m_year->value();
}

void BillingWindow::refresh()
{
    const FinancialYear shown = m_billing.financialYearOf(year());
    const QDate today = m_workspace.clock().today();
    const bool closed = m_billing.closedYears().valueOr({}).contains(shown.label);
    m_period->setText(tr("from %1 to %2%3")
                          .arg(format::longDate(shown.first), format::longDate(shown.last),
                               closed ? tr(" (closed)") : QString()));
    m_close->setEnabled(!closed && shown.last < today);

    auto all = m_billing.invoices(InvoiceQuery { std::nullopt, std::nullopt, false });
    auto unpaid = m_billing.invoices(InvoiceQuery { std::nullopt, std::nullopt, true });
    if (!all || !unpaid) {
        m_workspace.reportError(!all ? all.error().message : unpaid.error().message);
        return;
    }
    QList<InvoiceState> ofYear;
    qint64 invoiced = 0;
    qint64 credited = 0;
    qint64 received = 0;
    for (const InvoiceState& state : all.value()) {
        if (!shown.contains(state.invoice.issuedOn))
            continue;
        ofYear << state;
        if (state.invoice.kind == InvoiceKind::CreditNote) {
            credited += state.invoice.amountCents;
        } else {
            invoiced += state.invoice.amountCents;
            received += state.paidCents;
        }
    }
    m_yearModel->setInvoices(ofYear, today);
    m_totals->setText(tr("Invoiced %1 · credit notes %2 · net %3 · received on these invoices %4")
                          .arg(money(invoiced), money(credited), money(invoiced - credited), money(received)));
    const QList<InvoiceState> overdue = BillingRules::overdue(unpaid.value(), today);
    m_unpaidModel->setInvoices(unpaid.value(), today);
    m_owed->setText(tr("Still owed: %1 on %n invoice(s)", nullptr, int(unpaid->size())).arg(money(m_unpaidModel->owedCents()))
                    + u" · "_s + tr("%n overdue", nullptr, int(overdue.size())));

    auto figures = m_billing.bpf(shown.label);
    if (!figures) {
        m_workspace.reportError(figures.error().message);
        return;
    }
    m_bpf->setText(figuresHtml(figures.value()));
    m_gaps->clear();
    for (const BpfGap& gap : figures->gaps) {
        const QString text = bpfText(gap.text);
        m_gaps->addItem(gap.argument.isEmpty() ? text : text.arg(gap.argument));
    }
    if (figures->gaps.isEmpty())
        m_gaps->addItem(tr("Nothing: every figure comes from complete records."));
}

bool BillingWindow::exportBpfPdf()
{
    const int shown = year();
    Workspace& ws = m_workspace;
    return DocumentActions::exportPdf(this, m_workspace,
                                      [&ws, shown] { return BillingDocumentService(ws.repositories(), ws.clock()).bpf(shown); });
}

bool BillingWindow::exportBpfCsv()
{
    const QString path = FileDialog::getSaveFileName(this, tr("Export the BPF figures"),
                                                     u"bpf-%1.csv"_s.arg(year()), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    if (auto written = BillingDocumentService(m_workspace.repositories(), m_workspace.clock()).writeBpfCsv(year(), path);
        !written) {
        m_workspace.reportError(written.error().message);
        return false;
    }
    m_workspace.reportNotice(tr("The BPF figures were saved in %1.").arg(path));
    return true;
}

bool BillingWindow::closeYear()
{
    const int shown = year();
    if (!Confirmation::ask(this, tr("Close the financial year"),
                           tr("Close the financial year %1? No invoice, credit note or payment can be dated in it "
                              "afterwards, and this cannot be undone.")
                               .arg(shown),
                           tr("Close the year")))
        return false;
    if (auto done = m_billing.closeYear(shown); !done) {
        m_workspace.reportError(done.error().message);
        return false;
    }
    refresh();
    return true;
}

} // namespace parcours
