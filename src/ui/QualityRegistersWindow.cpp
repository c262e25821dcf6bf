#include <parcours/core/QualityService.h>
#include <parcours/core/Settings.h>
#include <parcours/reports/QualityDocuments.h>
#include <parcours/ui/FileDialog.h>
#include <parcours/ui/QualityRegisterDialogs.h>
#include <parcours/ui/QualityRegisterModels.h>
#include <parcours/ui/QualityRegistersWindow.h>
#include <parcours/ui/Workspace.h>

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

QTableView* tableFor(QAbstractItemModel* model, const QString& name, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QualityDocumentContext documentContext(Workspace& workspace)
{
    const Settings settings = workspace.settings();
    return { Letterhead::fromSettings(settings), DocumentLanguage(settings.text(settingKeys::documentLanguage)) };
}

} // namespace

QualityRegistersWindow::QualityRegistersWindow(Workspace& workspace, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_workspace(workspace)
    , m_entries(new RegisterEntryModel(this))
    , m_actions(new ImprovementActionModel(workspace.clock().today(), this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(u"qualityRegistersWindow"_s);
    setWindowTitle(tr("Quality registers — Parcours"));
    resize(980, 560);
    auto* entries = tableFor(m_entries, u"entriesTableView"_s, this);
    auto* actions = tableFor(m_actions, u"actionsTableView"_s, this);
    m_tabs->addTab(entries, tr("&Complaints and incidents"));
    m_tabs->addTab(actions, tr("&Improvement actions"));

    auto* intro = new QLabel(tr("Complaints received, incidents noticed and what was done about them (Qualiopi "
                                "indicator 31); the improvement actions decided from them, from evaluations and "
                                "audits (indicator 32). Double-click a line to edit it."),
        this);
    intro->setWordWrap(true);
    auto* addEntry = new QPushButton(tr("New &complaint or incident…"), this);
    addEntry->setObjectName(u"addEntryPushButton"_s);
    auto* addAction = new QPushButton(tr("New &action…"), this);
    addAction->setObjectName(u"addActionPushButton"_s);
    auto* pdf = new QPushButton(tr("Export as &PDF…"), this);
    pdf->setObjectName(u"exportPdfPushButton"_s);
    auto* csv = new QPushButton(tr("Export as C&SV…"), this);
    csv->setObjectName(u"exportCsvPushButton"_s);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(addEntry);
    buttons->addWidget(addAction);
    buttons->addStretch();
    buttons->addWidget(pdf);
    buttons->addWidget(csv);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    connect(addEntry, &QPushButton::clicked, this, [this] { editEntry(-1); });
    connect(addAction, &QPushButton::clicked, this, [this] { editAction(-1); });
    connect(entries, &QTableView::doubleClicked, this, [this](const QModelIndex& index) { editEntry(index.row()); });
    connect(actions, &QTableView::doubleClicked, this, [this](const QModelIndex& index) { editAction(index.row()); });
    connect(pdf, &QPushButton::clicked, this, &QualityRegistersWindow::exportPdf);
    connect(csv, &QPushButton::clicked, this, &QualityRegistersWindow::exportCsv);
    connect(&m_workspace.events(), &StoreEvents::qualityRegistersChanged, this, &QualityRegistersWindow::reload);
    reload();
}

void QualityRegistersWindow::reload()
{
    QualityService service(m_workspace.repositories(), m_workspace.clock());
    auto entries = service.registerEntries();
    auto actions = service.improvementActions();
    if (!entries || !actions) {
        m_workspace.reportError(!entries ? entries.error().message : actions.error().message);
        return;
    }
    m_entries->setEntries(entries.value());
    m_actions->setActions(actions.value());
}

void QualityRegistersWindow::editEntry(int row)
{
    RegisterEntry entry;
    entry.receivedOn = m_workspace.clock().today();
    if (row >= 0 && row < m_entries->rowCount())
        entry = m_entries->entry(row);
    auto* dialog = new RegisterEntryDialog(
        entry,
        [this](const RegisterEntry& edited) -> Result<void> {
            QualityService service(m_workspace.repositories(), m_workspace.clock());
            if (edited.id == 0) {
                auto id = service.addRegisterEntry(edited);
                return id ? success() : Result<void>(id.error());
            }
            return service.updateRegisterEntry(edited);
        },
        this);
    if (entry.id != 0) {
        const qint64 id = entry.id;
        dialog->setReload([this, id] { return QualityService(m_workspace.repositories(), m_workspace.clock()).registerEntry(id); });
    }
    dialog->setObjectName(u"registerEntryDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void QualityRegistersWindow::editAction(int row)
{
    ImprovementAction action;
    action.raisedOn = m_workspace.clock().today();
    if (row >= 0 && row < m_actions->rowCount())
        action = m_actions->action(row);
    auto* dialog = new ImprovementActionDialog(
        action,
        [this](const ImprovementAction& edited) -> Result<void> {
            QualityService service(m_workspace.repositories(), m_workspace.clock());
            if (edited.id == 0) {
                auto id = service.addImprovementAction(edited);
                return id ? success() : Result<void>(id.error());
            }
            return service.updateImprovementAction(edited);
        },
        this);
    if (action.id != 0) {
        const qint64 id = action.id;
        dialog->setReload([this, id] { return QualityService(m_workspace.repositories(), m_workspace.clock()).improvementAction(id); });
    }
    dialog->setObjectName(u"improvementActionDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void QualityRegistersWindow::exportPdf()
{
    QString path = FileDialog::getSaveFileName(
        this, tr("Export the registers"), tr("quality-registers.pdf"), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        path += u".pdf"_s;
    QualityService service(m_workspace.repositories(), m_workspace.clock());
    auto entries = service.registerEntries();
    auto actions = service.improvementActions();
    Result<void> written = !entries ? Result<void>(entries.error())
        : !actions
        ? Result<void>(actions.error())
        : writeQualityRegisters(documentContext(m_workspace), entries.value(), actions.value(), {}, {}, path);
    if (!written) {
        m_workspace.reportError(tr("The PDF was not saved. %1").arg(written.error().message));
        return;
    }
    m_workspace.reportNotice(tr("Saved: %1").arg(QDir::toNativeSeparators(path)));
}

void QualityRegistersWindow::exportCsv()
{
    const bool actions = m_tabs->currentIndex() == 1;
    QString path = FileDialog::getSaveFileName(this, tr("Export as CSV"),
        actions ? tr("improvement-actions.csv") : tr("complaints-register.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".csv"_s, Qt::CaseInsensitive))
        path += u".csv"_s;
    QualityService service(m_workspace.repositories(), m_workspace.clock());
    const DocumentLanguage language = documentContext(m_workspace).language;
    Result<void> written = success();
    if (actions) {
        auto list = service.improvementActions();
        written = list ? writeBytes(actionsCsv(list.value(), language), path) : Result<void>(list.error());
    } else {
        auto list = service.registerEntries();
        written = list ? writeBytes(registerCsv(list.value(), language), path) : Result<void>(list.error());
    }
    if (!written) {
        m_workspace.reportError(tr("The CSV file was not saved. %1").arg(written.error().message));
        return;
    }
    m_workspace.reportNotice(tr("Saved: %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace parcours
