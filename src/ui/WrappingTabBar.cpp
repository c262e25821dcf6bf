#include <parcours/ui/WrappingTabBar.h>

#include <QAbstractButton>
#include <QButtonGroup>
#include <QLayout>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

/// Lays its items left to right, and on as many rows as the width needs.
class FlowLayout final : public QLayout {
public:
    explicit FlowLayout(QWidget* parent)
        : QLayout(parent)
    {
        setContentsMargins(0, 0, 0, 0);
        setSpacing(2);
    }
    ~FlowLayout() override
    {
        while (QLayoutItem* item = takeAt(0))
            delete item;
    }
    void addItem(QLayoutItem* item) override { m_items.append(item); }
    int count() const override { return static_cast<int>(m_items.size()); }
    QLayoutItem* itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem* takeAt(int index) override
    {
        return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
    }
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    void setGeometry(const QRect& rect) override
    {
        QLayout::setGeometry(rect);
        arrange(rect, true);
    }
    QSize sizeHint() const override
    {
        // One row: the width that needs no wrapping.
        int width = 0;
        int height = 0;
        for (QLayoutItem* item : m_items) {
            width += item->sizeHint().width() + (width > 0 ? spacing() : 0);
            height = std::max(height, item->sizeHint().height());
        }
        return { width, height };
    }
    QSize minimumSize() const override
    {
        // The widest button: narrower, every button goes on a row of its own.
        QSize size;
        for (QLayoutItem* item : m_items)
            size = size.expandedTo(item->minimumSize());
        return size;
    }

private:
    int arrange(const QRect& rect, bool place) const
    {
        int x = rect.x();
        int y = rect.y();
        int rowHeight = 0;
        for (QLayoutItem* item : m_items) {
            const QSize hint = item->sizeHint();
            if (x > rect.x() && x + hint.width() > rect.right() + 1) {
                x = rect.x();
                y += rowHeight + spacing();
                rowHeight = 0;
            }
            if (place)
                item->setGeometry(QRect(QPoint(x, y), hint));
            x += hint.width() + spacing();
            rowHeight = std::max(rowHeight, hint.height());
        }
        return y + rowHeight - rect.y();
    }

    QList<QLayoutItem*> m_items;
};

} // namespace

WrappingTabBar::WrappingTabBar(QTabWidget* tabs, QWidget* parent)
    : QWidget(parent)
    , m_tabs(tabs)
    , m_group(new QButtonGroup(this))
{
    auto* layout = new FlowLayout(this);
    for (int i = 0; i < tabs->count(); ++i) {
        auto* button = new QToolButton(this);
        button->setObjectName(u"tab%1ToolButton"_s.arg(i));
        button->setText(tabs->tabText(i));
        button->setToolTip(tabs->tabToolTip(i));
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::StrongFocus);
        m_group->addButton(button, i);
        layout->addWidget(button);
    }
    tabs->tabBar()->hide();
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    if (QAbstractButton* current = m_group->button(tabs->currentIndex()))
        current->setChecked(true);
    connect(m_group, &QButtonGroup::idClicked, tabs, &QTabWidget::setCurrentIndex);
    connect(tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (QAbstractButton* button = m_group->button(index))
            button->setChecked(true);
    });
}

QList<QToolButton*> WrappingTabBar::buttons() const
{
    QList<QToolButton*> buttons;
    for (QAbstractButton* button : m_group->buttons())
        buttons << static_cast<QToolButton*>(button);
    return buttons;
}

} // namespace parcours
