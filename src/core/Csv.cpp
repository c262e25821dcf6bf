#include <parcours/core/Csv.h>

#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

/** The state of the reader: the record being built and where it is in the file. */
class CsvReader {
public:
    CsvReader(QStringView text, QChar separator) : m_text(text), m_separator(separator) { }

    std::optional<CsvProblem> read(QList<CsvRecord>& records);

private:
    std::optional<CsvProblem> endField();
    std::optional<CsvProblem> endRecord(QList<CsvRecord>& records);
    CsvProblem problem(int line, const QString& message) const
    {
        return { line, int(m_fields.size()) + 1, {}, message };
    }

    QStringView m_text;
    QChar m_separator;
    QStringList m_fields;
    QString m_field;
    bool m_quoted = false; ///< the current field started with a quote
    bool m_closed = false; ///< … and its closing quote was met
    int m_line = 1;
    int m_recordLine = 1;
};

std::optional<CsvProblem> CsvReader::endField()
{
    if (m_fields.size() >= kCsvMaxFields)
        return problem(
            m_recordLine, QCoreApplication::translate("Csv", "A line has more than %1 columns.").arg(kCsvMaxFields));
    m_fields << m_field;
    m_field.clear();
    m_quoted = false;
    m_closed = false;
    return std::nullopt;
}

std::optional<CsvProblem> CsvReader::endRecord(QList<CsvRecord>& records)
{
    if (auto failed = endField())
        return failed;
    const bool blank = m_fields.size() == 1 && m_fields.first().trimmed().isEmpty();
    if (!blank) {
        if (records.size() >= kCsvMaxRecords)
            return CsvProblem { m_recordLine, 0, {},
                QCoreApplication::translate("Csv", "The file has more than %1 lines.").arg(kCsvMaxRecords) };
        records.append({ m_recordLine, m_fields });
    }
    m_fields.clear();
    return std::nullopt;
}

std::optional<CsvProblem> CsvReader::read(QList<CsvRecord>& records)
{
    int quoteLine = 0;
    const qsizetype size = m_text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = m_text[i];
        const bool lineEnd = c == u'\r' || c == u'\n';
        const qsizetype lineEndLength = (c == u'\r' && i + 1 < size && m_text[i + 1] == u'\n') ? 2 : 1;
        if (m_quoted && !m_closed) {
            if (c == u'"') {
                if (i + 1 < size && m_text[i + 1] == u'"') {
                    m_field += u'"';
                    ++i;
                } else {
                    m_closed = true;
                }
            } else if (lineEnd) {
                m_field += u'\n'; // a line break inside a cell, whatever the file's line ends
                i += lineEndLength - 1;
                ++m_line;
            } else {
                m_field += c;
            }
            continue;
        }
        if (c == m_separator) {
            if (auto failed = endField())
                return failed;
            continue;
        }
        if (lineEnd) {
            if (auto failed = endRecord(records))
                return failed;
            i += lineEndLength - 1;
            ++m_line;
            m_recordLine = m_line;
            continue;
        }
        if (m_closed) {
            if (c == u' ' || c == u'\t')
                continue;
            return problem(
                m_line, QCoreApplication::translate("Csv", "Unexpected text after the closing quote of a cell."));
        }
        if (c == u'"' && m_field.trimmed().isEmpty()) {
            m_field.clear();
            m_quoted = true;
            quoteLine = m_line;
            continue;
        }
        m_field += c;
    }
    if (m_quoted && !m_closed)
        return problem(
            quoteLine, QCoreApplication::translate("Csv", "A quoted cell is never closed (a quote is missing)."));
    if (!m_field.isEmpty() || !m_fields.isEmpty() || m_quoted)
        return endRecord(records);
    return std::nullopt;
}

} // namespace

std::optional<QString> decodeSpreadsheetText(const QByteArray& bytes, QString* encoding)
{
    auto decodeWith
        = [&](QStringDecoder::Encoding which, qsizetype skip, const QString& name) -> std::optional<QString> {
        QStringDecoder decoder(which, QStringDecoder::Flag::Stateless);
        QString text = decoder.decode(QByteArrayView(bytes).sliced(skip));
        if (decoder.hasError())
            return std::nullopt;
        *encoding = name;
        return text;
    };
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return decodeWith(QStringDecoder::Utf8, 3, u"UTF-8 (BOM)"_s);
    if (bytes.startsWith("\xFF\xFE") && bytes.size() % 2 == 0)
        return decodeWith(QStringDecoder::Utf16LE, 2, u"UTF-16"_s);
    if (bytes.startsWith("\xFE\xFF") && bytes.size() % 2 == 0)
        return decodeWith(QStringDecoder::Utf16BE, 2, u"UTF-16"_s);
    // A NUL byte never appears in a spreadsheet's text export: this is some other kind of file.
    if (bytes.contains('\0'))
        return std::nullopt;
    if (QByteArrayView(bytes).isValidUtf8()) {
        *encoding = u"UTF-8"_s;
        return QString::fromUtf8(bytes);
    }
    // Not UTF-8: Excel's "CSV (separator: semicolon)" on Windows writes the ANSI code page, Windows-1252 in France.
    QStringDecoder windows1252("windows-1252");
    if (!windows1252.isValid())
        return std::nullopt;
    *encoding = u"Windows-1252"_s;
    return windows1252.decode(bytes);
}

QChar detectCsvSeparator(QStringView text)
{
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
    bool quoted = false;
    for (QChar c : text) {
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted) {
            if (c == u'\n' || c == u'\r')
                break;
            semicolons += c == u';';
            commas += c == u',';
            tabs += c == u'\t';
        }
    }
    if (tabs > semicolons && tabs > commas)
        return u'\t';
    return commas > semicolons ? u',' : u';';
}

CsvTable parseCsv(const QByteArray& bytes)
{
    CsvTable table;
    if (bytes.size() > kCsvMaxBytes) {
        table.problem = CsvProblem { 0, 0, {},
            QCoreApplication::translate("Csv", "The file is too large for an import (%1 MB at most).")
                .arg(kCsvMaxBytes / (1024 * 1024)) };
        return table;
    }
    const std::optional<QString> text = decodeSpreadsheetText(bytes, &table.encoding);
    if (!text) {
        table.problem = CsvProblem { 0, 0, {},
            QCoreApplication::translate("Csv", "This is not a text file; save the spreadsheet as CSV.") };
        return table;
    }
    table.separator = detectCsvSeparator(*text);
    if (auto failed = CsvReader(*text, table.separator).read(table.records)) {
        table.problem = failed;
        table.records.clear();
    }
    return table;
}

} // namespace parcours
