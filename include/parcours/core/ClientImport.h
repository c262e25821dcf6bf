#pragma once

#include <parcours/core/Client.h>
#include <parcours/core/Csv.h>

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace parcours {

/** What a column of the consultant's spreadsheet holds, as far as Parcours is concerned. */
enum class ImportField { Ignored, LastName, FirstName, Email, Phone, BirthDate };
inline constexpr std::array kAllImportFields { ImportField::Ignored, ImportField::LastName, ImportField::FirstName,
    ImportField::Email, ImportField::Phone, ImportField::BirthDate };

/// The field's name for people, translated ("Last name" / "Nom").
QString importFieldName(ImportField field);
/// The field's key, as in JSON and on the command line ("last_name", "ignored").
QString importFieldKey(ImportField field);

/// The field a spreadsheet header stands for: the usual French headers (Nom, Prénom, Courriel, E-mail, Téléphone,
/// Portable, Date de naissance, Né(e) le…) and their English twins; accents, case and punctuation ignored.
ImportField guessImportField(QStringView header);
QList<ImportField> guessImportMapping(const QStringList& headers);

/// A date as French spreadsheets write it: dd/mm/yyyy, dd/mm/yy (the century that keeps it out of the future),
/// with '/', '.' or '-', a trailing time ignored; or yyyy-mm-dd.
std::optional<QDate> parseSpreadsheetDate(QStringView text, QDate today);

/** A beneficiary already recorded, as far as duplicates are concerned. */
struct ExistingClient {
    qint64 id = 0;
    QString lastName;
    QString firstName;
    QString email;
};

/** One line of the file and what the import does with it. */
struct ImportRow {
    enum class Status { Create, Duplicate, Invalid };
    int line = 0;
    Client client;
    Status status = Status::Create;
    qint64 existingId = 0; ///< Duplicate of a recorded beneficiary
    int sameAsLine = 0; ///< Duplicate of an earlier line of the file
};

/** What importing a file would do: the rows, and every problem (an import with problems creates nothing). */
struct ImportPlan {
    QString encoding;
    QChar separator;
    QStringList headers;
    QList<ImportField> mapping;
    QList<ImportRow> rows;
    QList<CsvProblem> problems;

    bool ok() const { return problems.isEmpty(); }
    int count(ImportRow::Status status) const;
};

/// Key under which two beneficiaries are the same person: same name (accents and case ignored) and e-mail.
QString duplicateKey(const QString& lastName, const QString& firstName, const QString& email);

/**
 * Reads the beneficiaries of a parsed CSV file (its first record is the header) through a column mapping:
 * each line becomes a beneficiary to create, a duplicate (of a recorded beneficiary or of an earlier line;
 * shown, not created) or a problem with its line and column. A pure function: the import service and the
 * fuzzer call it alike.
 */
ImportPlan planClientImport(
    const CsvTable& table, const QList<ImportField>& mapping, const QList<ExistingClient>& existing, QDate today);

} // namespace parcours
