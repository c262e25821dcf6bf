// audit list|verify|export|purge: the audit log of reads of bilan content, exports, prints, deletions,
// destructions and restores (docs/protection.md). It names records by id only.
#include "Cli.h"

#include <parcours/core/AuditService.h>
#include <parcours/reports/AuditExport.h>
#include <parcours/storage/Store.h>

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace parcours::cli {
namespace {

std::optional<AuditFilter> filterOf(Context& context)
{
    AuditFilter filter;
    if (context.has(u"bilan"_s)) {
        const auto bilanId = context.idOption(u"bilan"_s, u"bilan"_s);
        if (!bilanId)
            return std::nullopt;
        filter.bilanId = *bilanId;
    }
    if (context.has(u"since"_s)) {
        const auto since = context.dateOption(u"since"_s);
        if (!since)
            return std::nullopt;
        filter.since = *since;
    }
    return filter;
}

/// The entries the options --bilan and --since select; nullopt once the failure is reported (its exit code in `exit`).
std::optional<QList<AuditEntry>> filteredEntries(Context& context, int& exit)
{
    const auto filter = filterOf(context);
    if (!filter) {
        exit = Exit::Failed;
        return std::nullopt;
    }
    auto store = context.store();
    auto entries = store ? AuditService(*store.value(), context.clock()).list(*filter)
                         : Result<QList<AuditEntry>>(store.error());
    if (!entries) {
        exit = context.fail(entries.error());
        return std::nullopt;
    }
    return std::move(entries).value();
}

int listEntries(Context& context)
{
    int exit = Exit::Ok;
    const auto entries = filteredEntries(context, exit);
    if (!entries)
        return exit;
    if (context.json()) {
        QJsonArray array;
        for (const AuditEntry& entry : *entries)
            array.append(auditEntryJson(entry));
        context.printJson(array);
        return Exit::Ok;
    }
    QList<QStringList> rows;
    for (const AuditEntry& entry : *entries) {
        const QString record = entry.recordKind == AuditRecord::None
            ? u"-"_s
            : u"%1 %2"_s.arg(toKey(entry.recordKind)).arg(entry.recordId);
        rows << QStringList { QString::number(entry.seq), entry.at.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u"Z"_s,
            entry.who.isEmpty() ? u"-"_s : entry.who, toKey(entry.operation), record,
            entry.bilanId > 0 ? QString::number(entry.bilanId) : u"-"_s, entry.what };
    }
    context.printTable({ u"SEQ"_s, u"WHEN (UTC)"_s, u"WHO"_s, u"OPERATION"_s, u"RECORD"_s, u"BILAN"_s, u"WHAT"_s },
        rows);
    return Exit::Ok;
}

int verify(Context& context)
{
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    AuditService service(*store.value(), context.clock());
    auto result = service.verify();
    if (!result)
        return context.fail(result.error());
    if (!result->intact)
        return context.fail(u"the audit log is broken at entry %1: %2"_s.arg(result->brokenAt).arg(result->problem));
    auto anchor = service.anchor();
    const qint64 from = anchor ? anchor->seq + 1 : 1;
    if (context.json()) {
        context.printJson(QJsonObject { { u"intact"_s, true }, { u"entries"_s, result->checked },
            { u"from_seq"_s, from } });
    } else {
        context.out() << "The audit log is intact: " << result->checked << (result->checked == 1 ? " entry" : " entries")
                      << " checked";
        if (from > 1)
            context.out() << ", from entry " << from << " (the earlier ones were purged after 12 months)";
        context.out() << ".\n";
    }
    return Exit::Ok;
}

int exportCsv(Context& context)
{
    int exit = Exit::Ok;
    const auto entries = filteredEntries(context, exit);
    if (!entries)
        return exit;
    if (auto written = writeAuditCsv(*entries, context.option(u"out"_s)); !written)
        return context.fail(written.error());
    if (context.json())
        context.printJson(QJsonObject { { u"file"_s, context.option(u"out"_s) }, { u"entries"_s, entries->size() } });
    return Exit::Ok;
}

int purge(Context& context)
{
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    auto purged = AuditService(*store.value(), context.clock()).purge();
    if (!purged)
        return context.fail(purged.error());
    if (context.json())
        context.printJson(QJsonObject { { u"purged"_s, purged.value() } });
    else
        context.out() << purged.value() << (purged.value() == 1 ? " entry" : " entries")
                      << " older than 12 months purged.\n";
    return Exit::Ok;
}

} // namespace

void registerAuditCommands(QList<CommandSpec>& commands)
{
    const QList<OptionSpec> filter { { u"bilan"_s, u"ID"_s }, { u"since"_s, u"YYYY-MM-DD"_s } };
    commands.append({ { u"audit"_s, u"list"_s }, {}, filter,
        u"Lists the audit log: who read bilan content, exported, printed, deleted, destroyed or restored which "
        u"record, when (UTC); --bilan and --since filter it."_s,
        false, listEntries });
    commands.append({ { u"audit"_s, u"verify"_s }, {}, {},
        u"Walks the audit log's hash chain; exit status 1 and the first broken entry when an entry was changed, "
        u"removed or moved."_s,
        false, verify });
    commands.append({ { u"audit"_s, u"export"_s }, {}, filter + QList<OptionSpec> { { u"out"_s, u"FILE.csv"_s, true } },
        u"Writes the audit log (every field, hashes included) as CSV for an auditor."_s, false, exportCsv });
    commands.append({ { u"audit"_s, u"purge"_s }, {}, {},
        u"Removes the audit entries older than 12 months (Parcours also does it daily); the chain stays "
        u"verifiable from the last entry removed."_s,
        false, purge });
}

} // namespace parcours::cli
