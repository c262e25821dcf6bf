#include <parcours/reports/PdfWriter.h>

#include "PdfPagination.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <parcours/core/SaveFile.h>
#include <QTextDocument>


using namespace Qt::StringLiterals;

namespace parcours {
namespace {

// Page frame, in millimetres.
constexpr qreal kSide = 20;
constexpr qreal kTop = 20;
constexpr qreal kBottom = 22;
constexpr qreal kFooter = 10; // from the bottom edge to the footer's baseline area

/** Forwards writes to the real device and remembers whether any failed: QPdfWriter does not report them. */
class CheckedDevice final : public QIODevice {
public:
    explicit CheckedDevice(QIODevice& target)
        : m_target(target)
    {
        open(QIODevice::WriteOnly);
    }
    bool failed() const { return m_failed; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        if (m_failed)
            return -1;
        qint64 done = 0;
        while (done < size) {
            const qint64 written = m_target.write(data + done, size - done);
            if (written <= 0) {
                m_failed = true;
                setErrorString(m_target.errorString());
                return -1;
            }
            done += written;
        }
        return size;
    }

private:
    QIODevice& m_target;
    bool m_failed = false;
};

/// A length on a device of `dpi` dots per inch.
qreal dots(qreal mm, int dpi)
{
    return mm * dpi / 25.4;
}

QRectF bodyRect(const QPagedPaintDevice& device, int dpi)
{
    const QRectF page = device.pageLayout().fullRectPixels(dpi);
    return page.adjusted(dots(kSide, dpi), dots(kTop, dpi), -dots(kSide, dpi), -dots(kBottom, dpi));
}

void prepareWriter(QPdfWriter& writer, const PdfOptions& options)
{
    writer.setResolution(pdf::kResolution);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setTitle(options.title);
    writer.setCreator(u"Parcours "_s + QCoreApplication::applicationVersion());
}

void layOut(QTextDocument& document, QPagedPaintDevice& device, int dpi)
{
    document.documentLayout()->setPaintDevice(&device);
    document.setDocumentMargin(0);
    document.setPageSize(bodyRect(device, dpi).size());
    pagination::keepTablesTogether(document);
    pagination::keepRowsWhole(document);
}

void drawFrame(QPainter& painter, QPagedPaintDevice& device, int dpi, const PdfOptions& options, int page, int pages)
{
    const QRectF full = device.pageLayout().fullRectPixels(dpi);
    const QRectF body = bodyRect(device, dpi);
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(8);
    painter.setFont(font);
    painter.setPen(QColor(0x5f, 0x63, 0x68));
    const DocumentLanguage fallback;
    const DocumentLanguage& language = options.language ? *options.language : fallback;

    const qreal footerTop = full.bottom() - dots(kFooter, dpi) - dots(4, dpi);
    const QRectF footer(body.left(), footerTop, body.width(), dots(4, dpi));
    painter.drawLine(QPointF(body.left(), footerTop - dots(1.5, dpi)), QPointF(body.right(), footerTop - dots(1.5, dpi)));
    const QString pageText = language.text("Document", QT_TRANSLATE_NOOP("Document", "page %1 / %2"))
                                 .arg(page)
                                 .arg(pages);
    const QFontMetricsF metrics(font, &device);
    const qreal pageWidth = metrics.horizontalAdvance(pageText) + dots(2, dpi);
    QString left = options.title;
    if (!options.footerNote.isEmpty())
        left += u" — "_s + options.footerNote;
    painter.drawText(QRectF(footer.left(), footer.top(), footer.width() - pageWidth, footer.height()),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(left, Qt::ElideRight, footer.width() - pageWidth));
    painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, pageText);

    if (page > 1 && !options.runningHeader.isEmpty()) {
        const QRectF header(body.left(), dots(9, dpi), body.width(), dots(4, dpi));
        painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(options.runningHeader, Qt::ElideRight, header.width()));
    }
}

/// Paints every page on a device already set to A4 without margins; false when the device refused a page.
bool paintPages(QTextDocument& document, const PdfOptions& options, QPagedPaintDevice& device)
{
    const int dpi = device.logicalDpiY();
    layOut(document, device, dpi);
    const int pages = std::max(1, document.pageCount());
    const QRectF body = bodyRect(device, dpi);
    QPainter painter;
    if (!painter.begin(&device)) {
        document.documentLayout()->setPaintDevice(nullptr);
        return false;
    }
    bool ok = true;
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device.newPage()) {
            ok = false;
            break;
        }
        painter.save();
        painter.translate(body.left(), body.top() - page * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * body.height(), body.width(), body.height());
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(context.clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        drawFrame(painter, device, dpi, options, page + 1, pages);
    }
    ok = painter.end() && ok;
    document.documentLayout()->setPaintDevice(nullptr);
    return ok;
}

} // namespace

int PdfWriter::pageCount(QTextDocument& document)
{
    QByteArray sink;
    QBuffer buffer(&sink);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    prepareWriter(writer, PdfOptions {});
    layOut(document, writer, writer.resolution());
    const int pages = document.pageCount();
    document.documentLayout()->setPaintDevice(nullptr);
    return pages;
}

Result<void> PdfWriter::write(QTextDocument& document, const PdfOptions& options, QIODevice& device)
{
    const auto failed = [&] {
        return makeError(ErrorCode::Io, QCoreApplication::translate("PdfWriter", "The PDF could not be written: %1")
                                            .arg(device.errorString().isEmpty() ? u"write error"_s
                                                                                : device.errorString()));
    };
    bool ok = true;
    CheckedDevice checked(device);
    {
        QPdfWriter writer(&checked);
        prepareWriter(writer, options);
        ok = paintPages(document, options, writer);
    }
    if (!ok || checked.failed())
        return failed();
    return success();
}

Result<void> PdfWriter::print(QTextDocument& document, const PdfOptions& options, QPagedPaintDevice& device)
{
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    if (!paintPages(document, options, device))
        return makeError(ErrorCode::Io, QCoreApplication::translate("PdfWriter", "The document could not be printed."));
    return success();
}

Result<void> PdfWriter::writeFile(QTextDocument& document, const PdfOptions& options, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(ErrorCode::Io, QCoreApplication::translate("PdfWriter", "Cannot write %1: %2")
                                            .arg(QFileInfo(path).fileName(), file.errorString()));
    }
    if (auto written = write(document, options, file); !written) {
        file.cancelWriting();
        return written;
    }
    return commitWhole(file); // not file.commit(): Qt 6.4 commits a truncated file after a failed flush
}

} // namespace parcours
