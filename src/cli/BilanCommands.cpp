#include "Cli.h"

#include <parcours/core/BilanEndService.h>
#include <parcours/core/BilanService.h>
#include <parcours/core/DataInventory.h>
#include <parcours/core/Hours.h>
#include <parcours/core/RetentionService.h>
#include <parcours/core/WallClock.h>
#include <parcours/reports/Json.h>

using namespace Qt::StringLiterals;

namespace parcours::cli {
namespace {

QString minutesCell(int minutes)
{
    return formatMinutes(minutes);
}

int openBilan(Context& context)
{
    const auto clientId = context.idArgument(0, u"client"_s);
    if (!clientId)
        return Exit::Failed;
    Funding funding = Funding::Cpf;
    if (context.has(u"funding"_s)) {
        const auto parsed = fromKey<Funding>(context.option(u"funding"_s));
        if (!parsed)
            return context.fail(u"--funding: expected %1, not '%2'"_s.arg(keysOf(Funding {}), context.option(u"funding"_s)));
        funding = *parsed;
    }
    QDate start;
    if (context.has(u"start"_s)) {
        const auto date = context.dateOption(u"start"_s);
        if (!date)
            return Exit::Failed;
        start = *date;
    }
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    auto id = BilanService(*store.value(), context.clock()).open(*clientId, funding, start);
    if (!id)
        return context.fail(id.error());
    if (context.json())
        context.printJson(QJsonObject { { u"id"_s, id.value() } });
    else
        context.out() << id.value() << Qt::endl;
    return Exit::Ok;
}

int showBilan(Context& context)
{
    const auto id = context.idArgument(0, u"bilan"_s);
    if (!id)
        return Exit::Failed;
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    if (auto logged = context.audit(AuditOperation::ReadContent, AuditRecord::Bilan, *id, u"bilan"_s); !logged)
        return context.fail(logged.error());
    auto overview = BilanService(*store.value(), context.clock()).overview(*id);
    if (!overview)
        return context.fail(overview.error());
    if (context.json()) {
        context.printJson(json::bilanOverview(overview.value()));
        return Exit::Ok;
    }
    const Bilan& bilan = overview->bilan;
    const BilanHours& hours = overview->timeline.hours;
    QTextStream& out = context.out();
    out << "Bilan " << bilan.id << " - " << overview->client.fullName() << " (client " << bilan.clientId << ")\n";
    out << "Status: " << toKey(bilan.status) << "   Funding: " << toKey(bilan.funding)
        << "   Start: " << (bilan.startDate.isValid() ? formatIsoDate(bilan.startDate) : u"-"_s)
        << "   End: " << (bilan.endDate.isValid() ? formatIsoDate(bilan.endDate) : u"-"_s) << '\n';
    out << "Current phase: "
        << (overview->timeline.current ? toKey(*overview->timeline.current) : u"none"_s) << "\n\n";
    QList<QStringList> phases;
    for (const PhaseHours& phase : hours.phases) {
        const bool counted = countsTowardCap(phase.phase);
        phases << QStringList { toKey(phase.phase), minutesCell(phase.budgetMinutes),
                                minutesCell(phase.plannedMinutes), minutesCell(phase.doneMinutes),
                                counted ? minutesCell(phase.personalWorkMinutes) : u"-"_s,
                                counted ? minutesCell(phase.remainingMinutes()) : u"-"_s,
                                counted ? u"yes"_s : u"no"_s };
    }
    context.printTable({ u"PHASE"_s, u"BUDGET"_s, u"PLANNED"_s, u"DONE"_s, u"PERSONAL WORK"_s, u"REMAINING"_s,
                         u"COUNTS TOWARD 24 H"_s },
                       phases);
    out << "\nTotal over preliminary + investigation + conclusion: " << formatMinutes(hours.countedDoneMinutes())
        << " done, " << formatMinutes(hours.countedPlannedMinutes()) << " planned, "
        << formatMinutes(hours.countedPersonalWorkMinutes()) << " of personal work, cap "
        << formatMinutes(kCapMinutes) << " (completion " << hours.completionRate() << " %)\n\n";
    if (overview->sessions.isEmpty()) {
        out << "No session yet.\n";
        out.flush();
        return Exit::Ok;
    }
    QList<QStringList> sessions;
    for (const Session& session : overview->sessions) {
        sessions << QStringList { QString::number(session.id), formatWallClock(session.startsAt),
                                  toKey(session.phase), minutesCell(session.plannedMinutes),
                                  session.actualMinutes ? minutesCell(*session.actualMinutes) : u"-"_s,
                                  toKey(session.status) };
    }
    context.printTable({ u"ID"_s, u"STARTS AT"_s, u"PHASE"_s, u"PLANNED"_s, u"ACTUAL"_s, u"STATUS"_s }, sessions);
    return Exit::Ok;
}

int setBudget(Context& context)
{
    const auto id = context.idArgument(0, u"bilan"_s);
    if (!id)
        return Exit::Failed;
    const auto phase = fromKey<Phase>(context.option(u"phase"_s));
    if (!phase)
        return context.fail(u"--phase: expected %1, not '%2'"_s.arg(keysOf(Phase {}), context.option(u"phase"_s)));
    const auto minutes = context.minutesOption(u"minutes"_s);
    if (!minutes)
        return Exit::Failed;
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    BilanService bilans(*store.value(), context.clock());
    auto bilan = bilans.get(*id);
    if (!bilan)
        return context.fail(bilan.error());
    bilan->budgets.setMinutes(*phase, *minutes);
    if (auto updated = bilans.update(bilan.value()); !updated)
        return context.fail(updated.error());
    return Exit::Ok;
}

/// --date when given (an invalid QDate otherwise); false when it is not a date.
bool optionalDate(Context& context, QDate& date)
{
    if (!context.has(u"date"_s))
        return true;
    const auto parsed = context.dateOption(u"date"_s);
    if (!parsed)
        return false;
    date = *parsed;
    return true;
}

/// After a bilan ends, its content is due for destruction (R6313-7): say which, and where consent is recorded.
void sayWhatIsDue(Context& context, Store& store, qint64 bilanId)
{
    auto schedule = RetentionService(store, context.clock()).schedule(bilanId);
    if (!schedule || schedule->due().isEmpty())
        return;
    QStringList kinds;
    for (ContentKind kind : schedule->due())
        kinds << displayName(kind).toLower();
    context.out() << "Its content (" << kinds.join(u", "_s) << ") is due for destruction from "
                  << formatIsoDate(schedule->endDate)
                  << " unless the beneficiary consents in writing to keep it (R6313-7): see 'parcours-cli retention "
                  << bilanId << "'." << Qt::endl;
}

int closeBilan(Context& context)
{
    const auto id = context.idArgument(0, u"bilan"_s);
    if (!id)
        return Exit::Failed;
    QDate date;
    if (!optionalDate(context, date))
        return Exit::Failed;
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    auto end = BilanEndService(*store.value(), context.clock()).close(*id, date);
    if (!end)
        return context.fail(end.error());
    if (context.json())
        context.printJson(QJsonObject { { u"id"_s, *id }, { u"status"_s, u"closed"_s },
            { u"end_date"_s, formatIsoDate(end.value()) }, { u"follow_up_due"_s, formatIsoDate(followUpDueDate(end.value())) } });
    else {
        context.out() << "Bilan " << *id << " closed on " << formatIsoDate(end.value()) << "; follow-up due on "
                      << formatIsoDate(followUpDueDate(end.value())) << Qt::endl;
        sayWhatIsDue(context, *store.value(), *id);
    }
    return Exit::Ok;
}

int abandonBilan(Context& context)
{
    const auto id = context.idArgument(0, u"bilan"_s);
    if (!id)
        return Exit::Failed;
    QDate date;
    if (!optionalDate(context, date))
        return Exit::Failed;
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    auto end = BilanEndService(*store.value(), context.clock()).abandon(*id, context.option(u"reason"_s), date);
    if (!end)
        return context.fail(end.error());
    if (context.json())
        context.printJson(QJsonObject { { u"id"_s, *id }, { u"status"_s, u"abandoned"_s },
            { u"end_date"_s, formatIsoDate(end.value()) }, { u"reason"_s, context.option(u"reason"_s).trimmed() } });
    else {
        context.out() << "Bilan " << *id << " abandoned on " << formatIsoDate(end.value()) << Qt::endl;
        sayWhatIsDue(context, *store.value(), *id);
    }
    return Exit::Ok;
}

} // namespace

void registerBilanCommands(QList<CommandSpec>& commands)
{
    commands.append({ { u"bilan"_s, u"open"_s }, { u"CLIENT_ID"_s },
                      { { u"funding"_s, u"cpf|employer|france-travail|personal"_s }, { u"start"_s, u"YYYY-MM-DD"_s } },
                      u"Opens a bilan for a beneficiary; prints the new id."_s, false, openBilan });
    commands.append({ { u"bilan"_s, u"show"_s }, { u"BILAN_ID"_s }, {},
                      u"Shows a bilan: phases with planned and done hours, sessions, total against the 24 h cap."_s,
                      false, showBilan });
    commands.append({ { u"bilan"_s, u"budget"_s }, { u"BILAN_ID"_s },
                      { { u"phase"_s, u"PHASE"_s, true }, { u"minutes"_s, u"N"_s, true } },
                      u"Changes the planned hours of one phase (the 24 h cap applies)."_s, false, setBudget });
    commands.append({ { u"bilan"_s, u"close"_s }, { u"BILAN_ID"_s }, { { u"date"_s, u"YYYY-MM-DD"_s } },
                      u"Closes a bilan (by default on the day of its last conclusion session done, else today); "
                      u"its follow-up is then due six months later."_s,
                      false, closeBilan });
    commands.append({ { u"bilan"_s, u"abandon"_s }, { u"BILAN_ID"_s },
                      { { u"reason"_s, u"TEXT"_s, true }, { u"date"_s, u"YYYY-MM-DD"_s } },
                      u"Records that a bilan was abandoned, and why (no follow-up is due)."_s, false, abandonBilan });
}

} // namespace parcours::cli
