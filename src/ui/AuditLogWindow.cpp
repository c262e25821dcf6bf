#include <parcours/core/Settings.h>
#include <parcours/reports/AuditExport.h>
#include <parcours/ui/AuditLogWindow.h>
#include <parcours/ui/FileDialog.h>
#include <parcours/ui/Workspace.h>

#include <QDir>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

QString operationName(AuditOperation operation)
{
    switch (operation) {
    case AuditOperation::ReadContent:
        return AuditLogWindow::tr("Read of content");
    case AuditOperation::Export:
        return AuditLogWindow::tr("Export");
    case AuditOperation::Print:
        return AuditLogWindow::tr("Print or PDF");
    case AuditOperation::Delete:
        return AuditLogWindow::tr("Deletion");
    case AuditOperation::Destroy:
        return AuditLogWindow::tr("Destruction");
    case AuditOperation::Restore:
        return AuditLogWindow::tr("Restore of a backup");
    case AuditOperation::Purge:
        return AuditLogWindow::tr("Purge of the log");
    }
    return {};
}

QString recordName(const AuditEntry& entry)
{
    switch (entry.recordKind) {
    case AuditRecord::None:
        return QString();
    case AuditRecord::Client:
        return AuditLogWindow::tr("Beneficiary no. %1").arg(entry.recordId);
    case AuditRecord::Bilan:
        return AuditLogWindow::tr("Bilan no. %1").arg(entry.recordId);
    case AuditRecord::Session:
        return AuditLogWindow::tr("Session no. %1").arg(entry.recordId);
    case AuditRecord::Journal:
        return AuditLogWindow::tr("Destruction no. %1").arg(entry.recordId);
    }
    return {};
}

/// What Parcours wrote in `what` (a fixed key of the code, docs/protection.md), said in the consultant's words; an
/// unknown key (a newer version's) is shown as it is.
QString whatName(const QString& key)
{
    static const QHash<QString, const char*> names {
        { u"attendance-sheet"_s, QT_TRANSLATE_NOOP("parcours::AuditLogWindow", "attendance sheet") },
        { u"backup"_s, QT_TRANSLATE_NOOP("parcours::AuditLogWindow", "backup") },
        { u"bilan"_s, QT_TRANSLATE_NOOP("parcours::AuditLogWindow", "the bilan's record") },
        { u"bilan-content"_s, QT_TRANSLATE_NOOP("parcours::AuditLogWindow", "the bilan's content") },
        { u"bpf"_s, QT_TRANSLATE_NOOP("parcours::AuditLogWindow", "yearly BPF figures") },
        { u"completion-certificate"_s, QT_TRANSLATE_NOOP("parcours::AuditLogWindow", "certificate of completion") },
        { u"destruction-certificate"_s, QT_TRANSLATE_NOOP("parcours::AuditLogWindow", "destruction certificate") },
        { u"disclosure-synthesis"_s, QT_TRANSLATE_NOOP("parcours::AuditLogWindow", "synthèse sent to a third party") },
        { u"disclosure-test-results"_s,
            QT_TRANSLATE_NOOP("parcours::AuditLogWindow", "test results sent to a third party") },
        { u"encrypted-copy"_s, QT_TRANSLATE_NOOP("parcours::AuditLogWindow", "encrypted copy") },
        { u"evaluation"_s, QT_TRANSLATE_NOOP("parcours::AuditLogWindow", "evaluations") },
        { u"icalendar"_s, QT_TRANSLATE_NOOP("parcours::AuditLogWindow", "calendar (iCalendar)") },
        { u"inquiry-guide"_s, QT_TRANSLATE_NOOP("parcours::AuditLogWindow", "field inquiry guide") },
        { u"investigation"_s, QT_TRANSLATE_NOOP("parcours::AuditLogWindow", "investigation") },
        { u"investigation-json"_s, QT_TRANSLATE_NOOP("parcours::AuditLogWindow", "investigation (JSON)") },
        { u"invoice"_s, QT_TRANSLATE_NOOP("parcours::AuditLogWindow", "invoice") },
        { u"quote"_s, QT_TRANSLATE_NOOP("parcours::AuditLogWindow", "quote") },
        { u"pdf"_s, QT_TRANSLATE_NOOP("parcours::AuditLogWindow", "PDF") },
        { u"peer-questionnaire"_s, QT_TRANSLATE_NOOP("parcours::AuditLogWindow", "peer feedback questionnaire") },
        { u"person-erasure"_s, QT_TRANSLATE_NOOP("parcours::AuditLogWindow", "erasure of the person") },
        { u"person-erasure-keep-proof"_s,
            QT_TRANSLATE_NOOP("parcours::AuditLogWindow", "reduction to the administrative proof") },
        { u"person-export"_s, QT_TRANSLATE_NOOP("parcours::AuditLogWindow", "export of all their data") },
        { u"print-preview"_s, QT_TRANSLATE_NOOP("parcours::AuditLogWindow", "print preview") },
        { u"printer"_s, QT_TRANSLATE_NOOP("parcours::AuditLogWindow", "printed") },
        { u"quality-registers"_s, QT_TRANSLATE_NOOP("parcours::AuditLogWindow", "quality registers") },
        { u"session-notes"_s, QT_TRANSLATE_NOOP("parcours::AuditLogWindow", "session notes") },
        { u"synthesis"_s, QT_TRANSLATE_NOOP("parcours::AuditLogWindow", "synthèse") },
        { u"synthesis-html"_s, QT_TRANSLATE_NOOP("parcours::AuditLogWindow", "synthèse (HTML)") },
    };
    const char* name = names.value(key);
    return name ? AuditLogWindow::tr(name) : key;
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

AuditLogWindow::AuditLogWindow(Workspace& workspace, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_workspace(workspace)
    , m_bilan(new QSpinBox(this))
    , m_table(new QTableWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"auditLogWindow"_s);
    setWindowTitle(tr("Access log — Parcours"));
    resize(1000, 560);

    auto* intro = new QLabel(tr("Who read a bilan's content, exported, printed, deleted, destroyed or restored what, "
                                "and when. Records are named by their number only; the log holds no content. "
                                "Entries are kept 12 months."),
        this);
    intro->setWordWrap(true);

    auto* bilanLabel = new QLabel(tr("&Bilan:"), this);
    m_bilan->setObjectName(u"auditBilanSpinBox"_s);
    m_bilan->setRange(0, 999999999);
    m_bilan->setSpecialValueText(tr("all bilans"));
    m_bilan->setMinimumWidth(160);
    bilanLabel->setBuddy(m_bilan);
    auto* verifyButton = new QPushButton(tr("&Verify integrity"), this);
    verifyButton->setObjectName(u"verifyAuditPushButton"_s);
    auto* exportButton = new QPushButton(tr("Export as C&SV…"), this);
    exportButton->setObjectName(u"exportAuditCsvPushButton"_s);
    auto* top = new QHBoxLayout;
    top->addWidget(bilanLabel);
    top->addWidget(m_bilan);
    top->addStretch();
    top->addWidget(verifyButton);
    top->addWidget(exportButton);

    m_table->setObjectName(u"auditTableWidget"_s);
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        { tr("No."), tr("Date and time"), tr("Who"), tr("Operation"), tr("Record"), tr("Detail") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // The detail takes the room left (resizeColumnsToContents would otherwise shrink it to its text).
    m_table->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);

    m_status->setObjectName(u"auditStatusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_bilan, &QSpinBox::valueChanged, this, [this] { reload(); });
    connect(verifyButton, &QPushButton::clicked, this, [this] { verify(); });
    connect(exportButton, &QPushButton::clicked, this, [this] { exportCsv(); });
    reload();
}

void AuditLogWindow::reload()
{
    AuditFilter filter;
    if (m_bilan->value() > 0)
        filter.bilanId = m_bilan->value();
    auto entries = m_workspace.audit().list(filter);
    m_table->setRowCount(0);
    if (!entries) {
        say(entries.error().message, true);
        return;
    }
    const QTimeZone zone = m_workspace.settings().timeZone();
    m_table->setRowCount(int(entries->size()));
    int row = 0;
    // Newest first: what an auditor asks about is usually recent.
    for (auto it = entries->crbegin(); it != entries->crend(); ++it, ++row) {
        const AuditEntry& entry = *it;
        const QStringList cells { QString::number(entry.seq),
            QLocale().toString(entry.at.toTimeZone(zone), u"dd/MM/yyyy HH:mm:ss"_s), entry.who,
            operationName(entry.operation), recordName(entry),
            entry.bilanId > 0 && entry.recordKind != AuditRecord::Bilan
                ? tr("bilan no. %1 · %2").arg(entry.bilanId).arg(whatName(entry.what))
                : capitalised(whatName(entry.what)) };
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_table->resizeColumnsToContents();
    say(tr("%n entry(ies).", nullptr, int(entries->size())), false);
}

void AuditLogWindow::verify()
{
    auto result = m_workspace.audit().verify();
    if (!result) {
        say(result.error().message, true);
        return;
    }
    if (!result->intact) {
        say(tr("The log has been tampered with: %1 (entry no. %2). Keep this window and the database as they are, "
               "and tell whoever is responsible for the data.")
                .arg(result->problem)
                .arg(result->brokenAt),
            true);
        return;
    }
    say(tr("The log is intact: %n entry(ies) checked, each one chained to the one before.", nullptr, result->checked),
        false);
}

void AuditLogWindow::exportCsv()
{
    QString path = FileDialog::getSaveFileName(this, tr("Export as CSV"), tr("access-log.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".csv"_s, Qt::CaseInsensitive))
        path += u".csv"_s;
    AuditFilter filter;
    if (m_bilan->value() > 0)
        filter.bilanId = m_bilan->value();
    auto entries = m_workspace.audit().list(filter);
    auto written = entries ? writeAuditCsv(entries.value(), path) : Result<void>(entries.error());
    if (!written) {
        say(tr("The CSV file was not saved. %1").arg(written.error().message), true);
        return;
    }
    say(tr("Saved: %1").arg(QDir::toNativeSeparators(path)), false);
}

void AuditLogWindow::say(const QString& text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? u"color: #a40000; font-weight: bold;"_s : QString());
}

} // namespace parcours
