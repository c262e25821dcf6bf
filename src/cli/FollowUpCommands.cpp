// reminders, follow-up: what is due across bilans, and the six-month follow-up of one.
#include "Cli.h"

#include <parcours/core/FollowUpService.h>
#include <parcours/core/WallClock.h>

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace parcours::cli {
namespace {

QJsonObject reminderJson(const Reminder& reminder, QDate today)
{
    QJsonObject object { { u"kind"_s, toKey(reminder.kind) }, { u"bilan_id"_s, reminder.bilanId },
        { u"client_id"_s, reminder.clientId }, { u"client_name"_s, reminder.clientName },
        { u"due_date"_s, formatIsoDate(reminder.dueOn) }, { u"overdue"_s, reminder.overdue(today) } };
    if (reminder.kind == ReminderKind::SessionsToLog)
        object.insert(u"sessions"_s, reminder.sessionCount);
    return object;
}

QJsonObject followUpJson(const FollowUpRecord& record)
{
    QJsonArray attempts;
    for (const ContactAttempt& attempt : record.attempts)
        attempts.append(QJsonObject { { u"date"_s, formatIsoDate(attempt.date) }, { u"channel"_s, toKey(attempt.channel) } });
    return QJsonObject { { u"bilan_id"_s, record.bilanId }, { u"due_date"_s, formatIsoDate(record.dueOn) },
        { u"moved"_s, record.moved },
        { u"outcome"_s, record.outcome ? QJsonValue(toKey(*record.outcome)) : QJsonValue() },
        { u"outcome_date"_s, record.outcome ? QJsonValue(formatIsoDate(record.outcomeOn)) : QJsonValue() },
        { u"notes"_s, record.notes }, { u"attempts"_s, attempts } };
}

int listReminders(Context& context)
{
    const QDate today = context.clock().today();
    QDate before = today.addDays(ReminderService::kHorizonDays + 1);
    if (context.has(u"due-before"_s)) {
        const auto date = context.dateOption(u"due-before"_s);
        if (!date)
            return Exit::Failed;
        before = *date;
    }
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    auto due = ReminderService(*store.value(), context.clock()).due(before);
    if (!due)
        return context.fail(due.error());
    if (context.json()) {
        QJsonArray array;
        for (const Reminder& reminder : due.value())
            array.append(reminderJson(reminder, today));
        context.printJson(array);
        return Exit::Ok;
    }
    if (due->isEmpty()) {
        context.out() << "Nothing due before " << formatIsoDate(before) << "." << Qt::endl;
        return Exit::Ok;
    }
    QList<QStringList> rows;
    for (const Reminder& reminder : due.value()) {
        // Sessions to log say how many: "sessions-to-log (5)".
        const QString kind = reminder.kind == ReminderKind::SessionsToLog
            ? u"%1 (%2)"_s.arg(toKey(reminder.kind)).arg(reminder.sessionCount)
            : toKey(reminder.kind);
        rows << QStringList { formatIsoDate(reminder.dueOn), kind, QString::number(reminder.bilanId),
            reminder.clientName, reminder.overdue(today) ? u"overdue"_s : u"due"_s };
    }
    context.printTable({ u"DUE"_s, u"KIND"_s, u"BILAN"_s, u"BENEFICIARY"_s, u"STATE"_s }, rows);
    return Exit::Ok;
}

int followUp(Context& context)
{
    const auto bilanId = context.idArgument(0, u"bilan"_s);
    if (!bilanId)
        return Exit::Failed;
    FollowUpChange change;
    int outcomes = 0;
    for (FollowUpOutcome outcome : kAllFollowUpOutcomes) {
        if (context.has(toKey(outcome))) {
            change.outcome = outcome;
            ++outcomes;
        }
    }
    if (outcomes > 1)
        return context.usage(u"give one of --done, --declined, --unreachable"_s);
    if (context.has(u"date"_s)) {
        if (!change.outcome)
            return context.usage(u"--date goes with --done, --declined or --unreachable"_s);
        const auto date = context.dateOption(u"date"_s);
        if (!date)
            return Exit::Failed;
        change.outcomeOn = *date;
    }
    if (context.has(u"notes"_s))
        change.notes = context.option(u"notes"_s);
    if (context.has(u"move-to"_s)) {
        const auto date = context.dateOption(u"move-to"_s);
        if (!date)
            return Exit::Failed;
        change.moveTo = *date;
    }
    if (context.has(u"attempt"_s) != context.has(u"channel"_s))
        return context.usage(u"--attempt and --channel go together"_s);
    if (context.has(u"attempt"_s)) {
        const auto date = context.dateOption(u"attempt"_s);
        if (!date)
            return Exit::Failed;
        const auto channel = fromKey<ContactChannel>(context.option(u"channel"_s));
        if (!channel)
            return context.fail(u"--channel: expected phone|email|letter|sms, not '%1'"_s.arg(context.option(u"channel"_s)));
        change.attempts << ContactAttempt { 0, *date, *channel };
    }
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    FollowUpService service(*store.value(), context.clock());
    const bool changes = change.outcome || change.notes || change.moveTo.isValid() || !change.attempts.isEmpty();
    auto record = changes ? service.apply(*bilanId, change) : service.get(*bilanId);
    if (!record)
        return context.fail(record.error());
    if (context.json()) {
        context.printJson(followUpJson(record.value()));
        return Exit::Ok;
    }
    QTextStream& out = context.out();
    out << "Follow-up of bilan " << *bilanId << ": due on " << formatIsoDate(record->dueOn)
        << (record->moved ? " (moved)" : "");
    if (record->outcome)
        out << ", " << toKey(*record->outcome) << " on " << formatIsoDate(record->outcomeOn);
    out << '\n';
    for (const ContactAttempt& attempt : record->attempts)
        out << "  attempt on " << formatIsoDate(attempt.date) << " by " << toKey(attempt.channel) << '\n';
    out.flush();
    return Exit::Ok;
}

} // namespace

void registerFollowUpCommands(QList<CommandSpec>& commands)
{
    commands.append({ { u"reminders"_s }, {}, { { u"due-before"_s, u"YYYY-MM-DD"_s } },
        u"Lists what is due (follow-ups, unsigned agreements, CPF declarations), overdue included, up to today + "
        u"30 days or before --due-before."_s,
        false, listReminders });
    commands.append({ { u"follow-up"_s }, { u"BILAN_ID"_s },
        { { u"done"_s, {} }, { u"declined"_s, {} }, { u"unreachable"_s, {} }, { u"date"_s, u"YYYY-MM-DD"_s },
            { u"notes"_s, u"TEXT"_s }, { u"move-to"_s, u"YYYY-MM-DD"_s }, { u"attempt"_s, u"YYYY-MM-DD"_s },
            { u"channel"_s, u"phone|email|letter|sms"_s } },
        u"Shows or records the six-month follow-up of a closed bilan: its outcome, a new due date, an attempt to "
        u"reach the beneficiary."_s,
        false, followUp });
}

} // namespace parcours::cli
