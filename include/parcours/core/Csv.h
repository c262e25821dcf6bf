#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace parcours {

/** Where something is in a CSV file, as a spreadsheet user counts: line of the file and column, from 1. */
struct CsvProblem {
    int line = 0;
    int column = 0; ///< 0 when the problem is about the whole line or file
    QString columnName; ///< the column's header, when known
    QString message; ///< translated, for people
};

/** One record of a CSV file: its fields and the line of the file it starts on (quoted fields may span lines). */
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

/** A CSV file as read: how its bytes were decoded, which separator it uses, its records (the header first). */
struct CsvTable {
    QString encoding; ///< "UTF-8", "UTF-8 (BOM)", "UTF-16", "Windows-1252"
    QChar separator = u';';
    QList<CsvRecord> records;
    std::optional<CsvProblem> problem; ///< set when the file cannot be read; records are then empty

    bool ok() const { return !problem.has_value(); }
};

/// Limits that keep a hostile file from exhausting memory or the preview.
inline constexpr qsizetype kCsvMaxBytes = 16 * 1024 * 1024;
inline constexpr int kCsvMaxRecords = 100000;
inline constexpr int kCsvMaxFields = 200;

/// The text of a spreadsheet export: UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252
/// (Excel's default on Windows). `encoding` names what was found; nullopt for bytes that are not text.
std::optional<QString> decodeSpreadsheetText(const QByteArray& bytes, QString* encoding);

/// The separator of a CSV text: ';', ',' or tab, whichever appears most outside quotes on the first line
/// (';' on a tie, as French Excel and LibreOffice write).
QChar detectCsvSeparator(QStringView text);

/**
 * Reads a CSV file as Excel and LibreOffice write it in France: `;` or `,` (or tab) separators, CRLF, LF or CR
 * line ends, quoted fields holding separators, doubled quotes and line breaks. A pure function: no I/O, safe on
 * any bytes (it is fuzzed).
 */
CsvTable parseCsv(const QByteArray& bytes);

} // namespace parcours
