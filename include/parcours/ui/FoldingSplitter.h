#pragma once

#include <QSplitter>

namespace parcours {

/**
 * A horizontal splitter whose last pane (the side column) folds away when the others would otherwise be squeezed
 * below their minimum: on a laptop at 200 % (960 logical pixels) the beneficiary list and the bilan keep their
 * room, and the side column comes back on its own when the window is widened again, or when the consultant asks
 * for it (View > Side column) or drags its handle. The splitter's minimum width leaves the foldable pane out, so
 * the window can be made as narrow as the list and the bilan allow.
 */
class FoldingSplitter : public QSplitter {
    Q_OBJECT
public:
    explicit FoldingSplitter(QWidget* parent = nullptr);

    /// The pane that folds (the last one added, when set).
    void setFoldingPane(QWidget* pane);
    /// True when the folding pane is shown but given no room.
    bool isFolded() const;
    /// Folded because the window was too narrow, not by the consultant: not a layout to keep for next time.
    bool isFoldedForRoom() const { return m_foldedForRoom && isFolded(); }
    /// Folds or unfolds the pane by hand; an unfolding that does not fit widens nothing, the pane takes its
    /// minimum from the bilan.
    void setFolded(bool folded);

    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void foldedChanged(bool folded);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    int widthOthersNeed() const;
    int widthPaneNeeds() const;
    void noteFolded();

    QWidget* m_pane = nullptr;
    bool m_foldedForRoom = false; ///< folded because the window was too narrow: unfold when there is room again
    bool m_lastFolded = false;
};

} // namespace parcours
