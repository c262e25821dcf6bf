// pdf attendance, ics, cpf: the attendance sheet, the calendar export and the CPF declarations.
#include "Cli.h"

#include <parcours/core/AgendaService.h>
#include <parcours/core/BilanService.h>
#include <parcours/core/Settings.h>
#include <parcours/core/WallClock.h>
#include <parcours/reports/AttendanceSheet.h>
#include <parcours/reports/ICalendar.h>
#include <parcours/reports/ScheduleJson.h>

using namespace Qt::StringLiterals;

namespace parcours::cli {
namespace {

int attendancePdf(Context& context)
{
    const auto bilanId = context.idArgument(0, u"bilan"_s);
    if (!bilanId)
        return Exit::Failed;
    std::optional<qint64> sessionId;
    if (context.has(u"session"_s)) {
        sessionId = context.idOption(u"session"_s, u"session"_s);
        if (!sessionId)
            return Exit::Failed;
    }
    const QString out = context.option(u"out"_s);
    if (out.isEmpty())
        return context.fail(u"--out: the file name is empty"_s);
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    if (auto logged = sessionId ? context.audit(AuditOperation::Print, AuditRecord::Session, *sessionId, u"attendance-sheet"_s)
                                : context.audit(AuditOperation::Print, AuditRecord::Bilan, *bilanId, u"attendance-sheet"_s);
        !logged)
        return context.fail(logged.error());
    auto overview = BilanService(*store.value(), context.clock()).overview(*bilanId);
    if (!overview)
        return context.fail(overview.error());
    const Settings settings(store.value()->settings());
    const DocumentLanguage language(settings.text(settingKeys::documentLanguage));
    if (auto written
        = AttendanceSheet::write(overview.value(), sessionId, Letterhead::fromSettings(settings), language, out);
        !written)
        return context.fail(written.error());
    if (context.json())
        context.printJson(QJsonObject { { u"file"_s, out } });
    return Exit::Ok;
}

int exportCalendar(Context& context)
{
    std::optional<qint64> bilanId;
    if (context.has(u"bilan"_s)) {
        bilanId = context.idOption(u"bilan"_s, u"bilan"_s);
        if (!bilanId)
            return Exit::Failed;
    }
    const QString out = context.option(u"out"_s);
    if (out.isEmpty())
        return context.fail(u"--out: the file name is empty"_s);
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    if (auto logged = context.audit(AuditOperation::Export, AuditRecord::Bilan, bilanId.value_or(0), u"icalendar"_s); !logged)
        return context.fail(logged.error());
    auto count = ICalendar::exportFile(*store.value(), context.clock(), bilanId, out);
    if (!count)
        return context.fail(count.error());
    if (context.json())
        context.printJson(QJsonObject { { u"file"_s, out }, { u"events"_s, count.value() } });
    else
        context.out() << "Wrote " << count.value() << " event(s) to " << out << Qt::endl;
    return Exit::Ok;
}

int declareCpf(Context& context)
{
    const auto bilanId = context.idArgument(0, u"bilan"_s);
    if (!bilanId)
        return Exit::Failed;
    if (context.has(u"entry"_s) == context.has(u"exit"_s))
        return context.usage(u"give --entry or --exit"_s);
    const CpfStep step = context.has(u"entry"_s) ? CpfStep::Entry : CpfStep::Exit;
    const auto dateGiven = context.dateOption(u"date"_s, QDate());
    if (!dateGiven)
        return Exit::Failed;
    const QDate date = *dateGiven;
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    AgendaService agenda(*store.value(), context.clock());
    if (auto declared = agenda.declareCpf(*bilanId, step, date); !declared)
        return context.fail(declared.error());
    if (context.json()) {
        const auto status = agenda.cpfStatus(*bilanId);
        if (!status)
            return context.fail(status.error());
        const auto& deadline = step == CpfStep::Entry ? status->entry : status->exit;
        context.printJson(deadline ? json::cpfDeadline(*deadline) : QJsonObject());
    }
    return Exit::Ok;
}

int cpfDue(Context& context)
{
    auto store = context.store();
    if (!store)
        return context.fail(store.error());
    auto due = AgendaService(*store.value(), context.clock()).cpfDue();
    if (!due)
        return context.fail(due.error());
    if (context.json()) {
        QJsonArray array;
        for (const CpfDueItem& item : due.value())
            array.append(json::cpfDueItem(item));
        context.printJson(array);
        return Exit::Ok;
    }
    const QDate today = context.clock().today();
    QList<QStringList> rows;
    for (const CpfDueItem& item : due.value()) {
        rows << QStringList { QString::number(item.bilanId), item.clientName, toKey(item.deadline.step),
            formatIsoDate(item.deadline.eventDate), formatIsoDate(item.deadline.dueBy),
            item.deadline.overdue(today) ? u"overdue"_s : u"due"_s };
    }
    context.printTable({ u"BILAN"_s, u"BENEFICIARY"_s, u"STEP"_s, u"EVENT"_s, u"DUE BY"_s, u"STATE"_s }, rows);
    return Exit::Ok;
}

} // namespace

void registerScheduleExportCommands(QList<CommandSpec>& commands)
{
    commands.append({ { u"pdf"_s, u"attendance"_s }, { u"BILAN_ID"_s },
        { { u"session"_s, u"ID"_s }, { u"out"_s, u"FILE.pdf"_s, true } },
        u"Writes the attendance sheet (feuille d'émargement) of a bilan, or of one of its sessions."_s, true,
        attendancePdf });
    commands.append({ { u"ics"_s }, {}, { { u"bilan"_s, u"ID"_s }, { u"out"_s, u"FILE.ics"_s, true } },
        u"Exports one bilan's sessions, or every session from 30 days ago on, as iCalendar (initials and "
        u"phase only), with each six-month follow-up still to arrange as an all-day event on its due date; "
        u"re-exporting updates the same events."_s,
        false, exportCalendar });
    commands.append({ { u"cpf"_s, u"declared"_s }, { u"BILAN_ID"_s },
        { { u"entry"_s, {} }, { u"exit"_s, {} }, { u"date"_s, u"YYYY-MM-DD"_s } },
        u"Records that the CPF entry or exit was declared (today unless --date)."_s, false, declareCpf });
    commands.append({ { u"cpf"_s, u"due"_s }, {}, {},
        u"Lists the CPF declarations still to make (3 working days after the event)."_s, false, cpfDue });
}

} // namespace parcours::cli
