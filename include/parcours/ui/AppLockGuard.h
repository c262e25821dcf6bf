#pragma once

#include <parcours/core/AppLock.h>
#include <parcours/ui/LockDialog.h>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>

class QWidget;

namespace parcours {

class Workspace;

/**
 * Locks Parcours when asked, at start and after the idle minutes of the settings, when a lock password is set:
 * every window's content is covered and the LockDialog asks the password. Idle time is measured by an application
 * event filter that restarts a timer on every key, click, wheel or pointer move.
 */
class AppLockGuard : public QObject {
    Q_OBJECT
public:
    explicit AppLockGuard(Workspace& workspace, QObject* parent = nullptr);
    ~AppLockGuard() override;

    AppLock& appLock() { return m_lock; }
    bool isLocked() const { return !m_dialog.isNull(); }
    LockDialog* lockDialog() const { return m_dialog; }

    /// Locks now, when a password is set (else nothing happens).
    void lockNow();
    /// Tests: an idle time shorter than a minute.
    void setIdleInterval(std::chrono::milliseconds interval);

Q_SIGNALS:
    void locked();
    void unlocked();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void configure();
    void cover(QWidget* window);
    void unlock();

    Workspace& m_workspace;
    AppLock m_lock;
    QTimer m_idle;
    std::optional<std::chrono::milliseconds> m_testInterval;
    QPointer<LockDialog> m_dialog;
    QList<QPointer<QWidget>> m_overlays;
};

} // namespace parcours
