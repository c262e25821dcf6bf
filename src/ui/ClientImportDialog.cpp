#include "ui_ClientImportDialog.h"

#include <parcours/core/ClientImportService.h>
#include <parcours/ui/Colours.h>
#include <parcours/ui/ClientImportDialog.h>
#include <parcours/ui/ImportPreviewModel.h>
#include <parcours/ui/Workspace.h>

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QPushButton>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

QString separatorName(QChar separator)
{
    if (separator == u';')
        return ClientImportDialog::tr("semicolon");
    if (separator == u',')
        return ClientImportDialog::tr("comma");
    return ClientImportDialog::tr("tab");
}

} // namespace

ClientImportDialog::ClientImportDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ClientImportDialog>())
    , m_workspace(workspace)
    , m_preview(new ImportPreviewModel(this))
{
    m_ui->setupUi(this);
    m_importButton = m_ui->buttonBox->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(u"importPushButton"_s);
    m_importButton->setEnabled(false);
    m_ui->previewTableView->setModel(m_preview);
    m_ui->previewTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->previewTableView->horizontalHeader()->setSectionResizeMode(
        ImportPreviewModel::ActionColumn, QHeaderView::Stretch);
    m_ui->mappingTableWidget->setColumnCount(3);
    m_ui->mappingTableWidget->setHorizontalHeaderLabels({ tr("Column"), tr("First value"), tr("Field in Parcours") });
    m_ui->mappingTableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->mappingTableWidget->horizontalHeader()->setStretchLastSection(false);
    m_ui->mappingTableWidget->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->contentSplitter->setSizes({ 280, 370 });
    m_ui->filePathLabel->setText(tr("(none)"));
    m_ui->problemsListWidget->hide();
    connect(m_ui->chooseFilePushButton, &QPushButton::clicked, this, &ClientImportDialog::chooseFile);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ClientImportDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ClientImportDialog::~ClientImportDialog() = default;

void ClientImportDialog::chooseFile()
{
    const QString start
        = m_path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : m_path;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the spreadsheet saved as CSV"), start, tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool ClientImportDialog::loadFile(const QString& path)
{
    m_path = path;
    m_ui->filePathLabel->setText(QDir::toNativeSeparators(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_table = CsvTable {};
        m_table.problem = CsvProblem { 0, 0, {}, tr("Cannot read the file: %1").arg(file.errorString()) };
    } else if (file.size() > kCsvMaxBytes) {
        m_table = CsvTable {};
        m_table.problem = CsvProblem { 0, 0, {},
            tr("The file is too large for an import (%1 MB at most).").arg(kCsvMaxBytes / (1024 * 1024)) };
    } else {
        m_table = parseCsv(file.readAll());
    }
    m_mapping = m_table.records.isEmpty() ? QList<ImportField>() : guessImportMapping(m_table.records.first().fields);
    m_ui->formatLabel->setText(m_table.ok()
            ? tr("Read as %1, separator: %2.").arg(m_table.encoding, separatorName(m_table.separator))
            : QString());
    fillMapping();
    replan();
    return m_table.ok();
}

void ClientImportDialog::fillMapping()
{
    QTableWidget* table = m_ui->mappingTableWidget;
    const QStringList headers = m_table.records.isEmpty() ? QStringList() : m_table.records.first().fields;
    const QStringList first = m_table.records.size() > 1 ? m_table.records[1].fields : QStringList();
    table->setRowCount(int(headers.size()));
    for (int column = 0; column < headers.size(); ++column) {
        table->setItem(column, 0,
            new QTableWidgetItem(headers[column].isEmpty() ? tr("(column %1)").arg(column + 1) : headers[column]));
        table->setItem(column, 1, new QTableWidgetItem(first.value(column).section(u'\n', 0, 0)));
        auto* combo = new QComboBox(table);
        combo->setObjectName(u"fieldComboBox%1"_s.arg(column));
        for (ImportField field : kAllImportFields)
            combo->addItem(importFieldName(field), QVariant::fromValue(int(field)));
        combo->setCurrentIndex(combo->findData(int(m_mapping.value(column))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, column, combo] {
            if (column < m_mapping.size())
                m_mapping[column] = ImportField(combo->currentData().toInt());
            replan();
        });
        table->setCellWidget(column, 2, combo);
    }
}

void ClientImportDialog::setField(int column, ImportField field)
{
    if (auto* combo = qobject_cast<QComboBox*>(m_ui->mappingTableWidget->cellWidget(column, 2)))
        combo->setCurrentIndex(combo->findData(int(field)));
}

QString ClientImportDialog::describe(const CsvProblem& problem)
{
    if (problem.line <= 0)
        return problem.message;
    if (problem.column <= 0)
        return tr("Line %1: %2").arg(problem.line).arg(problem.message);
    const QString column = problem.columnName.isEmpty() ? QString::number(problem.column)
                                                        : tr("%1 (%2)").arg(problem.column).arg(problem.columnName);
    return tr("Line %1, column %2: %3").arg(problem.line).arg(column, problem.message);
}

void ClientImportDialog::replan()
{
    auto planned = ClientImportService(m_workspace.repositories(), m_workspace.clock()).plan(m_table, m_mapping);
    if (!planned) {
        m_plan = ImportPlan {};
        m_plan.problems << CsvProblem { 0, 0, {}, planned.error().message };
    } else {
        m_plan = planned.value();
    }
    m_preview->setPlan(m_plan);
    m_ui->problemsListWidget->clear();
    for (const CsvProblem& problem : std::as_const(m_plan.problems))
        m_ui->problemsListWidget->addItem(describe(problem));
    m_ui->problemsListWidget->setVisible(!m_plan.problems.isEmpty());

    const int creations = m_plan.count(ImportRow::Status::Create);
    const int duplicates = m_plan.count(ImportRow::Status::Duplicate);
    QString summary = tr("%n beneficiary(ies) to create", nullptr, creations);
    if (duplicates > 0)
        summary += tr(", %n duplicate(s) not created", nullptr, duplicates);
    summary += u'.';
    if (!m_plan.ok())
        summary += u' '
            + tr("%n problem(s) to correct first: nothing is imported until then.", nullptr,
                int(m_plan.problems.size()));
    m_ui->summaryLabel->setText(summary);
    m_ui->summaryLabel->setStyleSheet(m_plan.ok() ? QString() : colours::css(colours::error()));
    m_importButton->setEnabled(m_plan.ok() && creations > 0);
}

QString ClientImportDialog::summary() const
{
    return m_ui->summaryLabel->text();
}

QStringList ClientImportDialog::problems() const
{
    QStringList texts;
    for (int row = 0; row < m_ui->problemsListWidget->count(); ++row)
        texts << m_ui->problemsListWidget->item(row)->text();
    return texts;
}

void ClientImportDialog::accept()
{
    if (!m_importButton->isEnabled())
        return;
    auto imported = ClientImportService(m_workspace.repositories(), m_workspace.clock()).import(m_table, m_mapping);
    if (!imported) {
        replan();
        m_ui->summaryLabel->setText(imported.error().message);
        m_ui->summaryLabel->setStyleSheet(colours::css(colours::error()));
        return;
    }
    const int duplicates = imported->plan.count(ImportRow::Status::Duplicate);
    QString notice = tr("%n beneficiary(ies) imported", nullptr, int(imported->created.size()));
    if (duplicates > 0)
        notice += tr(", %n duplicate(s) left out", nullptr, duplicates);
    m_workspace.reportNotice(notice + u'.');
    QDialog::accept();
}

} // namespace parcours
