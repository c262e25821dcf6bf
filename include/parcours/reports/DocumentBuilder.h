#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextCursor>
#include <QTextDocument>

#include <parcours/core/RichText.h>
#include <parcours/reports/DocumentLanguage.h>
#include <parcours/reports/Letterhead.h>

#include <memory>
#include <utility>

namespace parcours {

/**
 * A QTextDocument that never loads anything from outside Parcours: resources other than `qrc:` (a file:// image
 * named in user text, a web address) come back empty.
 */
class SafeTextDocument : public QTextDocument {
    Q_OBJECT
public:
    using QTextDocument::QTextDocument;

    /// How many resources (images, style sheets) any SafeTextDocument was asked for and refused: tests check that
    /// hostile HTML did ask, and got nothing.
    static int refusedResources();

protected:
    QVariant loadResource(int type, const QUrl& name) override;
};

/**
 * Builds a document block by block with a QTextCursor. Every string is inserted as text, never parsed as markup,
 * so `<img src=…>` or `&amp;` in a note prints as typed. One style for every Parcours document.
 */
class DocumentBuilder {
public:
    /// `title` goes to the PDF's metadata and the footer.
    explicit DocumentBuilder(QString title);
    ~DocumentBuilder();

    QString title() const { return m_title; }
    QTextCursor& cursor() { return m_cursor; }

    /// The consultant's block at the top of page 1 (name, title, address, contact, SIRET and declaration number).
    void letterhead(const Letterhead& letterhead, const DocumentLanguage& language);
    /// The document's own title, large.
    void documentTitle(const QString& text, const QString& subtitle = {});
    void heading(const QString& text, int level = 1);
    void paragraph(const QString& text);
    /// Paragraphs separated by blank lines; single line breaks are kept.
    void paragraphs(const QString& text);
    void note(const QString& text); ///< small grey text (legal mentions, confidentiality)
    /// One line of text in a given size, for covers and closing lines.
    void line(const QString& text, qreal points, bool bold = false, Qt::Alignment alignment = Qt::AlignLeft,
              bool muted = false);
    /// Text in a framed, lightly shaded box (the confidentiality statement, a legal reminder).
    void framedNote(const QString& heading, const QString& text);
    /// A section's text as the consultant wrote it: paragraphs, headings, lists, bold and italic, inserted as text.
    void richText(const RichText& text);
    void bullets(const QStringList& items);
    /// Label / value rows in two columns.
    void fields(const QList<std::pair<QString, QString>>& rows);
    /// A table with a header row; `widths` are percentages (optional).
    void table(const QStringList& headers, const QList<QStringList>& rows, const QList<int>& widths = {});
    /// Boxes to sign in, side by side, each with its label above (e.g. the beneficiary, the consultant).
    void signatureBoxes(const QStringList& labels, qreal heightMm = 28);
    void spacing(qreal millimetres);
    void pageBreak();

    /// Hands over the finished document (the builder is empty afterwards).
    std::unique_ptr<QTextDocument> finish();

private:
    void block(const QTextBlockFormat& blockFormat, const QTextCharFormat& charFormat);

    QString m_title;
    std::unique_ptr<SafeTextDocument> m_document;
    QTextCursor m_cursor;
    bool m_empty = true;
};

} // namespace parcours
