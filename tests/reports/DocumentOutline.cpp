#include "DocumentOutline.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace parcours::test {
namespace {

QString listStyle(QTextListFormat::Style style)
{
    switch (style) {
    case QTextListFormat::ListDisc:
        return u"disc"_s;
    case QTextListFormat::ListCircle:
        return u"circle"_s;
    case QTextListFormat::ListSquare:
        return u"square"_s;
    case QTextListFormat::ListDecimal:
        return u"decimal"_s;
    default:
        return u"other"_s;
    }
}

QString spans(const QTextBlock& block)
{
    QString text;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        const QTextCharFormat format = fragment.charFormat();
        if (format.isImageFormat()) {
            text += u"[image "_s + format.toImageFormat().name() + u']';
            continue;
        }
        QString part = fragment.text();
        part.replace(QChar::LineSeparator, u"⏎"_s);
        if (format.fontItalic())
            part = u'_' + part + u'_';
        if (format.fontWeight() >= QFont::DemiBold)
            part = u"**"_s + part + u"**"_s;
        text += part;
    }
    return text;
}

QString blockLine(const QTextBlock& block)
{
    const QTextBlockFormat format = block.blockFormat();
    QStringList tags;
    if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
        tags << u"page-break"_s;
    if (format.headingLevel() > 0)
        tags << u"h"_s + QString::number(format.headingLevel());
    else if (const QTextList* list = block.textList())
        tags << u"li "_s + listStyle(list->format().style()) + u' ' + QString::number(list->format().indent());
    else
        tags << u"p"_s;
    if (format.alignment() & Qt::AlignHCenter)
        tags << u"centre"_s;
    const QString text = spans(block);
    if (text.trimmed().isEmpty() && !tags.contains(u"page-break"_s))
        return {};
    return u'[' + tags.join(u' ') + u"] "_s + text;
}

void walk(QTextFrame* frame, QStringList& lines)
{
    for (auto it = frame->begin(); !it.atEnd(); ++it) {
        if (QTextFrame* child = it.currentFrame()) {
            if (auto* table = qobject_cast<QTextTable*>(child)) {
                lines << u"table %1x%2"_s.arg(table->rows()).arg(table->columns());
                for (int row = 0; row < table->rows(); ++row) {
                    QStringList cells;
                    for (int column = 0; column < table->columns(); ++column) {
                        const QTextTableCell cell = table->cellAt(row, column);
                        QStringList parts;
                        for (QTextBlock b = cell.firstCursorPosition().block();
                             b.isValid() && b.position() < cell.lastCursorPosition().position() + 1; b = b.next()) {
                            if (!spans(b).isEmpty())
                                parts << spans(b);
                        }
                        cells << parts.join(u" / "_s);
                    }
                    lines << u"  | "_s + cells.join(u" | "_s) + u" |"_s;
                }
            } else {
                walk(child, lines);
            }
        } else if (const QString line = blockLine(it.currentBlock()); !line.isEmpty()) {
            lines << line;
        }
    }
}

} // namespace

QString outline(const QTextDocument& document)
{
    QStringList lines;
    walk(document.rootFrame(), lines);
    return lines.join(u'\n') + u'\n';
}

} // namespace parcours::test
