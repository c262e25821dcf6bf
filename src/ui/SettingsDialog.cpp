#include "ui_SettingsDialog.h"

#include <parcours/core/Settings.h>
#include <parcours/ui/Colours.h>
#include <parcours/ui/LetterheadSettingsPage.h>
#include <parcours/ui/LockSettingsPage.h>
#include <parcours/storage/Backups.h>
#include <parcours/ui/SettingsDialog.h>
#include <parcours/ui/SettingsPages.h>
#include <parcours/ui/TemplatesSettingsPage.h>
#include <parcours/ui/Workspace.h>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

/// The backups folder of the open database; empty when it has none (PostgreSQL).
QString backupFolder(Workspace& workspace)
{
    auto location = DatabaseLocation::parse(workspace.databaseDescription());
    if (!location || location->isPostgres())
        return {};
    auto backups = Backups::of(location.value());
    return backups ? backups->folder() : QString();
}

} // namespace

SettingsDialog::SettingsDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_workspace(workspace)
{
    m_ui->setupUi(this);
    m_ui->formErrorLabel->setStyleSheet(colours::css(colours::error()));
    m_ui->formErrorLabel->hide();
    setWindowTitle(tr("Settings"));
    connect(m_ui->pageListWidget, &QListWidget::currentRowChanged, m_ui->pageStackedWidget,
            &QStackedWidget::setCurrentIndex);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    addPage(new LetterheadSettingsPage(this));
    addPage(new WorkingHoursSettingsPage(workspace, this));
    addPage(new SessionDefaultsSettingsPage(this));
    addPage(new BackupSettingsPage(backupFolder(workspace), this));
    addPage(new LockSettingsPage(workspace, this));
    addPage(new TemplatesSettingsPage(workspace, this));
    addPage(new AppearanceSettingsPage(this));
    m_ui->pageListWidget->setCurrentRow(0);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::addPage(SettingsPage* page)
{
    m_pages.append(page);
    m_ui->pageStackedWidget->addWidget(page);
    m_ui->pageListWidget->addItem(page->title());
    page->load(m_workspace.settings());
}

SettingsPage* SettingsDialog::page(int index) const
{
    return m_pages.value(index);
}

int SettingsDialog::pageCount() const
{
    return static_cast<int>(m_pages.size());
}

void SettingsDialog::accept()
{
    m_ui->formErrorLabel->hide();
    for (int i = 0; i < m_pages.size(); ++i) {
        if (!m_pages.at(i)->check()) {
            m_ui->pageListWidget->setCurrentRow(i);
            return;
        }
    }
    SettingsPage* failed = nullptr;
    auto saved = m_workspace.repositories().transact([&]() -> Result<void> {
        Settings settings = m_workspace.settings();
        for (SettingsPage* page : std::as_const(m_pages)) {
            if (auto done = page->save(settings); !done) {
                failed = page;
                return done;
            }
        }
        return success();
    });
    if (!saved) {
        if (failed) {
            m_ui->pageListWidget->setCurrentRow(static_cast<int>(m_pages.indexOf(failed)));
            failed->showError(saved.error());
        } else {
            m_ui->formErrorLabel->setText(saved.error().message);
            m_ui->formErrorLabel->show();
        }
        return;
    }
    QDialog::accept();
}

} // namespace parcours
