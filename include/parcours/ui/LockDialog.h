#pragma once

#include <QDialog>
#include <QTimer>

#include <memory>

namespace Ui {
class LockDialog;
}

namespace parcours {

class AppLock;

/**
 * « Parcours est verrouillé »: asks the lock password, says why a password was refused and how long to wait
 * before the next attempt. It cannot be closed or escaped: only the right password ends it (`unlocked`).
 */
class LockDialog : public QDialog {
    Q_OBJECT
public:
    LockDialog(AppLock& lock, QWidget* parent = nullptr);
    ~LockDialog() override;

    /// Shows the wait still to run (called every second, and by tests that move the clock).
    void refresh();

    void reject() override { } // Escape and the close button do not unlock

Q_SIGNALS:
    void unlocked();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void tryUnlock();

    std::unique_ptr<Ui::LockDialog> m_ui;
    AppLock& m_lock;
    QTimer m_tick;
    QString m_refusal; ///< why the last password was refused
};

} // namespace parcours
