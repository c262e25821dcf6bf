#include <parcours/reports/DocumentBuilder.h>
#include <parcours/reports/RichTextDocument.h>

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

// Heading levels as QTextBlockFormat holds them: a section's own headings sit below the section title.
constexpr int kHeadingLevel = 3;
constexpr int kSubheadingLevel = 4;

QTextListFormat::Style listStyle(RichBlockType type, int level)
{
    if (type == RichBlockType::Numbered)
        return QTextListFormat::ListDecimal;
    return level == 1 ? QTextListFormat::ListDisc : (level == 2 ? QTextListFormat::ListCircle : QTextListFormat::ListSquare);
}

bool isNumbered(QTextListFormat::Style style)
{
    return style == QTextListFormat::ListDecimal || style == QTextListFormat::ListLowerAlpha
        || style == QTextListFormat::ListUpperAlpha || style == QTextListFormat::ListLowerRoman
        || style == QTextListFormat::ListUpperRoman;
}

/// `headingShift` moves heading levels so that the document's top heading reads as a section heading.
RichText convert(const QTextDocument& document, int from, int to, int headingShift)
{
    RichText text;
    for (QTextBlock block = document.findBlock(from); block.isValid() && block.position() <= to;
         block = block.next()) {
        RichBlock item;
        const int heading = block.blockFormat().headingLevel();
        if (heading > 0) {
            item.type = heading + headingShift <= kHeadingLevel ? RichBlockType::Heading : RichBlockType::Subheading;
        } else if (const QTextList* list = block.textList()) {
            item.type = isNumbered(list->format().style()) ? RichBlockType::Numbered : RichBlockType::Bullet;
            item.level = std::max(1, list->format().indent());
        }
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid())
                continue;
            const int start = std::max(fragment.position(), from);
            const int end = std::min(fragment.position() + fragment.length(), to);
            if (end <= start)
                continue;
            const QTextCharFormat format = fragment.charFormat();
            if (format.isImageFormat())
                continue;
            RichSpan span;
            span.text = fragment.text().mid(start - fragment.position(), end - start);
            // Headings are bold by their nature; only their italics are the author's.
            span.bold = heading == 0 && format.fontWeight() >= QFont::DemiBold;
            span.italic = format.fontItalic();
            item.spans << span;
        }
        text.blocks << item;
    }
    return text.normalised();
}

} // namespace

RichTextStyle RichTextStyle::editor()
{
    RichTextStyle style;
    style.heading.setFontWeight(QFont::Bold);
    style.heading.setProperty(QTextFormat::FontSizeAdjustment, 2);
    style.subheading.setFontWeight(QFont::Bold);
    style.subheading.setProperty(QTextFormat::FontSizeAdjustment, 1);
    style.paragraph.setBottomMargin(6);
    style.headingBlock.setTopMargin(10);
    style.headingBlock.setBottomMargin(4);
    style.subheadingBlock.setTopMargin(8);
    style.subheadingBlock.setBottomMargin(3);
    style.listItem.setBottomMargin(2);
    return style;
}

namespace richtext {

void insert(QTextCursor& cursor, const RichText& text, const RichTextStyle& style, bool reuseFirstBlock)
{
    bool reuse = reuseFirstBlock;
    // The open list at each depth, so that items separated by deeper ones stay in one numbered list.
    QList<std::pair<RichBlockType, QTextList*>> lists;
    bool afterList = false;
    for (const RichBlock& block : text.blocks) {
        QTextBlockFormat blockFormat = style.paragraph;
        QTextCharFormat base = style.text;
        if (block.type == RichBlockType::Heading) {
            blockFormat = style.headingBlock;
            blockFormat.setHeadingLevel(kHeadingLevel);
            base = style.heading;
        } else if (block.type == RichBlockType::Subheading) {
            blockFormat = style.subheadingBlock;
            blockFormat.setHeadingLevel(kSubheadingLevel);
            base = style.subheading;
        } else if (block.isList()) {
            blockFormat = style.listItem;
        }
        // Some air between a list and the text that follows it.
        if (afterList && !block.isList())
            blockFormat.setTopMargin(blockFormat.topMargin() + 2 * style.listItem.bottomMargin());
        afterList = block.isList();
        if (reuse) {
            cursor.setBlockFormat(blockFormat);
            cursor.setBlockCharFormat(base);
            reuse = false;
        } else {
            cursor.insertBlock(blockFormat, base);
        }
        if (block.isList()) {
            const int level = std::clamp(block.level, 1, kMaxListLevel);
            lists.resize(level);
            auto& [type, list] = lists[level - 1];
            if (list && type == block.type) {
                list->add(cursor.block());
            } else {
                QTextListFormat listFormat;
                listFormat.setStyle(listStyle(block.type, level));
                listFormat.setIndent(level);
                type = block.type;
                list = cursor.createList(listFormat);
            }
        } else {
            lists.clear();
            if (QTextList* list = cursor.currentList())
                list->remove(cursor.block());
        }
        const bool isHeading = block.type == RichBlockType::Heading || block.type == RichBlockType::Subheading;
        for (const RichSpan& span : block.spans) {
            QTextCharFormat format = base;
            if (!isHeading)
                format.setFontWeight(span.bold ? QFont::Bold : QFont::Normal);
            format.setFontItalic(span.italic);
            QString line = span.text;
            line.replace(u'\n', QChar::LineSeparator);
            cursor.insertText(line, format);
        }
        cursor.setCharFormat(base);
    }
}

RichText fromDocument(const QTextDocument& document)
{
    return convert(document, 0, document.characterCount(), 0);
}

RichText fromRange(const QTextDocument& document, int from, int to)
{
    return convert(document, std::min(from, to), std::max(from, to), 0);
}

RichText fromHtml(const QString& html)
{
    SafeTextDocument document;
    document.setHtml(html);
    // Whatever the file's top heading level, it reads as a heading of the section; deeper ones as subheadings.
    int top = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level > 0 && (top == 0 || level < top))
            top = level;
    }
    return convert(document, 0, document.characterCount(), top > 0 ? kHeadingLevel - top : 0);
}

} // namespace richtext
} // namespace parcours
