#include <parcours/ui/ScreenFit.h>

#include <QEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace parcours {
namespace {

/// Room left for the window manager's frame and title bar.
constexpr QSize kFrame(16, 48);

/// On the first show of a window, brings a size larger than the screen back within it.
class ScreenFitFilter : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show && watched->isWidgetType()) {
            auto* widget = static_cast<QWidget*>(watched);
            if (widget->isWindow() && widget->windowType() != Qt::Popup && widget->windowType() != Qt::ToolTip
                && !widget->isMaximized() && !widget->isFullScreen()) {
                const QScreen* screen = widget->screen();
                const QSize room = screen ? screen->availableGeometry().size() - kFrame : QSize();
                if (screen && (widget->width() > room.width() || widget->height() > room.height()))
                    fitToScreen(widget, widget->size());
            }
        }
        return false;
    }
};

} // namespace

QSize fittedSize(QSize preferred, QSize minimum, const QRect& available)
{
    return preferred.boundedTo(available.size() - kFrame).expandedTo(minimum);
}

void fitToScreen(QWidget* window, QSize preferred)
{
    QScreen* screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen) {
        window->resize(preferred);
        return;
    }
    const QRect available = screen->availableGeometry();
    window->resize(fittedSize(preferred, window->minimumSizeHint().expandedTo(window->minimumSize()), available));
    // Keep the title bar on the screen (a geometry saved on a larger screen may put it outside).
    QRect frame = window->frameGeometry();
    if (!available.contains(frame.topLeft()) || frame.right() > available.right()
        || frame.bottom() > available.bottom()) {
        frame.moveTopLeft(available.topLeft());
        window->move(frame.topLeft());
    }
}

void fitWindowsToScreen(QObject* application)
{
    application->installEventFilter(new ScreenFitFilter(application));
}

} // namespace parcours
