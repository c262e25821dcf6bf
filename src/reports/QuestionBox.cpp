#include "QuestionBox.h"

#include <parcours/reports/DocumentBuilder.h>
#include <parcours/reports/PdfWriter.h>

#include <QTextTable>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

QTextCharFormat characters(qreal points, bool bold)
{
    QTextCharFormat format;
    format.setFontFamilies({ u"DejaVu Sans"_s });
    format.setFontPointSize(points);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    format.setForeground(QColor(0x1d, 0x1d, 0x1f));
    return format;
}

} // namespace

void questionBox(DocumentBuilder& builder, const QString& question, const QStringList& prompts, qreal heightMm)
{
    QTextCursor& cursor = builder.cursor();
    QTextTableFormat format;
    format.setBorder(pdf::millimetres(0.3));
    format.setBorderBrush(QColor(0x5f, 0x63, 0x68));
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setCellPadding(pdf::millimetres(2.5));
    format.setCellSpacing(0);
    format.setTopMargin(pdf::millimetres(3));
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setProperty(pdf::kKeepTogether, true);
    QTextTable* table = cursor.insertTable(1, 1, format);
    QTextCursor inside = table->cellAt(0, 0).firstCursorPosition();
    QTextBlockFormat first;
    first.setBottomMargin(pdf::millimetres(1));
    inside.setBlockFormat(first);
    inside.setCharFormat(characters(10, true));
    inside.insertText(question);
    for (const QString& prompt : prompts) {
        QTextBlockFormat line;
        line.setLeftMargin(pdf::millimetres(3));
        line.setBottomMargin(pdf::millimetres(0.5));
        inside.insertBlock(line, characters(9, false));
        inside.insertText(u"– "_s + prompt);
    }
    QTextBlockFormat room;
    room.setLineHeight(pdf::millimetres(heightMm), QTextBlockFormat::FixedHeight);
    inside.insertBlock(room, characters(9, false));
    cursor.movePosition(QTextCursor::End);
}

} // namespace parcours
