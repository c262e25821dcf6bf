#include <parcours/reports/DocumentBuilder.h>
#include <parcours/reports/PdfWriter.h>
#include <parcours/reports/RichTextDocument.h>

#include <QTextBlock>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

#include <atomic>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

const QColor kInk(0x1d, 0x1d, 0x1f);
const QColor kMuted(0x5f, 0x63, 0x68);
const QColor kAccent(0x2f, 0x5d, 0x8a);
const QColor kRule(0xc8, 0xcd, 0xd3);
const QColor kHeaderFill(0xee, 0xf2, 0xf6);

QTextCharFormat textFormat(qreal points = 10, bool bold = false, const QColor& colour = kInk)
{
    QTextCharFormat format;
    format.setFontFamilies({ u"DejaVu Sans"_s });
    format.setFontPointSize(points);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    format.setForeground(colour);
    return format;
}

QTextBlockFormat blockFormat(qreal topMm = 0, qreal bottomMm = 1.5)
{
    QTextBlockFormat format;
    format.setTopMargin(pdf::millimetres(topMm));
    format.setBottomMargin(pdf::millimetres(bottomMm));
    format.setLineHeight(118, QTextBlockFormat::ProportionalHeight);
    return format;
}

std::atomic<int> s_refusedResources { 0 };

} // namespace

QVariant SafeTextDocument::loadResource(int type, const QUrl& name)
{
    if (name.scheme() == u"qrc")
        return QTextDocument::loadResource(type, name);
    ++s_refusedResources;
    return {};
}

int SafeTextDocument::refusedResources()
{
    return s_refusedResources.load();
}

DocumentBuilder::DocumentBuilder(QString title)
    : m_title(std::move(title))
    , m_document(std::make_unique<SafeTextDocument>())
    , m_cursor(m_document.get())
{
    m_document->setMetaInformation(QTextDocument::DocumentTitle, m_title);
    QFont base(u"DejaVu Sans"_s);
    base.setPointSizeF(10);
    m_document->setDefaultFont(base);
    m_document->setDocumentMargin(0);
}

DocumentBuilder::~DocumentBuilder() = default;

void DocumentBuilder::block(const QTextBlockFormat& format, const QTextCharFormat& charFormat)
{
    if (m_empty) {
        m_cursor.setBlockFormat(format);
        m_cursor.setBlockCharFormat(charFormat);
        m_cursor.setCharFormat(charFormat);
        m_empty = false;
        return;
    }
    m_cursor.insertBlock(format, charFormat);
}

void DocumentBuilder::letterhead(const Letterhead& letterhead, const DocumentLanguage& language)
{
    if (letterhead.isEmpty())
        return;
    if (!letterhead.logo.isNull()) {
        block(blockFormat(0, 1), textFormat());
        const QUrl url(u"qrc:/letterhead-logo"_s);
        m_document->addResource(QTextDocument::ImageResource, url, letterhead.logo);
        QTextImageFormat image;
        image.setName(url.toString());
        const qreal height = pdf::millimetres(16);
        image.setHeight(height);
        image.setWidth(height * letterhead.logo.width() / std::max(1, letterhead.logo.height()));
        m_cursor.insertImage(image);
    }
    block(blockFormat(0, 0.5), textFormat(12, true, kAccent));
    m_cursor.insertText(letterhead.name);
    if (!letterhead.title.isEmpty()) {
        block(blockFormat(0, 0.5), textFormat(9.5, false, kInk));
        m_cursor.insertText(letterhead.title);
    }
    for (const QString& line : letterhead.contactLines()) {
        block(blockFormat(0, 0.3), textFormat(9, false, kMuted));
        m_cursor.insertText(line);
    }
    QStringList registration;
    if (!letterhead.siret.isEmpty())
        registration << language.text("Document", QT_TRANSLATE_NOOP("Document", "SIRET %1")).arg(letterhead.siret);
    if (!letterhead.declarationNumber.isEmpty()) {
        registration << language.text("Document", QT_TRANSLATE_NOOP("Document", "Training provider no. %1"))
                            .arg(letterhead.declarationNumber);
    }
    if (!registration.isEmpty()) {
        block(blockFormat(0, 0.3), textFormat(8.5, false, kMuted));
        m_cursor.insertText(registration.join(u" · "_s));
    }
    spacing(4);
}

void DocumentBuilder::documentTitle(const QString& text, const QString& subtitle)
{
    QTextBlockFormat format = blockFormat(2, subtitle.isEmpty() ? 5 : 1);
    format.setHeadingLevel(1);
    block(format, textFormat(18, true, kInk));
    m_cursor.insertText(text);
    if (!subtitle.isEmpty()) {
        block(blockFormat(0, 5), textFormat(11, false, kMuted));
        m_cursor.insertText(subtitle);
    }
}

void DocumentBuilder::heading(const QString& text, int level)
{
    const qreal size = level <= 1 ? 13.5 : (level == 2 ? 11.5 : 10.5);
    QTextBlockFormat format = blockFormat(level <= 1 ? 5 : 3.5, 1.5);
    format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
    format.setHeadingLevel(std::clamp(level + 1, 2, 6)); // the document's title is the one level-1 heading
    block(format, textFormat(size, true, level <= 1 ? kAccent : kInk));
    m_cursor.insertText(text);
}

void DocumentBuilder::paragraph(const QString& text)
{
    QTextBlockFormat format = blockFormat(0, 2);
    format.setAlignment(Qt::AlignLeft);
    block(format, textFormat());
    m_cursor.insertText(text);
}

void DocumentBuilder::paragraphs(const QString& text)
{
    QString normalised = text;
    normalised.replace(u"\r\n"_s, u"\n"_s);
    const QStringList parts = normalised.split(u"\n\n"_s, Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        if (part.trimmed().isEmpty())
            continue;
        paragraph(part.trimmed());
    }
}

void DocumentBuilder::note(const QString& text)
{
    block(blockFormat(0, 1.5), textFormat(8.5, false, kMuted));
    m_cursor.insertText(text);
}

void DocumentBuilder::line(const QString& text, qreal points, bool bold, Qt::Alignment alignment, bool muted)
{
    QTextBlockFormat format = blockFormat(0, points > 14 ? 3 : 1.5);
    format.setAlignment(alignment);
    block(format, textFormat(points, bold, muted ? kMuted : kInk));
    m_cursor.insertText(text);
}

void DocumentBuilder::framedNote(const QString& heading, const QString& text)
{
    block(blockFormat(0, 0), textFormat(2));
    QTextTableFormat format;
    format.setBorder(pdf::millimetres(0.3));
    format.setBorderBrush(kRule);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setCellPadding(pdf::millimetres(3));
    format.setCellSpacing(0);
    format.setBackground(kHeaderFill);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QTextTable* table = m_cursor.insertTable(1, 1, format);
    QTextCursor inside = table->cellAt(0, 0).firstCursorPosition();
    QTextBlockFormat headingFormat = blockFormat(0, 1.2);
    inside.setBlockFormat(headingFormat);
    inside.setCharFormat(textFormat(9.5, true, kAccent));
    inside.insertText(heading);
    inside.insertBlock(blockFormat(0, 0), textFormat(9, false, kInk));
    inside.insertText(text);
    m_cursor.movePosition(QTextCursor::End);
}

void DocumentBuilder::richText(const RichText& text)
{
    if (text.isEmpty())
        return;
    RichTextStyle style;
    style.text = textFormat();
    style.heading = textFormat(11.5, true, kInk);
    style.subheading = textFormat(10.5, true, kInk);
    style.paragraph = blockFormat(0, 2);
    style.headingBlock = blockFormat(3.5, 1.5);
    style.subheadingBlock = blockFormat(2.5, 1.2);
    style.listItem = blockFormat(0, 1);
    const bool reuse = m_empty;
    m_empty = false;
    richtext::insert(m_cursor, text, style, reuse);
    // Leave any list: what follows is a plain block.
    block(blockFormat(0, 0), textFormat(4));
    if (QTextList* list = m_cursor.currentList())
        list->remove(m_cursor.block());
    QTextBlockFormat plain = m_cursor.blockFormat();
    plain.setIndent(0);
    m_cursor.setBlockFormat(plain);
}

void DocumentBuilder::bullets(const QStringList& items)
{
    if (items.isEmpty())
        return;
    block(blockFormat(0, 1), textFormat());
    QTextListFormat listFormat;
    listFormat.setStyle(QTextListFormat::ListDisc);
    listFormat.setIndent(1);
    QTextList* list = m_cursor.createList(listFormat);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0) {
            m_cursor.insertBlock(blockFormat(0, 1), textFormat());
            list->add(m_cursor.block());
        }
        m_cursor.insertText(items.at(i));
    }
    // Leave the list: the next block is a plain one.
    m_cursor.insertBlock(blockFormat(0, 0), textFormat(4));
    QTextBlockFormat plain = blockFormat(0, 0);
    plain.setIndent(0);
    m_cursor.setBlockFormat(plain);
    if (QTextList* current = m_cursor.currentList())
        current->remove(m_cursor.block());
}

void DocumentBuilder::fields(const QList<std::pair<QString, QString>>& rows)
{
    if (rows.isEmpty())
        return;
    block(blockFormat(0, 0), textFormat(2));
    QTextTableFormat format;
    format.setBorder(0);
    format.setCellPadding(pdf::millimetres(0.8));
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints({ QTextLength(QTextLength::PercentageLength, 32),
                                       QTextLength(QTextLength::PercentageLength, 68) });
    QTextTable* table = m_cursor.insertTable(static_cast<int>(rows.size()), 2, format);
    for (int row = 0; row < rows.size(); ++row) {
        QTextCursor label = table->cellAt(row, 0).firstCursorPosition();
        label.setCharFormat(textFormat(9.5, false, kMuted));
        label.insertText(rows.at(row).first);
        QTextCursor value = table->cellAt(row, 1).firstCursorPosition();
        value.setCharFormat(textFormat(10));
        value.insertText(rows.at(row).second);
    }
    m_cursor.movePosition(QTextCursor::End);
}

void DocumentBuilder::table(const QStringList& headers, const QList<QStringList>& rows, const QList<int>& widths)
{
    block(blockFormat(0, 0), textFormat(2));
    QTextTableFormat format;
    format.setBorder(pdf::millimetres(0.2));
    format.setBorderBrush(kRule);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setCellPadding(pdf::millimetres(1.2));
    format.setCellSpacing(0);
    format.setHeaderRowCount(1);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    if (!widths.isEmpty()) {
        QList<QTextLength> constraints;
        for (int width : widths)
            constraints << QTextLength(QTextLength::PercentageLength, width);
        format.setColumnWidthConstraints(constraints);
    }
    const int columns = static_cast<int>(headers.size());
    QTextTable* table = m_cursor.insertTable(static_cast<int>(rows.size()) + 1, columns, format);
    for (int column = 0; column < columns; ++column) {
        QTextTableCell cell = table->cellAt(0, column);
        QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
        cellFormat.setBackground(kHeaderFill);
        cell.setFormat(cellFormat);
        QTextCursor cursor = cell.firstCursorPosition();
        cursor.setCharFormat(textFormat(9, true));
        cursor.insertText(headers.at(column));
    }
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < columns && column < rows.at(row).size(); ++column) {
            QTextCursor cursor = table->cellAt(row + 1, column).firstCursorPosition();
            cursor.setCharFormat(textFormat(9.5));
            cursor.insertText(rows.at(row).at(column));
        }
    }
    m_cursor.movePosition(QTextCursor::End);
}

void DocumentBuilder::signatureBoxes(const QStringList& labels, qreal heightMm)
{
    if (labels.isEmpty())
        return;
    block(blockFormat(0, 0), textFormat(2));
    QTextTableFormat format;
    format.setBorder(0);
    format.setCellSpacing(pdf::millimetres(4));
    format.setCellPadding(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QTextTable* table = m_cursor.insertTable(2, static_cast<int>(labels.size()), format);
    for (int column = 0; column < labels.size(); ++column) {
        QTextCursor label = table->cellAt(0, column).firstCursorPosition();
        label.setCharFormat(textFormat(9, false, kMuted));
        label.insertText(labels.at(column));
        QTextTableCell box = table->cellAt(1, column);
        QTextTableCellFormat boxFormat = box.format().toTableCellFormat();
        boxFormat.setBorder(pdf::millimetres(0.3));
        boxFormat.setBorderBrush(kMuted);
        boxFormat.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        box.setFormat(boxFormat);
        QTextCursor inside = box.firstCursorPosition();
        QTextBlockFormat tall;
        tall.setLineHeight(pdf::millimetres(heightMm), QTextBlockFormat::FixedHeight);
        inside.setBlockFormat(tall);
    }
    m_cursor.movePosition(QTextCursor::End);
}

void DocumentBuilder::spacing(qreal millimetres)
{
    QTextBlockFormat format;
    format.setLineHeight(pdf::millimetres(millimetres), QTextBlockFormat::FixedHeight);
    block(format, textFormat(2));
}

void DocumentBuilder::pageBreak()
{
    QTextBlockFormat format = blockFormat(0, 0);
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    block(format, textFormat());
}

std::unique_ptr<QTextDocument> DocumentBuilder::finish()
{
    auto document = std::move(m_document);
    m_document = std::make_unique<SafeTextDocument>();
    m_cursor = QTextCursor(m_document.get());
    m_empty = true;
    return document;
}

} // namespace parcours
