#pragma once

#include <parcours/core/Result.h>
#include <parcours/storage/Backups.h>

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class RecoveryDialog;
}

namespace parcours {

class BackupListModel;

/**
 * The screen shown when the database cannot be opened: what is wrong, in words, and — for a damaged or
 * unreadable SQLite file — its backups with the latest good one chosen, to restore in one click (the damaged
 * file is kept aside, never deleted). Never a crash, never a silent empty database.
 */
class RecoveryDialog : public QDialog {
    Q_OBJECT
public:
    using Restore = std::function<Result<RestoreOutcome>(const QString& path)>;

    /// `backups` is empty when restoring cannot help (PostgreSQL, a newer Parcours, a read-only folder…).
    RecoveryDialog(const Error& problem, std::optional<Backups> backups, Restore restore, QWidget* parent = nullptr);
    ~RecoveryDialog() override;

    BackupListModel* model() const { return m_model; }
    /// The backup chosen now (the latest good one when the screen opens), empty when none.
    QString selectedBackup() const;
    QString message() const;
    /// What the restore did, once one succeeded (the dialog is then accepted).
    const std::optional<RestoreOutcome>& outcome() const { return m_outcome; }
    /// Restores `path`; on success the dialog is accepted, otherwise it says why and stays open.
    void restoreFrom(const QString& path);

private:
    void describe(const Error& problem);

    std::unique_ptr<Ui::RecoveryDialog> m_ui;
    std::optional<Backups> m_backups;
    Restore m_restore;
    BackupListModel* m_model;
    std::optional<RestoreOutcome> m_outcome;
};

} // namespace parcours
