#include "Cli.h"

#include <parcours/core/SessionLogService.h>
#include <parcours/core/SessionService.h>
#include <parcours/core/WallClock.h>
#include <parcours/reports/Json.h>
#include <parcours/reports/ScheduleJson.h>

#include <QFile>
#include <QFileInfo>

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace parcours::cli {
namespace {

int addSession(Context& context)
{
    const auto bilanId = context.idArgument(0, u"bilan"_s);
    if (!bilanId)
        return Exit::Failed;
    const auto phase = fromKey<Phase>(context.option(u"phase"_s));
    if (!phase)
        return context.fail(u"--phase: expected %1, not '%2'"_s.arg(keysOf(Phase {}), context.option(u"phase"_s)));
    const auto at = context.dateTimeOption(u"at"_s);
    if (!at)
        return Exit::Failed;
    const auto minutes = context.minutesOption(u"minutes"_s);
    if (!minutes)
        return Exit::Failed;
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    Session session;
    session.bilanId = *bilanId;
    session.phase = *phase;
    session.startsAt = *at;
    session.plannedMinutes = *minutes;
    auto id = SessionService(*store.value(), context.clock()).add(session);
    if (!id)
        return context.fail(id.error());
    if (context.json())
        context.printJson(QJsonObject { { u"id"_s, id.value() } });
    else
        context.out() << id.value() << Qt::endl;
    return Exit::Ok;
}

std::optional<bool> yesNo(Context& context, const QString& name, const QString& yes, const QString& no)
{
    const QString value = context.option(name);
    if (value == yes)
        return true;
    if (value == no)
        return false;
    context.fail(u"--%1: expected %2|%3, not '%4'"_s.arg(name, yes, no, value));
    return std::nullopt;
}

int logSession(Context& context)
{
    const auto id = context.idArgument(0, u"session"_s);
    if (!id)
        return Exit::Failed;
    SessionLog entry;
    if (context.option(u"status"_s) == u"moved")
        return context.fail(u"--status: a session is moved with 'session move SESSION_ID --to YYYY-MM-DDTHH:MM'"_s);
    const auto status = fromKey<SessionStatus>(context.option(u"status"_s));
    if (!status || *status == SessionStatus::Planned)
        return context.fail(u"--status: expected done|cancelled|no-show, not '%1'"_s.arg(context.option(u"status"_s)));
    entry.status = *status;
    if (context.has(u"minutes"_s)) {
        const auto minutes = context.minutesOption(u"minutes"_s);
        if (!minutes)
            return Exit::Failed;
        if (entry.status != SessionStatus::Done)
            return context.fail(u"--minutes only applies to a session logged as done"_s);
        entry.actualMinutes = *minutes;
    }
    if (context.has(u"notes"_s))
        entry.notes = context.option(u"notes"_s);
    SessionLogDetails details;
    if (context.has(u"by"_s)) {
        details.cancelledBy = fromKey<Party>(context.option(u"by"_s));
        if (!details.cancelledBy)
            return context.fail(u"--by: expected beneficiary|consultant, not '%1'"_s.arg(context.option(u"by"_s)));
        if (entry.status != SessionStatus::Cancelled)
            return context.fail(u"--by only applies to a session logged as cancelled"_s);
    }
    if (context.has(u"place"_s)) {
        details.place = fromKey<Place>(context.option(u"place"_s));
        if (!details.place)
            return context.fail(u"--place: expected office|remote, not '%1'"_s.arg(context.option(u"place"_s)));
    }
    struct Switch {
        const char16_t* name;
        const char16_t* yes;
        const char16_t* no;
        std::optional<bool>* target;
    };
    for (const Switch& item : { Switch { u"attendance", u"signed", u"unsigned", &details.attendanceSigned },
                                Switch { u"attested", u"yes", u"no", &details.consultantAttested },
                                Switch { u"confirmed", u"yes", u"no", &details.beneficiaryConfirmed } }) {
        const QString name = QString::fromUtf16(item.name);
        if (!context.has(name))
            continue;
        *item.target = yesNo(context, name, QString::fromUtf16(item.yes), QString::fromUtf16(item.no));
        if (!*item.target)
            return Exit::Failed;
    }
    if (context.has(u"personal-work"_s)) {
        const auto minutes = context.minutesOption(u"personal-work"_s);
        if (!minutes)
            return Exit::Failed;
        details.personalWorkMinutes = *minutes;
    }
    if (context.has(u"handed-over"_s))
        details.handedOver = context.option(u"handed-over"_s).replace(u'|', u'\n');
    if (context.has(u"scan"_s)) {
        QFile file(context.option(u"scan"_s));
        if (file.size() > kMaxScanBytes)
            return context.fail(u"--scan: %1 is larger than 10 MB"_s.arg(context.option(u"scan"_s)));
        if (!file.open(QIODevice::ReadOnly))
            return context.fail(u"--scan: cannot read %1: %2"_s.arg(context.option(u"scan"_s), file.errorString()));
        details.scan = SessionScan { *id, QFileInfo(file).fileName(), {}, file.readAll() };
    }
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    SessionLogService logs(*store.value(), context.clock());
    auto logged = logs.log(*id, entry, details);
    if (!logged)
        return context.fail(logged.error());
    if (context.json()) {
        auto record = logs.record(*id);
        if (!record)
            return context.fail(record.error());
        QJsonObject object = json::session(logged->session);
        object.insert(u"record"_s, json::sessionRecord(record.value()));
        context.printJson(object);
    }
    // Logged as it happened; what to change in the plan goes to stderr, the exit status stays 0.
    if (logged->plannedOverCap) {
        QTextStream err(stderr);
        err << "parcours-cli: warning: " << logged->plannedOverCap->message() << '\n';
    }
    return Exit::Ok;
}

int listSessions(Context& context)
{
    std::optional<qint64> bilanId;
    if (context.has(u"bilan"_s)) {
        bilanId = context.idOption(u"bilan"_s, u"bilan"_s);
        if (!bilanId)
            return Exit::Failed;
    }
    QDate from;
    QDate to;
    if (context.has(u"from"_s)) {
        const auto date = context.dateOption(u"from"_s);
        if (!date)
            return Exit::Failed;
        from = *date;
    }
    if (context.has(u"to"_s)) {
        const auto date = context.dateOption(u"to"_s);
        if (!date)
            return Exit::Failed;
        to = *date;
    }
    if (from.isValid() && to.isValid() && to < from)
        return context.fail(u"--to is before --from"_s);
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    if (bilanId) {
        if (auto bilan = store.value()->bilans().get(*bilanId); !bilan)
            return context.fail(bilan.error());
    }
    auto sessions = SessionService(*store.value(), context.clock()).between(from, to, bilanId);
    if (!sessions)
        return context.fail(sessions.error());
    if (context.json()) {
        QJsonArray array;
        for (const Session& session : sessions.value()) {
            QJsonObject object = json::session(session);
            object.remove(u"notes"_s); // listing never carries bilan content; `bilan show` does
            array.append(object);
        }
        context.printJson(array);
        return Exit::Ok;
    }
    QList<QStringList> rows;
    for (const Session& session : sessions.value()) {
        rows << QStringList { QString::number(session.id), QString::number(session.bilanId),
                              formatWallClock(session.startsAt), toKey(session.phase),
                              formatMinutes(session.plannedMinutes),
                              session.actualMinutes ? formatMinutes(*session.actualMinutes) : u"-"_s,
                              toKey(session.status) };
    }
    context.printTable({ u"ID"_s, u"BILAN"_s, u"STARTS AT"_s, u"PHASE"_s, u"PLANNED"_s, u"ACTUAL"_s, u"STATUS"_s },
                       rows);
    return Exit::Ok;
}

} // namespace

void registerSessionCommands(QList<CommandSpec>& commands)
{
    commands.append({ { u"session"_s, u"add"_s }, { u"BILAN_ID"_s },
                      { { u"phase"_s, u"intake|preliminary|investigation|conclusion|follow-up"_s, true },
                        { u"at"_s, u"YYYY-MM-DDTHH:MM"_s, true }, { u"minutes"_s, u"N"_s, true } },
                      u"Plans a session; prints the new id."_s, false, addSession });
    commands.append({ { u"session"_s, u"log"_s }, { u"SESSION_ID"_s },
                      { { u"status"_s, u"done|cancelled|no-show"_s, true }, { u"by"_s, u"beneficiary|consultant"_s },
                        { u"minutes"_s, u"N"_s }, { u"notes"_s, u"TEXT"_s }, { u"place"_s, u"office|remote"_s },
                        { u"attendance"_s, u"signed|unsigned"_s }, { u"attested"_s, u"yes|no"_s },
                        { u"confirmed"_s, u"yes|no"_s }, { u"personal-work"_s, u"MINUTES"_s },
                        { u"handed-over"_s, u"TEXT|TEXT…"_s }, { u"scan"_s, u"FILE"_s } },
                      u"Records what happened in a session: status (a cancellation says --by whom), length, notes, "
                      u"place, attendance proof (remote: --attested and --confirmed, or a signed --scan), personal "
                      u"work since the last session, documents handed over. Logging again edits the same record."_s,
                      false, logSession });
    commands.append({ { u"session"_s, u"list"_s }, {},
                      { { u"bilan"_s, u"ID"_s }, { u"from"_s, u"YYYY-MM-DD"_s }, { u"to"_s, u"YYYY-MM-DD"_s } },
                      u"Lists sessions, both dates included."_s, false, listSessions });
}

} // namespace parcours::cli
