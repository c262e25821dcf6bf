#include <parcours/ui/FocusStyle.h>

#include <QAbstractScrollArea>
#include <QApplication>
#include <QPainter>
#include <QProxyStyle>
#include <QStyleOption>

namespace parcours {
namespace {

/// The platform style, and a frame of the highlight colour around the scroll area (list, table, text) that has
/// the focus, the way Fusion marks a line edit's.
class VisibleFocusStyle : public QProxyStyle {
public:
    using QProxyStyle::QProxyStyle;

    void drawControl(
        ControlElement element, const QStyleOption* option, QPainter* painter, const QWidget* widget) const override
    {
        QProxyStyle::drawControl(element, option, painter, widget);
        if (element != CE_ShapedFrame || !(option->state & State_HasFocus)
            || !qobject_cast<const QAbstractScrollArea*>(widget))
            return;
        const auto* frame = qstyleoption_cast<const QStyleOptionFrame*>(option);
        if (!frame || frame->frameShape == QFrame::NoFrame)
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(QPen(option->palette.color(QPalette::Highlight), 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
        painter->restore();
    }
};

} // namespace

void useVisibleFocus()
{
    if (!qobject_cast<QApplication*>(QCoreApplication::instance()))
        return;
    if (dynamic_cast<VisibleFocusStyle*>(QApplication::style()))
        return;
    // Wraps the style in use (the platform's, or the one asked with -style), by name: the proxy owns its base.
    QApplication::setStyle(new VisibleFocusStyle(QApplication::style()->name()));
}

} // namespace parcours
