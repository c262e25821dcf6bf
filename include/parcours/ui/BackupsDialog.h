#pragma once

#include <parcours/core/Result.h>
#include <parcours/storage/Backups.h>

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class BackupsDialog;
}

namespace parcours {

class BackupListModel;

/**
 * The backups of the open database: what each holds, "Back up now", and a restore (confirmed first; the
 * window asks the application to close the database, restore and reopen).
 */
class BackupsDialog : public QDialog {
    Q_OBJECT
public:
    using BackUpNow = std::function<Result<BackupInfo>()>;
    /// Writes an encrypted backup to a file (Backups::writeEncryptedTo on the open store).
    using ExportEncrypted = std::function<Result<BackupInfo>(const QString& file, const QString& passphrase)>;

    BackupsDialog(Backups backups, BackUpNow backUpNow, QWidget* parent = nullptr);
    ~BackupsDialog() override;

    BackupListModel* model() const { return m_model; }
    /// Lists the backups again.
    void refresh();
    /// The message under the list (result of the last action).
    QString message() const;
    /// Asks to restore the backup at `path` (an encrypted one with its `passphrase`), after confirmation; the dialog
    /// closes when it is confirmed.
    void requestRestore(const QString& path, const QString& passphrase = {});
    /// Enables "Encrypted copy…" (the window gives the open store).
    void setExportEncrypted(ExportEncrypted exportEncrypted);
    /// "Restore from a file…": the file chosen, its passphrase asked when it is encrypted.
    void restoreFile();
    /// "Encrypted copy…": a file name, a new passphrase typed twice, then the sealed backup.
    void exportEncrypted();

Q_SIGNALS:
    void restoreRequested(const QString& path, const QString& passphrase);

private:
    void backUpNow();
    void restoreSelected();
    void showMessage(const QString& text, bool error);
    void updateButtons();

    std::unique_ptr<Ui::BackupsDialog> m_ui;
    Backups m_backups;
    BackUpNow m_backUpNow;
    ExportEncrypted m_exportEncrypted;
    BackupListModel* m_model;
};

} // namespace parcours
