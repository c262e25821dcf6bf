#include <parcours/core/ClientImport.h>
#include <parcours/core/ClientService.h>
#include <parcours/core/Text.h>
#include <parcours/core/Validation.h>

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

/// "Né(e) le :" → "ne e le": folded, punctuation turned to single spaces.
QString normalisedHeader(QStringView header)
{
    QString folded = foldForSearch(header);
    for (QChar& c : folded) {
        if (!c.isLetterOrNumber())
            c = u' ';
    }
    return folded.simplified();
}

const QHash<QString, ImportField>& headerSynonyms()
{
    static const QHash<QString, ImportField> synonyms = [] {
        QHash<QString, ImportField> all;
        auto add = [&](ImportField field, std::initializer_list<const char16_t*> names) {
            for (const char16_t* name : names)
                all.insert(QString::fromUtf16(name), field);
        };
        add(ImportField::LastName,
            { u"nom", u"nom de famille", u"nom famille", u"nom d usage", u"nom usuel", u"nom du beneficiaire",
                u"nom beneficiaire", u"last name", u"lastname", u"surname", u"family name" });
        add(ImportField::FirstName,
            { u"prenom", u"prenoms", u"prenom usuel", u"prenom du beneficiaire", u"prenom beneficiaire", u"first name",
                u"firstname", u"given name" });
        add(ImportField::Email,
            { u"courriel", u"e mail", u"email", u"mail", u"mel", u"adresse e mail", u"adresse email", u"adresse mail",
                u"adresse electronique", u"adresse courriel", u"courriel personnel", u"e mail personnel",
                u"email address" });
        add(ImportField::Phone,
            { u"telephone", u"tel", u"tel portable", u"telephone portable", u"telephone mobile", u"portable", u"mobile",
                u"gsm", u"numero de telephone", u"n de telephone", u"no de telephone", u"num tel", u"phone",
                u"phone number" });
        add(ImportField::BirthDate,
            { u"date de naissance", u"date naissance", u"naissance", u"ne le", u"ne e le", u"nee le", u"ddn",
                u"birth date", u"date of birth", u"birthdate" });
        return all;
    }();
    return synonyms;
}

} // namespace

QString importFieldName(ImportField field)
{
    switch (field) {
    case ImportField::Ignored:
        return QCoreApplication::translate("ClientImport", "(ignored)");
    case ImportField::LastName:
        return QCoreApplication::translate("ClientImport", "Last name");
    case ImportField::FirstName:
        return QCoreApplication::translate("ClientImport", "First name");
    case ImportField::Email:
        return QCoreApplication::translate("ClientImport", "E-mail");
    case ImportField::Phone:
        return QCoreApplication::translate("ClientImport", "Phone");
    case ImportField::BirthDate:
        return QCoreApplication::translate("ClientImport", "Date of birth");
    }
    return {};
}

QString importFieldKey(ImportField field)
{
    switch (field) {
    case ImportField::Ignored:
        return u"ignored"_s;
    case ImportField::LastName:
        return fields::lastName.toString();
    case ImportField::FirstName:
        return fields::firstName.toString();
    case ImportField::Email:
        return fields::email.toString();
    case ImportField::Phone:
        return fields::phone.toString();
    case ImportField::BirthDate:
        return fields::birthDate.toString();
    }
    return {};
}

ImportField guessImportField(QStringView header)
{
    return headerSynonyms().value(normalisedHeader(header), ImportField::Ignored);
}

QList<ImportField> guessImportMapping(const QStringList& headers)
{
    QList<ImportField> mapping;
    for (const QString& header : headers) {
        ImportField field = guessImportField(header);
        if (field != ImportField::Ignored && mapping.contains(field))
            field = ImportField::Ignored; // the first column with a header wins; the consultant can change it
        mapping << field;
    }
    return mapping;
}

std::optional<QDate> parseSpreadsheetDate(QStringView text, QDate today)
{
    static const QRegularExpression french(
        u"^(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4}|\\d{2})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?$"_s);
    static const QRegularExpression iso(u"^(\\d{4})-(\\d{2})-(\\d{2})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?$"_s);
    const QString trimmed = text.trimmed().toString();
    if (const auto match = iso.match(trimmed); match.hasMatch()) {
        const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
        return date.isValid() ? std::optional(date) : std::nullopt;
    }
    const auto match = french.match(trimmed);
    if (!match.hasMatch())
        return std::nullopt;
    const int day = match.captured(1).toInt();
    const int month = match.captured(2).toInt();
    int year = match.captured(3).toInt();
    if (match.captured(3).size() == 2) {
        // Two digits: this century unless that lands in the future (a birth year of 85 is 1985).
        const QDate thisCentury(2000 + year, month, day);
        year = (thisCentury.isValid() && thisCentury <= today) ? 2000 + year : 1900 + year;
    }
    const QDate date(year, month, day);
    return date.isValid() ? std::optional(date) : std::nullopt;
}

int ImportPlan::count(ImportRow::Status status) const
{
    return int(std::count_if(rows.begin(), rows.end(), [&](const ImportRow& row) { return row.status == status; }));
}

QString duplicateKey(const QString& lastName, const QString& firstName, const QString& email)
{
    return foldForSearch(simplifiedLine(lastName)) + u'\x1f' + foldForSearch(simplifiedLine(firstName)) + u'\x1f'
        + email.trimmed().toCaseFolded();
}

ImportPlan planClientImport(
    const CsvTable& table, const QList<ImportField>& mapping, const QList<ExistingClient>& existing, QDate today)
{
    ImportPlan plan;
    plan.encoding = table.encoding;
    plan.separator = table.separator;
    if (!table.ok()) {
        plan.problems << *table.problem;
        return plan;
    }
    if (table.records.isEmpty()) {
        plan.problems << CsvProblem { 0, 0, {}, QCoreApplication::translate("ClientImport", "The file is empty.") };
        return plan;
    }
    const CsvRecord& header = table.records.first();
    plan.headers = header.fields;
    plan.mapping = mapping.mid(0, header.fields.size());
    while (plan.mapping.size() < header.fields.size())
        plan.mapping << ImportField::Ignored;

    // Which column holds each field (0-based), and the mapping's own problems.
    QHash<ImportField, int> columnOf;
    for (int column = 0; column < plan.mapping.size(); ++column) {
        const ImportField field = plan.mapping[column];
        if (field == ImportField::Ignored)
            continue;
        if (columnOf.contains(field)) {
            plan.problems << CsvProblem { header.line, column + 1, plan.headers[column],
                QCoreApplication::translate(
                    "ClientImport", "Two columns are chosen for the field \"%1\" (columns %2 and %3).")
                    .arg(importFieldName(field))
                    .arg(columnOf.value(field) + 1)
                    .arg(column + 1) };
            continue;
        }
        columnOf.insert(field, column);
    }
    for (ImportField required : { ImportField::LastName, ImportField::FirstName }) {
        if (!columnOf.contains(required)) {
            plan.problems << CsvProblem { header.line, 0, {},
                QCoreApplication::translate("ClientImport", "No column is chosen for the field \"%1\".")
                    .arg(importFieldName(required)) };
        }
    }
    if (!plan.problems.isEmpty())
        return plan;
    if (table.records.size() == 1) {
        plan.problems << CsvProblem { header.line, 0, {},
            QCoreApplication::translate("ClientImport", "The file has a header line but no beneficiary.") };
        return plan;
    }

    QHash<QString, qint64> recorded;
    for (const ExistingClient& client : existing)
        recorded.insert(duplicateKey(client.lastName, client.firstName, client.email), client.id);
    QHash<QString, int> seen; // key → first line of the file that holds it

    for (qsizetype index = 1; index < table.records.size(); ++index) {
        const CsvRecord& record = table.records[index];
        auto cell = [&](ImportField field) {
            const int column = columnOf.value(field, -1);
            return column >= 0 ? record.fields.value(column).trimmed() : QString();
        };
        auto problemAt = [&](ImportField field, const QString& message) {
            const int column = columnOf.value(field, -1);
            plan.problems << CsvProblem { record.line, column + 1, column >= 0 ? plan.headers[column] : QString(),
                message };
        };
        bool blank = true;
        for (auto it = columnOf.cbegin(); it != columnOf.cend(); ++it)
            blank = blank && cell(it.key()).isEmpty();
        if (blank)
            continue;

        const qsizetype problemsBefore = plan.problems.size();
        if (record.fields.size() > plan.headers.size()) {
            for (qsizetype extra = plan.headers.size(); extra < record.fields.size(); ++extra) {
                if (record.fields[extra].trimmed().isEmpty())
                    continue;
                plan.problems << CsvProblem { record.line, int(extra) + 1, {},
                    QCoreApplication::translate("ClientImport",
                        "This line has more cells than the header (%1 instead of %2): "
                        "is a separator missing its quotes?")
                        .arg(record.fields.size())
                        .arg(plan.headers.size()) };
                break;
            }
        }
        ImportRow row;
        row.line = record.line;
        row.client.lastName = cell(ImportField::LastName);
        row.client.firstName = cell(ImportField::FirstName);
        row.client.email = cell(ImportField::Email);
        row.client.phone = cell(ImportField::Phone);
        const QString birth = cell(ImportField::BirthDate);
        if (!birth.isEmpty()) {
            if (const auto date = parseSpreadsheetDate(birth, today))
                row.client.birthDate = *date;
            else
                problemAt(ImportField::BirthDate,
                    QCoreApplication::translate("ClientImport", "\"%1\" is not a date (expected dd/mm/yyyy).")
                        .arg(birth));
        }
        row.client = ClientService::tidied(row.client);
        static const QHash<QString, ImportField> byKey {
            { fields::lastName.toString(), ImportField::LastName },
            { fields::firstName.toString(), ImportField::FirstName },
            { fields::email.toString(), ImportField::Email },
            { fields::phone.toString(), ImportField::Phone },
            { fields::birthDate.toString(), ImportField::BirthDate },
        };
        for (const FieldError& error : validateClient(row.client, today))
            problemAt(byKey.value(error.field, ImportField::Ignored), error.message);

        if (plan.problems.size() > problemsBefore) {
            row.status = ImportRow::Status::Invalid;
        } else {
            const QString key = duplicateKey(row.client.lastName, row.client.firstName, row.client.email);
            if (const qint64 id = recorded.value(key)) {
                row.status = ImportRow::Status::Duplicate;
                row.existingId = id;
            } else if (const int line = seen.value(key)) {
                row.status = ImportRow::Status::Duplicate;
                row.sameAsLine = line;
            } else {
                seen.insert(key, row.line);
            }
        }
        plan.rows << row;
    }
    return plan;
}

} // namespace parcours
