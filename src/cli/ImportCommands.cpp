// client import: beneficiaries from the consultant's spreadsheet, all or nothing.
#include "Cli.h"

#include <parcours/core/ClientImportService.h>
#include <parcours/core/WallClock.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace parcours::cli {
namespace {

QString action(const ImportRow& row)
{
    switch (row.status) {
    case ImportRow::Status::Create:
        return u"create"_s;
    case ImportRow::Status::Duplicate:
        return row.existingId ? u"duplicate of client %1"_s.arg(row.existingId)
                              : u"duplicate of line %1"_s.arg(row.sameAsLine);
    case ImportRow::Status::Invalid:
        return u"invalid"_s;
    }
    return {};
}

QJsonObject rowJson(const ImportRow& row)
{
    QJsonObject object { { u"line"_s, row.line },
        { u"action"_s, row.status == ImportRow::Status::Create ? u"create"_s : u"duplicate"_s },
        { u"last_name"_s, row.client.lastName }, { u"first_name"_s, row.client.firstName },
        { u"email"_s, row.client.email }, { u"phone"_s, row.client.phone },
        { u"birth_date"_s,
            row.client.birthDate.isValid() ? QJsonValue(formatIsoDate(row.client.birthDate))
                                           : QJsonValue(QJsonValue::Null) } };
    if (row.existingId)
        object.insert(u"duplicate_of_client"_s, row.existingId);
    if (row.sameAsLine)
        object.insert(u"duplicate_of_line"_s, row.sameAsLine);
    return object;
}

int importClients(Context& context)
{
    const QString path = context.argument(0);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(u"cannot read %1: %2"_s.arg(path, file.errorString()));
    if (file.size() > kCsvMaxBytes)
        return context.fail(
            u"%1 is too large for an import (%2 MB at most)"_s.arg(path).arg(kCsvMaxBytes / (1024 * 1024)));
    const CsvTable table = parseCsv(file.readAll());
    const QList<ImportField> mapping
        = table.records.isEmpty() ? QList<ImportField>() : guessImportMapping(table.records.first().fields);
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    ClientImportService service(*store.value(), context.clock());
    const bool dryRun = context.has(u"dry-run"_s);
    ImportOutcome outcome;
    if (dryRun) {
        auto plan = service.plan(table, mapping);
        if (!plan)
            return context.fail(plan.error());
        outcome.plan = plan.value();
    } else {
        auto imported = service.import(table, mapping);
        if (!imported && imported.error().code != ErrorCode::InvalidInput)
            return context.fail(imported.error());
        if (imported)
            outcome = imported.value();
        else if (auto plan = service.plan(table, mapping))
            outcome.plan = plan.value();
    }
    const ImportPlan& plan = outcome.plan;
    if (!plan.ok()) {
        // One line per problem, as compilers write them: FILE:LINE:COLUMN: message.
        for (const CsvProblem& problem : plan.problems) {
            QString where = path;
            if (problem.line > 0)
                where += u':' + QString::number(problem.line);
            if (problem.column > 0)
                where += u':' + QString::number(problem.column);
            const QString column = problem.columnName.isEmpty() ? QString() : problem.columnName + u": "_s;
            context.fail(u"%1: %2%3"_s.arg(where, column, problem.message));
        }
        return context.fail(u"nothing was imported (%1 problem(s))"_s.arg(plan.problems.size()));
    }

    if (context.json()) {
        QJsonArray rows;
        for (const ImportRow& row : plan.rows)
            rows.append(rowJson(row));
        QJsonArray created;
        for (qint64 id : std::as_const(outcome.created))
            created.append(id);
        QJsonObject columns;
        for (qsizetype column = 0; column < plan.headers.size(); ++column)
            columns.insert(plan.headers[column], importFieldKey(plan.mapping.value(column)));
        context.printJson(QJsonObject { { u"dry_run"_s, dryRun }, { u"encoding"_s, plan.encoding },
            { u"separator"_s, QString(plan.separator) }, { u"columns"_s, columns }, { u"rows"_s, rows },
            { u"created"_s, created } });
        return Exit::Ok;
    }
    QTextStream& out = context.out();
    out << "File: " << plan.encoding << ", separator '"
        << (plan.separator == u'\t' ? u"\\t"_s : QString(plan.separator)) << "'\nColumns:";
    for (qsizetype column = 0; column < plan.headers.size(); ++column)
        out << (column ? ", " : " ") << plan.headers[column] << " -> " << importFieldKey(plan.mapping.value(column));
    out << '\n';
    QList<QStringList> table2;
    for (const ImportRow& row : plan.rows) {
        table2 << QStringList { QString::number(row.line), action(row), row.client.displayName(),
            row.client.email.isEmpty() ? u"-"_s : row.client.email,
            row.client.phone.isEmpty() ? u"-"_s : row.client.phone,
            row.client.birthDate.isValid() ? formatIsoDate(row.client.birthDate) : u"-"_s };
    }
    context.printTable({ u"LINE"_s, u"ACTION"_s, u"NAME"_s, u"E-MAIL"_s, u"PHONE"_s, u"BIRTH DATE"_s }, table2);
    const int creations = plan.count(ImportRow::Status::Create);
    const int duplicates = plan.count(ImportRow::Status::Duplicate);
    if (dryRun)
        out << "Dry run: would create " << creations << " beneficiaries";
    else
        out << "Created " << outcome.created.size() << " beneficiaries";
    out << "; " << duplicates << " duplicate(s) left out.\n";
    out.flush();
    return Exit::Ok;
}

} // namespace

void registerImportCommands(QList<CommandSpec>& commands)
{
    commands.append({ { u"client"_s, u"import"_s }, { u"FILE.csv"_s }, { { u"dry-run"_s, {} } },
        u"Imports beneficiaries from a spreadsheet's CSV (';' or ',', UTF-8 or Windows-1252, French "
        u"headers); all or nothing, duplicates left out. --dry-run shows what it would do."_s,
        false, importClients });
}

} // namespace parcours::cli
