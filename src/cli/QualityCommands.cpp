// register …, action …, registers export, stats: the Qualiopi registers and the quality figures.
#include "Cli.h"

#include <parcours/core/QualityRepository.h>
#include <parcours/core/QualityService.h>
#include <parcours/core/Settings.h>
#include <parcours/core/WallClock.h>
#include <parcours/reports/QualityDocuments.h>
#include <parcours/reports/QualityJson.h>

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace parcours::cli {
namespace {

/// Reads an optional date option into `date`; false (after printing why) when it is not a date.
bool optionalDate(Context& context, const QString& name, QDate& date)
{
    if (!context.has(name))
        return true;
    if (context.option(name).isEmpty()) {
        date = QDate();
        return true;
    }
    const auto parsed = context.dateOption(name);
    if (!parsed)
        return false;
    date = *parsed;
    return true;
}

void setText(Context& context, const QString& name, QString& field)
{
    if (context.has(name))
        field = context.option(name).replace(u"\\n"_s, u"\n"_s);
}

QualityDocumentContext documentContext(Store& store)
{
    const Settings settings(store.settings());
    return { Letterhead::fromSettings(settings), DocumentLanguage(settings.text(settingKeys::documentLanguage)) };
}

int applyEntry(Context& context, RegisterEntry& entry)
{
    if (context.has(u"kind"_s)) {
        const auto kind = registerKindFromKey(context.option(u"kind"_s));
        if (!kind)
            return context.fail(u"--kind: '%1' is not complaint|incident"_s.arg(context.option(u"kind"_s)));
        entry.kind = *kind;
    }
    if (!optionalDate(context, u"date"_s, entry.receivedOn) || !optionalDate(context, u"closed"_s, entry.closedOn))
        return Exit::Failed;
    setText(context, u"from"_s, entry.fromWhom);
    setText(context, u"nature"_s, entry.nature);
    setText(context, u"handling"_s, entry.handling);
    setText(context, u"outcome"_s, entry.outcome);
    return Exit::Ok;
}

int applyAction(Context& context, ImprovementAction& action)
{
    if (context.has(u"status"_s)) {
        const auto status = actionStatusFromKey(context.option(u"status"_s));
        if (!status)
            return context.fail(
                u"--status: '%1' is not planned|in-progress|done|dropped"_s.arg(context.option(u"status"_s)));
        action.status = *status;
    }
    if (!optionalDate(context, u"date"_s, action.raisedOn) || !optionalDate(context, u"due"_s, action.dueOn))
        return Exit::Failed;
    setText(context, u"source"_s, action.source);
    setText(context, u"action"_s, action.action);
    setText(context, u"owner"_s, action.owner);
    return Exit::Ok;
}

int addEntry(Context& context)
{
    RegisterEntry entry;
    if (const int applied = applyEntry(context, entry); applied != Exit::Ok)
        return applied;
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    auto id = QualityService(*store.value(), context.clock()).addRegisterEntry(entry);
    if (!id)
        return context.fail(id.error());
    context.out() << id.value() << '\n';
    context.out().flush();
    return Exit::Ok;
}

int updateEntry(Context& context)
{
    const auto id = context.idArgument(0, u"register entry"_s);
    if (!id)
        return Exit::Failed;
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    auto entry = store.value()->quality().registerEntry(*id);
    if (!entry)
        return context.fail(entry.error());
    if (const int applied = applyEntry(context, entry.value()); applied != Exit::Ok)
        return applied;
    if (auto done = QualityService(*store.value(), context.clock()).updateRegisterEntry(entry.value()); !done)
        return context.fail(done.error());
    return Exit::Ok;
}

int addAction(Context& context)
{
    ImprovementAction action;
    if (const int applied = applyAction(context, action); applied != Exit::Ok)
        return applied;
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    auto id = QualityService(*store.value(), context.clock()).addImprovementAction(action);
    if (!id)
        return context.fail(id.error());
    context.out() << id.value() << '\n';
    context.out().flush();
    return Exit::Ok;
}

int updateAction(Context& context)
{
    const auto id = context.idArgument(0, u"improvement action"_s);
    if (!id)
        return Exit::Failed;
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    auto action = store.value()->quality().improvementAction(*id);
    if (!action)
        return context.fail(action.error());
    if (const int applied = applyAction(context, action.value()); applied != Exit::Ok)
        return applied;
    if (auto done = QualityService(*store.value(), context.clock()).updateImprovementAction(action.value()); !done)
        return context.fail(done.error());
    return Exit::Ok;
}

/// Reads --from/--to (both optional) into a period.
bool period(Context& context, QDate& from, QDate& to)
{
    return optionalDate(context, u"from"_s, from) && optionalDate(context, u"to"_s, to);
}

int listEntries(Context& context)
{
    QDate from, to;
    if (!period(context, from, to))
        return Exit::Failed;
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    auto entries = QualityService(*store.value(), context.clock()).registerEntries(from, to);
    if (!entries)
        return context.fail(entries.error());
    if (context.has(u"csv"_s)) {
        if (auto written = writeBytes(
                registerCsv(entries.value(), documentContext(*store.value()).language), context.option(u"csv"_s));
            !written)
            return context.fail(written.error());
        return Exit::Ok;
    }
    if (context.json()) {
        QJsonArray array;
        for (const RegisterEntry& entry : entries.value())
            array.append(json::registerEntry(entry));
        context.printJson(array);
        return Exit::Ok;
    }
    QList<QStringList> rows;
    for (const RegisterEntry& e : entries.value())
        rows.append({ QString::number(e.id), formatIsoDate(e.receivedOn), toKey(e.kind), e.fromWhom,
            e.nature.section(u'\n', 0, 0), e.closedOn.isValid() ? formatIsoDate(e.closedOn) : u"open"_s });
    context.printTable({ u"ID"_s, u"DATE"_s, u"KIND"_s, u"FROM"_s, u"NATURE"_s, u"CLOSED"_s }, rows);
    return Exit::Ok;
}

int listActions(Context& context)
{
    QDate from, to;
    if (!period(context, from, to))
        return Exit::Failed;
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    auto actions = QualityService(*store.value(), context.clock()).improvementActions(from, to);
    if (!actions)
        return context.fail(actions.error());
    if (context.has(u"csv"_s)) {
        if (auto written = writeBytes(
                actionsCsv(actions.value(), documentContext(*store.value()).language), context.option(u"csv"_s));
            !written)
            return context.fail(written.error());
        return Exit::Ok;
    }
    if (context.json()) {
        QJsonArray array;
        for (const ImprovementAction& action : actions.value())
            array.append(json::improvementAction(action));
        context.printJson(array);
        return Exit::Ok;
    }
    QList<QStringList> rows;
    for (const ImprovementAction& a : actions.value())
        rows.append({ QString::number(a.id), formatIsoDate(a.raisedOn), toKey(a.status), a.owner,
            a.dueOn.isValid() ? formatIsoDate(a.dueOn) : u"-"_s, a.action.section(u'\n', 0, 0) });
    context.printTable({ u"ID"_s, u"DATE"_s, u"STATUS"_s, u"WHO"_s, u"DUE"_s, u"ACTION"_s }, rows);
    return Exit::Ok;
}

int registersPdf(Context& context)
{
    QDate from, to;
    if (!period(context, from, to))
        return Exit::Failed;
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    if (auto logged = context.audit(AuditOperation::Print, AuditRecord::None, 0, u"quality-registers"_s); !logged)
        return context.fail(logged.error());
    QualityService service(*store.value(), context.clock());
    auto entries = service.registerEntries(from, to);
    if (!entries)
        return context.fail(entries.error());
    auto actions = service.improvementActions(from, to);
    if (!actions)
        return context.fail(actions.error());
    if (auto written = writeQualityRegisters(
            documentContext(*store.value()), entries.value(), actions.value(), from, to, context.option(u"out"_s));
        !written)
        return context.fail(written.error());
    return Exit::Ok;
}

int stats(Context& context)
{
    const auto from = context.dateOption(u"from"_s);
    if (!from)
        return Exit::Failed;
    const auto to = context.dateOption(u"to"_s);
    if (!to)
        return Exit::Failed;
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    auto figures = QualityService(*store.value(), context.clock()).figures(*from, *to);
    if (!figures)
        return context.fail(figures.error());
    const QualityDocumentContext documents = documentContext(*store.value());
    // --csv and --pdf together write both files.
    if (context.has(u"csv"_s)) {
        if (auto written = writeBytes(figuresCsv(figures.value(), documents.language), context.option(u"csv"_s));
            !written)
            return context.fail(written.error());
    }
    if (context.has(u"pdf"_s)) {
        if (auto written = writeQualityFigures(documents, figures.value(), context.option(u"pdf"_s)); !written)
            return context.fail(written.error());
    }
    if (context.has(u"csv"_s) || context.has(u"pdf"_s))
        return Exit::Ok;
    if (context.json()) {
        context.printJson(json::qualityFigures(figures.value()));
        return Exit::Ok;
    }
    // For a person: the rows of the CSV and the PDF, in English ("100 %", "17 h 20", "4.7"); --json keeps the numbers.
    context.printTable({ u"FIGURE"_s, u"VALUE"_s }, figuresTable(figures.value(), DocumentLanguage(u"en"_s)));
    return Exit::Ok;
}

} // namespace

void registerQualityCommands(QList<CommandSpec>& commands)
{
    const OptionSpec date { u"date"_s, u"YYYY-MM-DD"_s };
    const OptionSpec from { u"from"_s, u"YYYY-MM-DD"_s };
    const OptionSpec to { u"to"_s, u"YYYY-MM-DD"_s };
    const QList<OptionSpec> entryOptions { { u"kind"_s, u"complaint|incident"_s }, date, { u"from"_s, u"TEXT"_s },
        { u"nature"_s, u"TEXT"_s }, { u"handling"_s, u"TEXT"_s }, { u"outcome"_s, u"TEXT"_s },
        { u"closed"_s, u"YYYY-MM-DD"_s } };
    commands.append({ { u"register"_s, u"add"_s }, {}, entryOptions,
        u"Adds a complaint or an incident to the register (indicator 31); --date, --from and --nature "
        u"are needed; prints its id."_s,
        false, addEntry });
    commands.append({ { u"register"_s, u"update"_s }, { u"ENTRY_ID"_s }, entryOptions,
        u"Changes the given fields of a register entry (its handling, outcome, closing date…)."_s, false,
        updateEntry });
    commands.append({ { u"register"_s, u"list"_s }, {}, { from, to, { u"csv"_s, u"FILE.csv"_s } },
        u"Lists the complaints and incidents received in the period, or writes them as CSV."_s, false, listEntries });
    const QList<OptionSpec> actionOptions { date, { u"source"_s, u"TEXT"_s }, { u"action"_s, u"TEXT"_s },
        { u"owner"_s, u"TEXT"_s }, { u"due"_s, u"YYYY-MM-DD"_s },
        { u"status"_s, u"planned|in-progress|done|dropped"_s } };
    commands.append({ { u"action"_s, u"add"_s }, {}, actionOptions,
        u"Adds an improvement action to the log (indicator 32); --date, --source, --action and --owner "
        u"are needed; prints its id."_s,
        false, addAction });
    commands.append({ { u"action"_s, u"update"_s }, { u"ACTION_ID"_s }, actionOptions,
        u"Changes the given fields of an improvement action (its status, due date…)."_s, false, updateAction });
    commands.append({ { u"action"_s, u"list"_s }, {}, { from, to, { u"csv"_s, u"FILE.csv"_s } },
        u"Lists the improvement actions decided in the period, or writes them as CSV."_s, false, listActions });
    commands.append({ { u"registers"_s, u"pdf"_s }, {}, { from, to, { u"out"_s, u"FILE.pdf"_s, true } },
        u"Writes both registers of the period as one PDF for an auditor."_s, true, registersPdf });
    commands.append({ { u"stats"_s }, {},
        { { u"from"_s, u"YYYY-MM-DD"_s, true }, { u"to"_s, u"YYYY-MM-DD"_s, true }, { u"csv"_s, u"FILE.csv"_s },
            { u"pdf"_s, u"FILE.pdf"_s } },
        u"The quality figures of the period (started, concluded, abandoned, rates, hours, satisfaction, "
        u"follow-ups, funding), with --json, or written as CSV or PDF. No one is named."_s,
        true, stats });
}

} // namespace parcours::cli
