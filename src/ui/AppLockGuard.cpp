#include <parcours/core/Settings.h>
#include <parcours/storage/PasswordHashing.h>
#include <parcours/ui/AppLockGuard.h>
#include <parcours/ui/LockDialog.h>
#include <parcours/ui/Workspace.h>

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        return true;
    default:
        return false;
    }
}

} // namespace

AppLockGuard::AppLockGuard(Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_lock(workspace.repositories().settings(), passwordHasher(), workspace.clock())
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &AppLockGuard::lockNow);
    connect(&workspace.events(), &StoreEvents::settingsChanged, this, [this](const QString& key) {
        if (key.startsWith(u"lock."_s))
            configure();
    });
    qApp->installEventFilter(this);
    configure();
}

AppLockGuard::~AppLockGuard()
{
    qApp->removeEventFilter(this);
    // No overlay outlives the guard (a restore rebuilds the window and its guard); nothing is read from the
    // settings here: the store may be going too.
    for (const QPointer<QWidget>& overlay : std::as_const(m_overlays))
        delete overlay.data();
    delete m_dialog.data();
}

void AppLockGuard::setIdleInterval(std::chrono::milliseconds interval)
{
    m_testInterval = interval;
    configure();
}

void AppLockGuard::configure()
{
    m_idle.stop();
    if (!m_lock.isEnabled() || isLocked())
        return;
    if (m_testInterval) {
        m_idle.start(*m_testInterval);
        return;
    }
    const int minutes = m_lock.idleMinutes();
    if (minutes > 0)
        m_idle.start(std::chrono::minutes(minutes));
}

bool AppLockGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (isInput(event->type()) && m_idle.isActive())
        m_idle.start(); // restarts the idle count
    if (event->type() == QEvent::Resize) {
        for (const QPointer<QWidget>& overlay : std::as_const(m_overlays)) {
            if (overlay && overlay->parentWidget() == watched)
                overlay->setGeometry(overlay->parentWidget()->rect());
        }
    }
    return QObject::eventFilter(watched, event);
}

void AppLockGuard::cover(QWidget* window)
{
    auto* overlay = new QWidget(window);
    overlay->setObjectName(u"lockOverlay"_s);
    overlay->setAutoFillBackground(true);
    overlay->setFocusPolicy(Qt::StrongFocus);
    auto* layout = new QVBoxLayout(overlay);
    auto* label = new QLabel(LockDialog::tr("Parcours is locked"), overlay);
    label->setAlignment(Qt::AlignCenter);
    layout->addWidget(label);
    overlay->setGeometry(window->rect());
    overlay->show();
    overlay->raise();
    overlay->setFocus();
    m_overlays.append(overlay);
}

void AppLockGuard::lockNow()
{
    if (isLocked() || !m_lock.isEnabled())
        return;
    m_idle.stop();
    const QList<QWidget*> windows = QApplication::topLevelWidgets();
    QWidget* main = nullptr;
    for (QWidget* window : windows) {
        if (!window->isVisible() || window->windowType() == Qt::Popup || window->windowType() == Qt::ToolTip)
            continue;
        if (!main && window->windowType() == Qt::Window)
            main = window;
        cover(window);
    }
    m_dialog = new LockDialog(m_lock, main);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &LockDialog::unlocked, this, &AppLockGuard::unlock);
    m_dialog->show(); // application-modal (open() would block only its own window)
    m_dialog->raise();
    m_dialog->activateWindow();
    Q_EMIT locked();
}

void AppLockGuard::unlock()
{
    for (const QPointer<QWidget>& overlay : std::as_const(m_overlays)) {
        if (overlay)
            overlay->deleteLater();
    }
    const bool wasLocked = isLocked();
    m_overlays.clear();
    if (m_dialog) {
        m_dialog->hide();
        m_dialog->deleteLater();
        m_dialog.clear();
    }
    if (wasLocked) {
        configure();
        Q_EMIT unlocked();
    }
}

} // namespace parcours
