#include <parcours/reports/PdfWriter.h>

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

QRectF bodyRect(const QPdfWriter& writer)
{
    const QRectF page = writer.pageLayout().fullRectPixels(pdf::kResolution);
    return page.adjusted(pdf::devicePixels(kSide), pdf::devicePixels(kTop), -pdf::devicePixels(kSide),
                         -pdf::devicePixels(kBottom));
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

void layOut(QTextDocument& document, QPdfWriter& writer)
{
    document.documentLayout()->setPaintDevice(&writer);
    document.setDocumentMargin(0);
    document.setPageSize(bodyRect(writer).size());
}

void drawFrame(QPainter& painter, const QPdfWriter& writer, const PdfOptions& options, int page, int pages)
{
    const QRectF full = writer.pageLayout().fullRectPixels(pdf::kResolution);
    const QRectF body = bodyRect(writer);
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(8);
    painter.setFont(font);
    painter.setPen(QColor(0x5f, 0x63, 0x68));
    const DocumentLanguage fallback;
    const DocumentLanguage& language = options.language ? *options.language : fallback;

    const qreal footerTop = full.bottom() - pdf::devicePixels(kFooter) - pdf::devicePixels(4);
    const QRectF footer(body.left(), footerTop, body.width(), pdf::devicePixels(4));
    painter.drawLine(QPointF(body.left(), footerTop - pdf::devicePixels(1.5)),
                     QPointF(body.right(), footerTop - pdf::devicePixels(1.5)));
    const QString pageText = language.text("Document", QT_TRANSLATE_NOOP("Document", "page %1 / %2"))
                                 .arg(page)
                                 .arg(pages);
    const QFontMetricsF metrics(font, &writer);
    const qreal pageWidth = metrics.horizontalAdvance(pageText) + pdf::devicePixels(2);
    QString left = options.title;
    if (!options.footerNote.isEmpty())
        left += u" — "_s + options.footerNote;
    painter.drawText(QRectF(footer.left(), footer.top(), footer.width() - pageWidth, footer.height()),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(left, Qt::ElideRight, footer.width() - pageWidth));
    painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, pageText);

    if (page > 1 && !options.runningHeader.isEmpty()) {
        const QRectF header(body.left(), pdf::devicePixels(9), body.width(), pdf::devicePixels(4));
        painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(options.runningHeader, Qt::ElideRight, header.width()));
    }
}

} // namespace

int PdfWriter::pageCount(QTextDocument& document)
{
    QByteArray sink;
    QBuffer buffer(&sink);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    prepareWriter(writer, PdfOptions {});
    layOut(document, writer);
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
        layOut(document, writer);
        const int pages = std::max(1, document.pageCount());
        const QRectF body = bodyRect(writer);
        QPainter painter;
        if (!painter.begin(&writer))
            return failed();
        for (int page = 0; page < pages; ++page) {
            if (page > 0 && !writer.newPage()) {
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
            drawFrame(painter, writer, options, page + 1, pages);
        }
        ok = painter.end() && ok;
        document.documentLayout()->setPaintDevice(nullptr);
    }
    if (!ok || checked.failed())
        return failed();
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
