#pragma once

#include <QTextBlockFormat>
#include <QTextCharFormat>

#include <parcours/core/RichText.h>

class QTextCursor;
class QTextDocument;

namespace parcours {

/** How the blocks of a RichText look once in a QTextDocument (the PDF's style, the editor's). */
struct RichTextStyle {
    QTextCharFormat text;
    QTextCharFormat heading;
    QTextCharFormat subheading;
    QTextBlockFormat paragraph;
    QTextBlockFormat headingBlock;
    QTextBlockFormat subheadingBlock;
    QTextBlockFormat listItem;

    /// The editor's look: the widget's font, headings larger and bold.
    static RichTextStyle editor();
};

/**
 * The meeting point of RichText and QTextDocument. Text goes in through QTextCursor::insertText only (never
 * insertHtml), so whatever a span holds prints as typed; text comes out of a document (the editor, an HTML file)
 * reduced to the allowed formatting, everything else dropped.
 */
namespace richtext {

/// Inserts the blocks at the cursor; the first block reuses the cursor's block when `reuseFirstBlock` is set.
void insert(QTextCursor& cursor, const RichText& text, const RichTextStyle& style, bool reuseFirstBlock);
/// The allowed formatting of a whole document: headings (by heading level), bullet and numbered lists (with their
/// depth), bold and italic. Tables flatten to paragraphs; images, links, colours, fonts and styles are dropped.
RichText fromDocument(const QTextDocument& document);
/// The same for the part of a document between two positions (a pasted or selected fragment).
RichText fromRange(const QTextDocument& document, int from, int to);
/// Reads HTML (an .html file, a paste) in a document that loads nothing from outside, then keeps what is allowed.
RichText fromHtml(const QString& html);

} // namespace richtext
} // namespace parcours
