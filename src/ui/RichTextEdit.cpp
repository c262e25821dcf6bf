#include <parcours/reports/RichTextDocument.h>
#include <parcours/ui/RichTextEdit.h>

#include <QMimeData>
#include <QTextBlock>
#include <QTextList>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

QTextListFormat::Style listStyle(RichBlockType type, int level)
{
    if (type == RichBlockType::Numbered)
        return QTextListFormat::ListDecimal;
    return level == 1 ? QTextListFormat::ListDisc : (level == 2 ? QTextListFormat::ListCircle : QTextListFormat::ListSquare);
}

} // namespace

RichTextEdit::RichTextEdit(QWidget* parent)
    : QTextEdit(parent)
{
    setAcceptRichText(true);
    setAutoFormatting(QTextEdit::AutoNone);
    // The window's Undo (the bilan's stack) takes back saved edits; the editor keeps no history of its own.
    setUndoRedoEnabled(false);
    document()->setDocumentMargin(10);
    connect(this, &QTextEdit::textChanged, this, [this] {
        if (!m_loading)
            Q_EMIT textEdited();
    });
}

void RichTextEdit::setRichText(const RichText& text)
{
    m_loading = true;
    clear();
    QTextCursor cursor(document());
    richtext::insert(cursor, text, RichTextStyle::editor(), true);
    moveCursor(QTextCursor::Start);
    m_loading = false;
}

RichText RichTextEdit::richText() const
{
    return richtext::fromDocument(*document());
}

void RichTextEdit::insertRichText(const RichText& text)
{
    if (text.isEmpty())
        return;
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    const bool emptyBlock = cursor.block().text().isEmpty();
    richtext::insert(cursor, text, RichTextStyle::editor(), emptyBlock);
    cursor.endEditBlock();
    setTextCursor(cursor);
}

void RichTextEdit::toggleBold()
{
    QTextCharFormat format;
    format.setFontWeight(fontWeight() >= QFont::DemiBold ? QFont::Normal : QFont::Bold);
    mergeCurrentCharFormat(format);
}

void RichTextEdit::toggleItalic()
{
    QTextCharFormat format;
    format.setFontItalic(!fontItalic());
    mergeCurrentCharFormat(format);
}

RichBlockType RichTextEdit::currentBlockType() const
{
    const QTextBlock block = textCursor().block();
    const int heading = block.blockFormat().headingLevel();
    if (heading > 0)
        return heading <= 3 ? RichBlockType::Heading : RichBlockType::Subheading;
    if (const QTextList* list = block.textList())
        return list->format().style() == QTextListFormat::ListDecimal ? RichBlockType::Numbered : RichBlockType::Bullet;
    return RichBlockType::Paragraph;
}

void RichTextEdit::setBlockType(RichBlockType type)
{
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    const int level = cursor.currentList() ? std::max(1, cursor.currentList()->format().indent()) : 1;
    // A list toggles off when asked again for the same kind.
    if ((type == RichBlockType::Bullet || type == RichBlockType::Numbered) && currentBlockType() == type)
        type = RichBlockType::Paragraph;
    applyBlockType(cursor, type, level);
    cursor.endEditBlock();
}

void RichTextEdit::changeListLevel(int delta)
{
    QTextCursor cursor = textCursor();
    const QTextList* list = cursor.currentList();
    if (!list)
        return;
    const int level = std::clamp(list->format().indent() + delta, 1, kMaxListLevel);
    cursor.beginEditBlock();
    applyBlockType(cursor, currentBlockType(), level);
    cursor.endEditBlock();
}

void RichTextEdit::applyBlockType(QTextCursor& cursor, RichBlockType type, int level)
{
    const RichTextStyle style = RichTextStyle::editor();
    // Every block the selection touches.
    QTextCursor range = cursor;
    const int end = std::max(cursor.position(), cursor.anchor());
    range.setPosition(std::min(cursor.position(), cursor.anchor()));
    range.movePosition(QTextCursor::StartOfBlock);
    range.setPosition(end, QTextCursor::KeepAnchor);
    range.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);

    QTextBlockFormat blockFormat = type == RichBlockType::Heading ? style.headingBlock
        : type == RichBlockType::Subheading                     ? style.subheadingBlock
        : (type == RichBlockType::Bullet || type == RichBlockType::Numbered) ? style.listItem
                                                                               : style.paragraph;
    blockFormat.setHeadingLevel(type == RichBlockType::Heading ? 3 : (type == RichBlockType::Subheading ? 4 : 0));
    blockFormat.setIndent(0);
    QTextCharFormat charFormat;
    charFormat.setProperty(QTextFormat::FontSizeAdjustment,
                           type == RichBlockType::Heading ? 2 : (type == RichBlockType::Subheading ? 1 : 0));
    const bool wasHeading = currentBlockType() == RichBlockType::Heading
        || currentBlockType() == RichBlockType::Subheading;
    if (type == RichBlockType::Heading || type == RichBlockType::Subheading)
        charFormat.setFontWeight(QFont::Bold);
    else if (wasHeading)
        charFormat.setFontWeight(QFont::Normal);

    // Leave any list first, then join the new one.
    for (QTextBlock block = document()->findBlock(range.selectionStart());
         block.isValid() && block.position() <= range.selectionEnd(); block = block.next()) {
        if (QTextList* list = block.textList())
            list->remove(block);
    }
    range.setBlockFormat(blockFormat);
    range.mergeCharFormat(charFormat);
    cursor.mergeBlockCharFormat(charFormat);
    if (type == RichBlockType::Bullet || type == RichBlockType::Numbered) {
        QTextListFormat listFormat;
        listFormat.setStyle(listStyle(type, level));
        listFormat.setIndent(level);
        range.createList(listFormat);
    }
}

bool RichTextEdit::canInsertFromMimeData(const QMimeData* source) const
{
    return source->hasHtml() || source->hasText();
}

void RichTextEdit::insertFromMimeData(const QMimeData* source)
{
    // Pasted HTML (from a word processor, a web page) is reduced as an HTML file is; anything else is plain text.
    const RichText text = source->hasHtml() ? richtext::fromHtml(source->html())
                                            : RichText::fromPlainText(source->text());
    if (text.blocks.size() == 1 && text.blocks.first().type == RichBlockType::Paragraph) {
        // One paragraph: inserted inline, in the current block, keeping its bold and italic.
        QTextCursor cursor = textCursor();
        cursor.beginEditBlock();
        for (const RichSpan& span : text.blocks.first().spans) {
            QTextCharFormat format = cursor.charFormat();
            format.setFontWeight(span.bold ? QFont::Bold : QFont::Normal);
            format.setFontItalic(span.italic);
            cursor.insertText(QString(span.text).replace(u'\n', QChar::LineSeparator), format);
        }
        cursor.endEditBlock();
        setTextCursor(cursor);
        return;
    }
    insertRichText(text);
}

QVariant RichTextEdit::loadResource(int, const QUrl&)
{
    return {};
}

} // namespace parcours
