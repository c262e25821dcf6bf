#include "ui_BackupsDialog.h"

#include <parcours/ui/Format.h>
#include <parcours/ui/Colours.h>
#include <parcours/ui/BackupListModel.h>
#include <parcours/ui/BackupsDialog.h>
#include <parcours/storage/EncryptedFile.h>
#include <parcours/ui/Confirmation.h>
#include <parcours/ui/FileDialog.h>
#include <parcours/ui/Format.h>
#include <parcours/ui/PassphraseDialog.h>

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace parcours {

BackupsDialog::BackupsDialog(Backups backups, BackUpNow backUpNow, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BackupsDialog>())
    , m_backups(std::move(backups))
    , m_backUpNow(std::move(backUpNow))
    , m_model(new BackupListModel(this))
{
    m_ui->setupUi(this);
    m_ui->backupsTableView->setModel(m_model);
    m_ui->backupsTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->folderLabel->setText(tr("Folder: %1").arg(format::homePath(QDir::toNativeSeparators(m_backups.folder()))));
    m_ui->folderLabel->setToolTip(QDir::toNativeSeparators(m_backups.folder()));
    connect(m_ui->backupNowPushButton, &QPushButton::clicked, this, &BackupsDialog::backUpNow);
    connect(m_ui->restorePushButton, &QPushButton::clicked, this, &BackupsDialog::restoreSelected);
    connect(m_ui->restoreFilePushButton, &QPushButton::clicked, this, &BackupsDialog::restoreFile);
    connect(m_ui->exportEncryptedPushButton, &QPushButton::clicked, this, &BackupsDialog::exportEncrypted);
    m_ui->exportEncryptedPushButton->setEnabled(false);
    connect(m_ui->openFolderPushButton, &QPushButton::clicked, this,
        [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_backups.folder())); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->backupsTableView, &QAbstractItemView::doubleClicked, this, &BackupsDialog::restoreSelected);
    refresh();
}

BackupsDialog::~BackupsDialog() = default;

void BackupsDialog::refresh()
{
    auto listed = m_backups.list();
    if (!listed) {
        showMessage(listed.error().message, true);
        m_model->setBackups({});
    } else {
        m_model->setBackups(listed.value());
        if (listed->isEmpty())
            showMessage(tr("No backup yet."), false);
    }
    if (m_model->rowCount() > 0)
        m_ui->backupsTableView->selectRow(0);
    m_ui->openFolderPushButton->setEnabled(QDir(m_backups.folder()).exists());
    connect(m_ui->backupsTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &BackupsDialog::updateButtons, Qt::UniqueConnection);
    updateButtons();
}

QString BackupsDialog::message() const
{
    return m_ui->messageLabel->text();
}

void BackupsDialog::updateButtons()
{
    const QModelIndexList rows = m_ui->backupsTableView->selectionModel()->selectedRows();
    const BackupInfo* backup = rows.isEmpty() ? nullptr : m_model->backupAt(rows.first());
    m_ui->restorePushButton->setEnabled(backup && backup->usable());
}

void BackupsDialog::showMessage(const QString& text, bool error)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setStyleSheet(error ? colours::css(colours::error()) : QString());
}

void BackupsDialog::backUpNow()
{
    auto made = m_backUpNow();
    if (!made) {
        showMessage(made.error().message, true);
        return;
    }
    refresh();
    m_ui->backupsTableView->selectRow(std::max(0, m_model->rowOf(made->path)));
    showMessage(
        tr("Backup made: %n beneficiary(ies), %1, checked.", nullptr, made->clients).arg(format::bilanCount(made->bilans)), false);
}

void BackupsDialog::restoreSelected()
{
    const QModelIndexList rows = m_ui->backupsTableView->selectionModel()->selectedRows();
    const BackupInfo* backup = rows.isEmpty() ? nullptr : m_model->backupAt(rows.first());
    if (backup && backup->usable())
        requestRestore(backup->path);
}

void BackupsDialog::setExportEncrypted(ExportEncrypted exportEncrypted)
{
    m_exportEncrypted = std::move(exportEncrypted);
    m_ui->exportEncryptedPushButton->setEnabled(bool(m_exportEncrypted));
}

void BackupsDialog::restoreFile()
{
    const QString file = FileDialog::getOpenFileName(
        this, tr("Restore a backup"), tr("Parcours backups (*.sqlite *.parcours);;All files (*)"));
    if (file.isEmpty())
        return;
    QString passphrase;
    if (EncryptedFile::isEncrypted(file)) {
        auto typed = PassphraseDialog::ask(this, PassphraseDialog::Mode::Enter,
            tr("%1 is encrypted. Type the passphrase it was made with.").arg(QFileInfo(file).fileName()));
        if (!typed)
            return;
        passphrase = *typed;
    }
    requestRestore(file, passphrase);
}

void BackupsDialog::exportEncrypted()
{
    if (!m_exportEncrypted)
        return;
    const QString file = FileDialog::getSaveFileName(this, tr("Encrypted copy"),
        tr("parcours-backup.parcours"), tr("Encrypted Parcours backups (*.parcours)"));
    if (file.isEmpty())
        return;
    auto passphrase = PassphraseDialog::ask(this, PassphraseDialog::Mode::Choose,
        tr("Choose a passphrase for this copy. Without it, nobody (you included) can ever read the copy again: keep it "
           "somewhere safe."));
    if (!passphrase)
        return;
    auto made = m_exportEncrypted(file, *passphrase);
    if (!made) {
        showMessage(made.error().message, true);
        return;
    }
    showMessage(tr("Encrypted copy written to %1: %n beneficiary(ies), %2.", nullptr, made->clients)
                    .arg(QDir::toNativeSeparators(file))
                    .arg(format::bilanCount(made->bilans)),
        false);
}

void BackupsDialog::requestRestore(const QString& path, const QString& passphrase)
{
    const int row = m_model->rowOf(path);
    const BackupInfo* backup = row >= 0 ? m_model->backupAt(m_model->index(row, 0)) : nullptr;
    const QString what = backup ? tr("the backup of %1 (%n beneficiary(ies))", nullptr, backup->clients)
                                      .arg(QLocale().toString(backup->createdAt, QLocale::ShortFormat))
                                : QDir::toNativeSeparators(path);
    const bool confirmed = Confirmation::ask(this, tr("Restore a backup"),
        tr("Replace your current data by %1?\n\nYour current data are backed up first, so this can be undone by "
           "restoring that backup.")
            .arg(what),
        tr("Restore"));
    if (!confirmed)
        return;
    accept();
    Q_EMIT restoreRequested(path, passphrase);
}

} // namespace parcours
