#include <parcours/core/DisclosureService.h>
#include <parcours/reports/DisclosureExport.h>
#include <parcours/ui/AgreementDialog.h>
#include <parcours/ui/DisclosureSection.h>
#include <parcours/ui/FileDialog.h>
#include <parcours/ui/Format.h>
#include <parcours/ui/RetentionDialogs.h>
#include <parcours/ui/Workspace.h>

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

QTableWidget* makeTable(const QString& name, const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->setWordWrap(false); // a long name is elided on its one line, whole in the tooltip
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    table->setFixedHeight(tableHeight(table, 3));
    return table;
}

void setRow(QTableWidget* table, int row, const QStringList& cells)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto* item = new QTableWidgetItem(cells[column]);
        item->setToolTip(cells[column]);
        table->setItem(row, column, item);
    }
}

QString items(const QList<DisclosedItem>& what)
{
    QStringList names;
    for (DisclosedItem item : what)
        names << displayName(item);
    return names.join(u", "_s);
}

} // namespace

DisclosureSection::DisclosureSection(Workspace& workspace, QWidget* parent)
    : QGroupBox(tr("Sending to third parties"), parent)
    , m_workspace(workspace)
    , m_intro(new QLabel(this))
    , m_consentsTable(makeTable(u"disclosureConsentsTable"_s,
          { tr("Recipient"), tr("May receive"), tr("Signed on"), tr("Withdrawn on") }, this))
    , m_disclosuresTable(makeTable(u"disclosuresTable"_s, { tr("Sent on"), tr("To"), tr("What"), tr("By"), tr("File") }, this))
    , m_record(new QPushButton(tr("Record a consent to send…"), this))
    , m_withdraw(new QPushButton(tr("Withdraw the consent…"), this))
    , m_send(new QPushButton(tr("Send to a third party…"), this))
{
    setObjectName(u"disclosureSection"_s);
    m_consentsTable->setAccessibleName(tr("Consents to send to third parties"));
    m_disclosuresTable->setAccessibleName(tr("Sendings to third parties"));
    // The recipient's name and the file's take what is left (elided, whole in the tooltip); the rest fit their text.
    m_consentsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_disclosuresTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_disclosuresTable->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_intro->setObjectName(u"disclosureIntroLabel"_s);
    m_intro->setWordWrap(true);
    m_intro->setText(tr("The synthesis and the test results go to a third party (CEP operator, employer, funder) only "
                        "with the beneficiary's written consent, recorded here. Each sending is logged."));
    m_record->setObjectName(u"recordDisclosureConsentPushButton"_s);
    m_withdraw->setObjectName(u"withdrawDisclosureConsentPushButton"_s);
    m_send->setObjectName(u"sendDisclosurePushButton"_s);
    m_send->setToolTip(tr("Writes the final synthesis or the test results as PDF for a recipient who may receive them"));

    // Two rows of buttons, each under what it acts on: in one row they would widen the tab past the bilan panel.
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_record);
    buttons->addWidget(m_withdraw);
    buttons->addStretch(1);
    auto* sentLabel = new QLabel(tr("Sent:"), this);
    sentLabel->setBuddy(m_disclosuresTable);
    auto* sentRow = new QHBoxLayout;
    sentRow->addWidget(sentLabel);
    sentRow->addStretch(1);
    sentRow->addWidget(m_send);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_consentsTable);
    layout->addLayout(buttons);
    layout->addSpacing(6);
    layout->addLayout(sentRow);
    layout->addWidget(m_disclosuresTable);

    connect(m_record, &QPushButton::clicked, this, [this] { recordConsent(); });
    connect(m_withdraw, &QPushButton::clicked, this, [this] { withdrawConsent(); });
    connect(m_send, &QPushButton::clicked, this, [this] { send(); });
    connect(m_consentsTable, &QTableWidget::itemSelectionChanged, this, &DisclosureSection::updateButtons);
}

void DisclosureSection::setBilan(qint64 bilanId, const QString& clientName)
{
    m_bilanId = bilanId;
    m_clientName = clientName;
    reload();
}

void DisclosureSection::reload()
{
    m_consents.clear();
    m_disclosures.clear();
    if (m_bilanId != 0) {
        DisclosureService service(m_workspace.repositories(), m_workspace.clock());
        auto consents = service.consents(m_bilanId);
        auto sent = service.disclosures(m_bilanId);
        if (!consents || !sent)
            m_workspace.reportError(!consents ? consents.error().message : sent.error().message);
        m_consents = consents.valueOr({});
        m_disclosures = sent.valueOr({});
    }
    fillConsents();
    fillDisclosures();
    updateButtons();
}

void DisclosureSection::fillConsents()
{
    m_consentsTable->setRowCount(static_cast<int>(m_consents.size()));
    for (int row = 0; row < m_consents.size(); ++row) {
        const DisclosureConsent& consent = m_consents[row];
        setRow(m_consentsTable, row,
            { recipientText(consent), items(consent.what), cellDate(consent.signedOn),
                consent.withdrawnOn.isValid() ? cellDate(consent.withdrawnOn) : tr("—") });
    }
}

void DisclosureSection::fillDisclosures()
{
    m_disclosuresTable->setRowCount(static_cast<int>(m_disclosures.size()));
    for (int row = 0; row < m_disclosures.size(); ++row) {
        const DisclosureRecord& record = m_disclosures[row];
        QString to;
        for (const DisclosureConsent& consent : std::as_const(m_consents)) {
            if (consent.id == record.consentId)
                to = recipientText(consent);
        }
        setRow(m_disclosuresTable, row,
            { format::shortDateTime(record.sentAt), to, displayName(record.what), record.sentBy, record.fileName });
    }
}

const DisclosureConsent* DisclosureSection::selectedConsent() const
{
    const int row = m_consentsTable->currentRow();
    if (row < 0 || row >= m_consents.size() || m_consentsTable->selectedItems().isEmpty())
        return nullptr;
    return &m_consents[row];
}

void DisclosureSection::updateButtons()
{
    const DisclosureConsent* selected = selectedConsent();
    m_record->setEnabled(m_bilanId != 0);
    m_withdraw->setEnabled(selected && !selected->withdrawnOn.isValid());
    m_send->setEnabled(m_bilanId != 0);
}

DisclosureConsentDialog* DisclosureSection::recordConsent()
{
    if (m_bilanId == 0)
        return nullptr;
    const qint64 bilanId = m_bilanId;
    auto* dialog = new DisclosureConsentDialog(
        tr("The written consent of %1 to send results of the bilan to a third party:").arg(m_clientName),
        m_workspace.clock().today(),
        [this, bilanId](const DisclosureConsent& typed) -> Result<void> {
            DisclosureConsent consent = typed;
            consent.bilanId = bilanId;
            auto id = DisclosureService(m_workspace.repositories(), m_workspace.clock()).recordConsent(consent);
            return id ? success() : Result<void>(id.error());
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

DateDialog* DisclosureSection::withdrawConsent()
{
    const DisclosureConsent* selected = selectedConsent();
    if (!selected || selected->withdrawnOn.isValid())
        return nullptr;
    const qint64 consentId = selected->id;
    auto* dialog = new DateDialog(tr("Withdrawal of a consent"),
        tr("Day %1 withdrew the consent to send results to %2:").arg(m_clientName, recipientText(*selected)),
        m_workspace.clock().today(),
        [this, consentId](QDate day) -> Result<void> {
            auto done
                = DisclosureService(m_workspace.repositories(), m_workspace.clock()).withdrawConsent(consentId, day);
            return done ? success() : Result<void>(done.error());
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

DisclosureSendDialog* DisclosureSection::send()
{
    if (m_bilanId == 0)
        return nullptr;
    auto usable = DisclosureService(m_workspace.repositories(), m_workspace.clock()).usableConsents(m_bilanId);
    if (!usable) {
        m_workspace.reportError(usable.error().message);
        return nullptr;
    }
    if (usable->isEmpty()) {
        m_workspace.reportError(tr("Nothing is sent to a third party without the beneficiary's written consent: "
                                   "record it first with « Record a consent to send… »."));
        return nullptr;
    }
    auto* dialog = new DisclosureSendDialog(
        tr("What to send, and under which consent of %1:").arg(m_clientName), usable.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { sendTo(dialog->consentId(), dialog->item()); });
    dialog->open();
    return dialog;
}

bool DisclosureSection::sendTo(qint64 consentId, DisclosedItem item)
{
    DisclosureExport exporter(m_workspace.repositories(), m_workspace.clock());
    auto built = exporter.build(m_bilanId, consentId, item);
    if (!built) {
        m_workspace.reportError(built.error().message);
        return false;
    }
    QString path = FileDialog::getSaveFileName(this, tr("Send to a third party"), built->fileName,
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        path += u".pdf"_s;
    auto sent = exporter.send(m_bilanId, consentId, item, path);
    if (!sent) {
        m_workspace.reportError(tr("Nothing was sent. %1").arg(sent.error().message));
        return false;
    }
    m_workspace.reportNotice(tr("Saved for sending and recorded in the log: %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace parcours
