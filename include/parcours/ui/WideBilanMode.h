#pragma once

// « Bilan sur toute la largeur » (View menu, F8): the list of beneficiaries hidden and the side column folded, so that
// the bilan, and the synthèse being written in it, has the window's whole width; the same key brings both back.
#include <QList>
#include <QObject>

class QAction;
class QWidget;

namespace parcours {

class FoldingSplitter;

class WideBilanMode : public QObject {
    Q_OBJECT
public:
    /// `list` is hidden and `splitter`'s folding pane folded while the mode is on.
    WideBilanMode(QWidget* list, FoldingSplitter* splitter, QObject* parent);

    QAction* action() const { return m_action; }
    bool isOn() const;
    /// Back to the list and the side column as they were (before the layout is saved, or to search the list).
    void leave();

private:
    void enter();

    QWidget* m_list;
    FoldingSplitter* m_splitter;
    QAction* m_action;
    bool m_sideWasFolded = false;
    QList<int> m_sizes; ///< the splitter's, when the mode began
};

} // namespace parcours
