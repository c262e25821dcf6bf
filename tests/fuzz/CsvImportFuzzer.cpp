// Fuzz target: any bytes given as the consultant's spreadsheet. The reader and the import plan must never crash,
// hang or break their promises (problems located in the file, no beneficiary to create that the rules refuse).
#include <parcours/core/ClientImport.h>
#include <parcours/core/Validation.h>

#include <cstdint>
#include <cstdlib>

using namespace parcours;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const CsvTable table = parseCsv(bytes);
    if (!table.ok() && !table.records.isEmpty())
        std::abort();
    int lastLine = 0;
    for (const CsvRecord& record : table.records) {
        if (record.line <= lastLine || record.fields.isEmpty() || record.fields.size() > kCsvMaxFields)
            std::abort(); // records come in file order, each on its own line
        lastLine = record.line;
    }
    const QDate today(2026, 2, 10);
    const QList<ExistingClient> existing { { 1, QStringLiteral("Lefèvre"), QStringLiteral("Zoé"),
        QStringLiteral("zoe@example.org") } };
    QList<ImportField> mapping
        = table.records.isEmpty() ? QList<ImportField>() : guessImportMapping(table.records.first().fields);
    // The mapping a consultant might choose by hand, drawn from the first byte.
    QList<ImportField> chosen = mapping;
    for (qsizetype column = 0; column < chosen.size() && size > 0; ++column)
        chosen[column] = kAllImportFields[(data[0] + column) % kAllImportFields.size()];
    for (const QList<ImportField>& columns : { mapping, chosen }) {
        const ImportPlan plan = planClientImport(table, columns, existing, today);
        for (const CsvProblem& problem : plan.problems) {
            const bool outside = table.ok() && problem.line > lastLine;
            if (problem.line < 0 || outside || problem.column < 0 || problem.message.isEmpty())
                std::abort();
        }
        for (const ImportRow& row : plan.rows) {
            if (row.status == ImportRow::Status::Create && !validateClient(row.client, today).isEmpty())
                std::abort(); // a beneficiary the rules refuse is never planned for creation
        }
    }
    return 0;
}
