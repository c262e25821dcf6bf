#include "PdfPagination.h"

#include <parcours/reports/PdfWriter.h>

#include <QAbstractTextDocumentLayout>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextTable>

#include <cmath>

namespace parcours::pagination {
namespace {

bool straddles(qreal top, qreal bottom, qreal pageHeight)
{
    return bottom - top < pageHeight && std::floor(top / pageHeight) != std::floor((bottom - 1) / pageHeight);
}

/// The top and bottom of a row's text, in the document's coordinates.
std::pair<qreal, qreal> rowExtent(QTextDocument& document, QTextTable* table, int row)
{
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    qreal top = std::numeric_limits<qreal>::max();
    qreal bottom = std::numeric_limits<qreal>::lowest();
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(row, column);
        for (QTextBlock block = document.findBlock(cell.firstPosition());
             block.isValid() && block.position() <= cell.lastPosition(); block = block.next()) {
            const QRectF box = layout->blockBoundingRect(block);
            top = std::min(top, box.top());
            bottom = std::max(bottom, box.bottom());
        }
    }
    return { top, bottom };
}

/// Whether every cell of the table is one row and one column (the tables DocumentBuilder makes).
bool plain(QTextTable* table)
{
    for (int row = 0; row < table->rows(); ++row) {
        for (int column = 0; column < table->columns(); ++column) {
            const QTextTableCell cell = table->cellAt(row, column);
            if (cell.rowSpan() != 1 || cell.columnSpan() != 1)
                return false;
        }
    }
    return true;
}

void copyRow(QTextTable* from, int fromRow, QTextTable* to, int toRow)
{
    for (int column = 0; column < from->columns(); ++column) {
        const QTextTableCell source = from->cellAt(fromRow, column);
        QTextTableCell target = to->cellAt(toRow, column);
        target.setFormat(source.format());
        QTextCursor selection = source.firstCursorPosition();
        selection.setPosition(source.lastCursorPosition().position(), QTextCursor::KeepAnchor);
        target.firstCursorPosition().insertFragment(selection.selection());
    }
}

/// Moves the rows from `row` on into a new table right after this one, on a new page, under the same header.
void splitBefore(QTextTable* table, int row)
{
    const int header = table->format().headerRowCount();
    const int moved = table->rows() - row;
    QTextTableFormat format = table->format();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor after = table->lastCursorPosition();
    after.movePosition(QTextCursor::NextBlock);
    QTextTable* rest = after.insertTable(header + moved, table->columns(), format);
    for (int r = 0; r < header; ++r)
        copyRow(table, r, rest, r);
    for (int r = 0; r < moved; ++r)
        copyRow(table, row + r, rest, header + r);
    table->removeRows(row, moved);
}

} // namespace

void keepTablesTogether(QTextDocument& document)
{
    const qreal pageHeight = document.pageSize().height();
    for (QTextFrame* frame : document.rootFrame()->childFrames()) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (!table || !table->format().boolProperty(pdf::kKeepTogether))
            continue;
        const QRectF box = document.documentLayout()->frameBoundingRect(table);
        if (!straddles(box.top(), box.bottom(), pageHeight))
            continue;
        QTextTableFormat format = table->format();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        table->setFormat(format);
    }
}

void keepRowsWhole(QTextDocument& document)
{
    const qreal pageHeight = document.pageSize().height();
    // Each split moves what follows: look again from the start until no row straddles.
    for (bool split = true; split;) {
        split = false;
        for (QTextFrame* frame : document.rootFrame()->childFrames()) {
            auto* table = qobject_cast<QTextTable*>(frame);
            if (!table || !plain(table))
                continue;
            // Before the first row under the header, the table would move whole: Qt does that already.
            for (int row = table->format().headerRowCount() + 1; row < table->rows() && !split; ++row) {
                const auto [top, bottom] = rowExtent(document, table, row);
                if (straddles(top, bottom, pageHeight)) {
                    splitBefore(table, row);
                    split = true;
                }
            }
            if (split)
                break;
        }
    }
}

} // namespace parcours::pagination
