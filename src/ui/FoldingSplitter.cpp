#include <parcours/ui/FoldingSplitter.h>

#include <QResizeEvent>

#include <algorithm>

namespace parcours {

FoldingSplitter::FoldingSplitter(QWidget* parent)
    : QSplitter(Qt::Horizontal, parent)
{
    setChildrenCollapsible(false);
    connect(this, &QSplitter::splitterMoved, this, [this] {
        // The consultant dragged the handle: what they chose stays, however wide the window becomes.
        m_foldedForRoom = false;
        noteFolded();
    });
}

void FoldingSplitter::setFoldingPane(QWidget* pane)
{
    m_pane = pane;
    const int index = indexOf(pane);
    if (index >= 0)
        setCollapsible(index, true);
}

bool FoldingSplitter::isFolded() const
{
    const int index = m_pane ? indexOf(m_pane) : -1;
    return index >= 0 && !m_pane->isHidden() && sizes().value(index) == 0;
}

void FoldingSplitter::setFolded(bool folded)
{
    const int index = m_pane ? indexOf(m_pane) : -1;
    if (index < 0 || m_pane->isHidden())
        return;
    m_foldedForRoom = false;
    QList<int> widths = sizes();
    if (folded) {
        widths[index - 1] += widths[index];
        widths[index] = 0;
    } else if (widths[index] == 0) {
        // The pane's room is taken from the bilan (the pane before it), which scrolls rather than overflow.
        const int room = widthPaneNeeds() + handleWidth();
        widths[index] = room;
        widths[index - 1] = std::max(0, widths[index - 1] - room);
    }
    setSizes(widths);
    noteFolded();
}

QSize FoldingSplitter::minimumSizeHint() const
{
    QSize hint = QSplitter::minimumSizeHint();
    if (m_pane && !m_pane->isHidden())
        hint.setWidth(widthOthersNeed());
    return hint;
}

int FoldingSplitter::widthOthersNeed() const
{
    int width = 0;
    for (int i = 0; i < count(); ++i) {
        QWidget* pane = widget(i);
        if (pane == m_pane || pane->isHidden())
            continue;
        width += pane->minimumSizeHint().expandedTo(pane->minimumSize()).width() + handleWidth();
    }
    return width;
}

int FoldingSplitter::widthPaneNeeds() const
{
    return m_pane ? m_pane->minimumSizeHint().expandedTo(m_pane->minimumSize()).width() : 0;
}

void FoldingSplitter::resizeEvent(QResizeEvent* event)
{
    QSplitter::resizeEvent(event);
    const int index = m_pane ? indexOf(m_pane) : -1;
    if (index < 0 || m_pane->isHidden())
        return;
    const int all = widthOthersNeed() + widthPaneNeeds() + handleWidth();
    QList<int> widths = sizes();
    if (width() < all && widths[index] > 0) {
        widths[index - 1] += widths[index];
        widths[index] = 0;
        setSizes(widths);
        m_foldedForRoom = true;
    } else if (width() >= all + widthPaneNeeds() / 2 && widths[index] == 0 && m_foldedForRoom) {
        const int room = widthPaneNeeds() + handleWidth();
        widths[index] = room;
        widths[index - 1] = std::max(0, widths[index - 1] - room);
        setSizes(widths);
        m_foldedForRoom = false;
    }
    noteFolded();
}

void FoldingSplitter::noteFolded()
{
    if (const bool folded = isFolded(); folded != m_lastFolded) {
        m_lastFolded = folded;
        Q_EMIT foldedChanged(folded);
    }
}

} // namespace parcours
