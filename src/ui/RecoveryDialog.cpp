#include "ui_RecoveryDialog.h"

#include <parcours/ui/Format.h>
#include <parcours/ui/Colours.h>
#include <parcours/ui/BackupListModel.h>
#include <parcours/ui/RecoveryDialog.h>

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace parcours {

RecoveryDialog::RecoveryDialog(const Error& problem, std::optional<Backups> backups, Restore restore, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RecoveryDialog>())
    , m_backups(std::move(backups))
    , m_restore(std::move(restore))
    , m_model(new BackupListModel(this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Parcours: your data"));
    m_ui->backupsTableView->setModel(m_model);
    m_ui->backupsTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_ui->quitPushButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->restorePushButton, &QPushButton::clicked, this, [this] {
        if (const QString path = selectedBackup(); !path.isEmpty())
            restoreFrom(path);
    });
    connect(m_ui->chooseFilePushButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Restore a backup"),
            m_backups ? m_backups->folder() : QDir::homePath(), tr("Parcours backups (*.sqlite);;All files (*)"));
        if (!file.isEmpty())
            restoreFrom(file);
    });
    describe(problem);
}

RecoveryDialog::~RecoveryDialog() = default;

void RecoveryDialog::describe(const Error& problem)
{
    const bool damaged = problem.code == ErrorCode::Damaged || problem.code == ErrorCode::NotADatabase;
    m_ui->titleLabel->setText(damaged ? tr("Your database cannot be read") : tr("Parcours cannot open your database"));
    m_ui->problemLabel->setText(problem.message);
    const bool canRestore = m_backups.has_value();
    m_ui->backupsTableView->setVisible(canRestore);
    m_ui->restorePushButton->setVisible(canRestore);
    m_ui->chooseFilePushButton->setVisible(canRestore);
    if (!canRestore) {
        m_ui->adviceLabel->hide();
        return;
    }
    m_model->setBackups(m_backups->list().valueOr({}));
    const std::optional<BackupInfo> latest = m_backups->latestGood();
    if (!latest) {
        m_ui->adviceLabel->setText(tr("No usable backup of this database was found in %1. If you keep a copy elsewhere "
                                      "(an external drive, another computer), choose it with \"Choose a file…\".")
                                       .arg(QDir::toNativeSeparators(m_backups->folder())));
        m_ui->restorePushButton->setEnabled(false);
        return;
    }
    m_ui->adviceLabel->setText(
        tr("The latest good backup is from %1 (%n beneficiary(ies), %2). Restoring it puts it in place of "
           "the damaged file, which is kept in the backups folder, never deleted.",
            nullptr, latest->clients)
            .arg(QLocale().toString(latest->createdAt, QLocale::ShortFormat))
            .arg(format::bilanCount(latest->bilans)));
    m_ui->backupsTableView->selectRow(m_model->rowOf(latest->path));
}

QString RecoveryDialog::selectedBackup() const
{
    if (!m_ui->backupsTableView->selectionModel())
        return {};
    const QModelIndexList rows = m_ui->backupsTableView->selectionModel()->selectedRows();
    const BackupInfo* backup = rows.isEmpty() ? nullptr : m_model->backupAt(rows.first());
    return backup && backup->usable() ? backup->path : QString();
}

QString RecoveryDialog::message() const
{
    return m_ui->messageLabel->text();
}

void RecoveryDialog::restoreFrom(const QString& path)
{
    auto restored = m_restore(path);
    if (!restored) {
        m_ui->messageLabel->setText(restored.error().message);
        m_ui->messageLabel->setStyleSheet(colours::css(colours::error()));
        return;
    }
    m_outcome = restored.value();
    accept();
}

} // namespace parcours
