#pragma once

#include <QWidget>

class QButtonGroup;
class QTabWidget;
class QToolButton;

namespace parcours {

/**
 * The tabs of a QTabWidget as a row of buttons that wraps onto a second row when the row is too narrow, in place of
 * the tab widget's own bar (hidden): no tab ever hides behind scroll arrows or is cut (the Investigation tab's
 * eight parts in a bilan as narrow as the guide's window leaves it). One button is checked, the tab shown; a click
 * or the space bar on a button shows its tab. Buttons follow the tabs present when it is made.
 */
class WrappingTabBar : public QWidget {
    Q_OBJECT
public:
    explicit WrappingTabBar(QTabWidget* tabs, QWidget* parent = nullptr);

    /// One button a tab, in the tabs' order.
    QList<QToolButton*> buttons() const;

private:
    QTabWidget* m_tabs;
    QButtonGroup* m_group;
};

} // namespace parcours
