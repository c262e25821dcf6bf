#pragma once

#include <QTextEdit>

#include <parcours/core/RichText.h>

namespace parcours {

/**
 * The editor of one synthèse section: the formatting a section allows (bold, italic, headings, bullet and numbered
 * lists) and nothing else. Whatever is pasted or dropped goes through the same reduction as an HTML file, and the
 * editor loads no resource, so no picture, link or style can get in.
 */
class RichTextEdit : public QTextEdit {
    Q_OBJECT
public:
    explicit RichTextEdit(QWidget* parent = nullptr);

    /// Shows a section's text; not an edit (no textEdited signal).
    void setRichText(const RichText& text);
    RichText richText() const;
    /// Inserts blocks at the cursor, as one undoable edit of the text.
    void insertRichText(const RichText& text);

    void toggleBold();
    void toggleItalic();
    /// The current block(s) become paragraphs, headings, subheadings, or items of a bullet or numbered list.
    void setBlockType(RichBlockType type);
    /// A list item one level deeper (or shallower): 1 to kMaxListLevel.
    void changeListLevel(int delta);
    /// What the cursor's block is, for the toolbar's checked state.
    RichBlockType currentBlockType() const;

Q_SIGNALS:
    /// The consultant changed the text (typing, pasting, formatting), as opposed to setRichText.
    void textEdited();

protected:
    bool canInsertFromMimeData(const QMimeData* source) const override;
    void insertFromMimeData(const QMimeData* source) override;
    QVariant loadResource(int type, const QUrl& name) override;

private:
    void applyBlockType(QTextCursor& cursor, RichBlockType type, int level);
    bool m_loading = false;
};

} // namespace parcours
