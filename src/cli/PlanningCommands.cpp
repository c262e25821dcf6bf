// session plan, session move, agenda, absence: the consultant's week from the command line.
#include "Cli.h"

#include <parcours/core/AgendaService.h>
#include <parcours/core/PlanningService.h>
#include <parcours/core/WallClock.h>
#include <parcours/reports/ScheduleJson.h>

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace parcours::cli {
namespace {

const QStringList kWeekdays { u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s, u"sun"_s };

std::optional<int> countOption(Context& context, const QString& name, int fallback)
{
    if (!context.has(name))
        return fallback;
    bool ok = false;
    const int value = context.option(name).toInt(&ok);
    if (!ok) {
        context.fail(u"--%1: '%2' is not a whole number"_s.arg(name, context.option(name)));
        return std::nullopt;
    }
    return value;
}

QString noticesText(const QList<SlotNotice>& notices)
{
    QStringList texts;
    for (const SlotNotice& notice : notices)
        texts << notice.text();
    return texts.isEmpty() ? u"-"_s : texts.join(u' ');
}

int planSessions(Context& context)
{
    const auto bilanId = context.idArgument(0, u"bilan"_s);
    if (!bilanId)
        return Exit::Failed;
    PlanRequest request;
    const auto from = context.dateOption(u"from"_s);
    if (!from)
        return Exit::Failed;
    request.from = *from;
    const qsizetype weekday = kWeekdays.indexOf(context.option(u"weekday"_s).toLower());
    if (weekday < 0)
        return context.fail(
            u"--weekday: expected mon|tue|wed|thu|fri|sat|sun, not '%1'"_s.arg(context.option(u"weekday"_s)));
    request.weekday = static_cast<Qt::DayOfWeek>(weekday + 1);
    request.time = QTime::fromString(context.option(u"time"_s), u"HH:mm"_s);
    if (!request.time.isValid() || context.option(u"time"_s).size() != 5)
        return context.fail(u"--time: '%1' is not a time (expected HH:MM)"_s.arg(context.option(u"time"_s)));
    const auto count = countOption(context, u"count"_s, kDefaultSessionCount);
    if (!count)
        return Exit::Failed;
    request.count = *count;
    if (context.has(u"minutes"_s)) {
        const auto minutes = context.minutesOption(u"minutes"_s);
        if (!minutes)
            return Exit::Failed;
        request.minutes = *minutes;
    }
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    PlanningService planning(*store.value(), context.clock());
    auto plan = planning.propose(*bilanId, request);
    if (!plan)
        return context.fail(plan.error());
    const bool dryRun = context.has(u"dry-run"_s);
    QList<qint64> ids;
    if (!dryRun) {
        auto saved = planning.save(*bilanId, plan.value());
        if (!saved)
            return context.fail(saved.error());
        ids = saved.value();
    }
    if (context.json()) {
        QJsonArray sessions;
        for (qsizetype i = 0; i < plan->size(); ++i) {
            QJsonObject object = json::plannedSlot(plan->at(i));
            object.insert(u"id"_s, dryRun ? QJsonValue(QJsonValue::Null) : QJsonValue(ids.value(i)));
            sessions.append(object);
        }
        context.printJson(
            QJsonObject { { u"bilan_id"_s, *bilanId }, { u"saved"_s, !dryRun }, { u"sessions"_s, sessions } });
        return Exit::Ok;
    }
    QList<QStringList> rows;
    for (qsizetype i = 0; i < plan->size(); ++i) {
        const PlannedSlot& slot = plan->at(i);
        rows << QStringList { dryRun ? QString::number(i + 1) : QString::number(ids.value(i)),
            formatWallClock(slot.startsAt), toKey(slot.phase), formatMinutes(slot.minutes), noticesText(slot.notices) };
    }
    context.printTable({ dryRun ? u"#"_s : u"ID"_s, u"STARTS AT"_s, u"PHASE"_s, u"LENGTH"_s, u"NOTES"_s }, rows);
    context.out() << (dryRun ? u"Dry run: nothing was saved.\n"_s : u"Saved %1 sessions.\n"_s.arg(ids.size()));
    context.out().flush();
    return Exit::Ok;
}

int moveSession(Context& context)
{
    const auto id = context.idArgument(0, u"session"_s);
    if (!id)
        return Exit::Failed;
    const auto to = context.dateTimeOption(u"to"_s);
    if (!to)
        return Exit::Failed;
    std::optional<Party> by;
    if (context.has(u"by"_s)) {
        by = fromKey<Party>(context.option(u"by"_s));
        if (!by)
            return context.fail(u"--by: expected beneficiary|consultant, not '%1'"_s.arg(context.option(u"by"_s)));
    }
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    auto moved = PlanningService(*store.value(), context.clock()).move(*id, *to, by);
    if (!moved)
        return context.fail(moved.error());
    if (context.json()) {
        QJsonArray notices;
        for (const SlotNotice& notice : moved->notices)
            notices.append(json::notice(notice));
        context.printJson(
            QJsonObject { { u"id"_s, moved->newSessionId }, { u"moved_from"_s, *id }, { u"notices"_s, notices } });
        return Exit::Ok;
    }
    context.out() << moved->newSessionId << Qt::endl;
    // What the consultant should know goes to stderr, so that the new id stays alone on stdout.
    QTextStream err(stderr);
    for (const SlotNotice& notice : moved->notices)
        err << "parcours-cli: note: " << notice.text() << '\n';
    return Exit::Ok;
}

int showAgenda(Context& context)
{
    const bool week = context.has(u"week"_s);
    const bool range = context.has(u"from"_s) || context.has(u"to"_s);
    if (week == range)
        return context.usage(u"give --week YYYY-Www, or --from D and --to D"_s);
    QDate from;
    QDate to;
    if (week) {
        static const QRegularExpression pattern(u"^(\\d{4})-W(\\d{2})$"_s);
        const auto match = pattern.match(context.option(u"week"_s));
        from = match.hasMatch() ? isoWeekMonday(match.captured(1).toInt(), match.captured(2).toInt()) : QDate();
        if (!from.isValid())
            return context.fail(
                u"--week: '%1' is not an ISO week (expected YYYY-Www, e.g. 2026-W12)"_s.arg(context.option(u"week"_s)));
        to = from.addDays(6);
    } else {
        if (!context.has(u"from"_s) || !context.has(u"to"_s))
            return context.usage(u"--from and --to go together"_s);
        const auto first = context.dateOption(u"from"_s);
        if (!first)
            return Exit::Failed;
        const auto last = context.dateOption(u"to"_s);
        if (!last)
            return Exit::Failed;
        from = *first;
        to = *last;
    }
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    auto period = AgendaService(*store.value(), context.clock()).period(from, to);
    if (!period)
        return context.fail(period.error());
    if (context.json()) {
        context.printJson(json::agendaPeriod(period.value()));
        return Exit::Ok;
    }
    QList<QStringList> rows;
    for (const AgendaEntry& entry : period->entries) {
        QStringList flags;
        for (qint64 other : entry.conflicts)
            flags << u"conflict with %1"_s.arg(other);
        if (entry.duringAbsence)
            flags << u"during an absence"_s;
        if (entry.movedTo > 0)
            flags << u"moved to %1"_s.arg(entry.movedTo);
        if (entry.place)
            flags << toKey(*entry.place);
        const Session& session = entry.session;
        rows << QStringList { QString::number(session.id), session.startsAt.toString(u"ddd yyyy-MM-dd"_s),
            session.startsAt.toString(u"HH:mm"_s) + u'-' + session.endsAt().toString(u"HH:mm"_s), entry.clientName(),
            toKey(session.phase), toKey(session.status), flags.isEmpty() ? u"-"_s : flags.join(u", "_s) };
    }
    QTextStream& out = context.out();
    out << "Agenda from " << formatIsoDate(from) << " to " << formatIsoDate(to) << '\n';
    for (const PublicHoliday& holiday : period->holidays)
        out << "Public holiday: " << formatIsoDate(holiday.date) << ' ' << holiday.name << '\n';
    for (const Absence& absence : period->absences) {
        out << "Away: " << formatIsoDate(absence.firstDay) << " to " << formatIsoDate(absence.lastDay)
            << (absence.label.isEmpty() ? QString() : u" ("_s + absence.label + u')') << '\n';
    }
    if (rows.isEmpty()) {
        out << "No session.\n";
        out.flush();
        return Exit::Ok;
    }
    context.printTable({ u"ID"_s, u"DAY"_s, u"TIME"_s, u"BENEFICIARY"_s, u"PHASE"_s, u"STATUS"_s, u"FLAGS"_s }, rows);
    return Exit::Ok;
}

int addAbsence(Context& context)
{
    const auto from = context.dateOption(u"from"_s);
    if (!from)
        return Exit::Failed;
    QDate to = *from;
    if (context.has(u"to"_s)) {
        const auto last = context.dateOption(u"to"_s);
        if (!last)
            return Exit::Failed;
        to = *last;
    }
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    PlanningService planning(*store.value(), context.clock());
    auto id = planning.addAbsence(Absence { 0, *from, to, context.option(u"label"_s), 0 });
    if (!id)
        return context.fail(id.error());
    if (context.json())
        context.printJson(QJsonObject { { u"id"_s, id.value() } });
    else
        context.out() << id.value() << Qt::endl;
    // Kept as planned (the consultant may come in for them), but said on stderr: they are to move or cancel.
    if (auto planned = planning.plannedDuring(*from, to); planned && !planned->isEmpty()) {
        QStringList when;
        for (const AgendaEntry& entry : planned.value())
            when << entry.session.startsAt.toString(u"ddd yyyy-MM-dd HH:mm"_s) + u" (session %1)"_s.arg(entry.session.id);
        QTextStream err(stderr);
        err << "parcours-cli: note: " << planned->size()
            << (planned->size() == 1 ? " planned session falls" : " planned sessions fall") << " in this absence: "
            << when.join(u", "_s) << "; move or cancel " << (planned->size() == 1 ? "it" : "them")
            << " (session move, session log).\n";
    }
    return Exit::Ok;
}

int listAbsences(Context& context)
{
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    auto absences = PlanningService(*store.value(), context.clock()).absences();
    if (!absences)
        return context.fail(absences.error());
    if (context.json()) {
        QJsonArray array;
        for (const Absence& absence : absences.value())
            array.append(json::absence(absence));
        context.printJson(array);
        return Exit::Ok;
    }
    QList<QStringList> rows;
    for (const Absence& absence : absences.value()) {
        rows << QStringList { QString::number(absence.id), formatIsoDate(absence.firstDay),
            formatIsoDate(absence.lastDay), absence.label.isEmpty() ? u"-"_s : absence.label };
    }
    context.printTable({ u"ID"_s, u"FROM"_s, u"TO"_s, u"LABEL"_s }, rows);
    return Exit::Ok;
}

int removeAbsence(Context& context)
{
    const auto id = context.idArgument(0, u"absence"_s);
    if (!id)
        return Exit::Failed;
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    if (auto removed = PlanningService(*store.value(), context.clock()).removeAbsence(*id); !removed)
        return context.fail(removed.error());
    return Exit::Ok;
}

} // namespace

void registerPlanningCommands(QList<CommandSpec>& commands)
{
    commands.append({ { u"session"_s, u"plan"_s }, { u"BILAN_ID"_s },
        { { u"from"_s, u"YYYY-MM-DD"_s, true }, { u"weekday"_s, u"mon|tue|wed|thu|fri|sat|sun"_s, true },
            { u"time"_s, u"HH:MM"_s, true }, { u"count"_s, u"8"_s }, { u"minutes"_s, u"150"_s }, { u"dry-run"_s, {} } },
        u"Plans the bilan's sessions one week apart, holidays and absences skipped, spread over the "
        u"phases within their budgets; prints them (--dry-run saves nothing)."_s,
        false, planSessions });
    commands.append({ { u"session"_s, u"move"_s }, { u"SESSION_ID"_s },
        { { u"to"_s, u"YYYY-MM-DDTHH:MM"_s, true }, { u"by"_s, u"beneficiary|consultant"_s } },
        u"Moves a planned session: it is marked cancelled and a new one, linked to it, is planned; "
        u"prints the new id."_s,
        false, moveSession });
    commands.append({ { u"agenda"_s }, {},
        { { u"week"_s, u"YYYY-Www"_s }, { u"from"_s, u"YYYY-MM-DD"_s }, { u"to"_s, u"YYYY-MM-DD"_s } },
        u"Shows every session of every beneficiary over a week or a period, with conflicts, public "
        u"holidays and absences."_s,
        false, showAgenda });
    commands.append({ { u"absence"_s, u"add"_s }, {},
        { { u"from"_s, u"YYYY-MM-DD"_s, true }, { u"to"_s, u"YYYY-MM-DD"_s }, { u"label"_s, u"TEXT"_s } },
        u"Declares days you are away (the planner moves sessions off them); prints the new id."_s, false, addAbsence });
    commands.append({ { u"absence"_s, u"list"_s }, {}, {}, u"Lists your declared absences."_s, false, listAbsences });
    commands.append({ { u"absence"_s, u"remove"_s }, { u"ABSENCE_ID"_s }, {}, u"Removes a declared absence."_s, false,
        removeAbsence });
}

} // namespace parcours::cli
