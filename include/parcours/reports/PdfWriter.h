#pragma once

#include <QString>

#include <parcours/core/Result.h>
#include <parcours/reports/DocumentLanguage.h>

class QIODevice;
class QPagedPaintDevice;
class QTextDocument;

namespace parcours {

namespace pdf {
/// The PDF device's resolution.
inline constexpr int kResolution = 300;
/// A length in a QTextDocument (margins, line heights, padding, image sizes): the layout counts them in 96 dpi
/// pixels and scales them to the device, so builders give millimetres through this.
inline qreal millimetres(qreal mm)
{
    return mm * 96.0 / 25.4;
}
/// A length on the PDF device itself (page frame, footer).
inline qreal devicePixels(qreal mm)
{
    return mm * kResolution / 25.4;
}
/// A table (QTextTableFormat property) that must not be split over two pages: the writer moves it to the next page
/// when it would be (a framed answer box, a signature block). Tables taller than a page are split anyway.
inline constexpr int kKeepTogether = 0x100000 + 1; // QTextFormat::UserProperty + 1
} // namespace pdf

/** What frames every page of a document: its title (metadata and footer), a running header, the language. */
struct PdfOptions {
    QString title; ///< PDF metadata and the footer's left side
    QString runningHeader; ///< small line at the top of pages 2 and after (e.g. the consultant and beneficiary)
    QString footerNote; ///< e.g. "Confidential — for the beneficiary only"
    const DocumentLanguage* language = nullptr; ///< for "page X / Y"; French when null
};

/**
 * The one PDF writer of Parcours: A4, 20 mm margins, our own "page X / Y" (QTextDocument::print has no total),
 * fonts embedded, text selectable, Qt's PdfVersion_A1b mode (conformance is not claimed: Debian 12 packages no
 * validator). Files are written through QSaveFile: all or nothing.
 */
class PdfWriter {
public:
    /// Writes the document to `path`; on failure the previous file (if any) is left as it was.
    static Result<void> writeFile(QTextDocument& document, const PdfOptions& options, const QString& path);
    /// Writes the document to an open device (tests use a device that fails).
    static Result<void> write(QTextDocument& document, const PdfOptions& options, QIODevice& device);
    /// Paints the document on a printer (or its preview) in the same frame as the PDF: A4, page X / Y.
    static Result<void> print(QTextDocument& document, const PdfOptions& options, QPagedPaintDevice& device);
    /// The number of pages the document takes once laid out on A4.
    static int pageCount(QTextDocument& document);
};

} // namespace parcours
