#pragma once

#include <QString>

namespace parcours::test {

/**
 * Looks at a PDF the way a reader would, with independent tools from Debian: its text (pdftotext, NFKC-normalised
 * because Qt writes ligature code points), its page count (pdfinfo), its validity (qpdf --check), a page as PNG.
 * With PARCOURS_TEST_ARTIFACTS=DIR set, a copy of every probed PDF is kept in DIR to be looked at.
 */
class PdfProbe {
public:
    explicit PdfProbe(QString path);

    QString path() const { return m_path; }

    QString text() const; ///< whole document, NFKC
    QString pageText(int page) const; ///< one page (1-based), NFKC
    int pages() const; ///< -1 when pdfinfo cannot read it
    bool valid(QString* report = nullptr) const; ///< qpdf --check
    QString metadata(const QString& field) const; ///< e.g. "Title", from pdfinfo
    /// Renders one page to PNG (pdftoppm) and returns the file's path, empty on failure.
    QString renderPage(int page, const QString& outputPrefix, int dpi = 60) const;

private:
    QString m_path;
};

} // namespace parcours::test
