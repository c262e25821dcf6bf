#include <parcours/core/WallClock.h>
#include <parcours/reports/Json.h>
#include <parcours/reports/ScheduleJson.h>

using namespace Qt::StringLiterals;

namespace parcours::json {
namespace {

QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateOrNull(QDate date)
{
    return date.isValid() ? QJsonValue(formatIsoDate(date)) : QJsonValue(QJsonValue::Null);
}

QString noticeKey(SlotNotice::Kind kind)
{
    switch (kind) {
    case SlotNotice::Kind::MovedForHoliday:
        return u"moved-for-holiday"_s;
    case SlotNotice::Kind::MovedForAbsence:
        return u"moved-for-absence"_s;
    case SlotNotice::Kind::Holiday:
        return u"holiday"_s;
    case SlotNotice::Kind::Absence:
        return u"absence"_s;
    case SlotNotice::Kind::Conflict:
        return u"conflict"_s;
    case SlotNotice::Kind::OutsideWorkingHours:
        return u"outside-working-hours"_s;
    case SlotNotice::Kind::OverBudget:
        return u"over-budget"_s;
    }
    return {};
}

} // namespace

QJsonObject sessionRecord(const SessionRecord& record)
{
    return QJsonObject {
        { u"cancelled_by"_s,
            record.cancelledBy ? QJsonValue(toKey(*record.cancelledBy)) : QJsonValue(QJsonValue::Null) },
        { u"moved_to"_s, idOrNull(record.movedTo) },
        { u"moved_from"_s, idOrNull(record.movedFrom) },
        { u"place"_s, record.place ? QJsonValue(toKey(*record.place)) : QJsonValue(QJsonValue::Null) },
        { u"attendance_signed"_s, record.attendanceSigned },
        { u"consultant_attested"_s, record.consultantAttested },
        { u"beneficiary_confirmed"_s, record.beneficiaryConfirmed },
        { u"personal_work_minutes"_s, record.personalWorkMinutes },
        { u"handed_over"_s,
            QJsonArray::fromStringList(record.handedOver.isEmpty() ? QStringList() : record.handedOver.split(u'\n')) },
        { u"scan"_s, record.scanFileName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(record.scanFileName) },
    };
}

QJsonObject notice(const SlotNotice& notice)
{
    QJsonObject object { { u"kind"_s, noticeKey(notice.kind) }, { u"text"_s, notice.text() } };
    if (notice.sessionId > 0)
        object.insert(u"session_id"_s, notice.sessionId);
    return object;
}

QJsonObject plannedSlot(const PlannedSlot& slot)
{
    QJsonArray notices;
    for (const SlotNotice& item : slot.notices)
        notices.append(notice(item));
    return QJsonObject {
        { u"starts_at"_s, formatWallClock(slot.startsAt) },
        { u"phase"_s, toKey(slot.phase) },
        { u"planned_minutes"_s, slot.minutes },
        { u"notices"_s, notices },
    };
}

QJsonObject agendaEntry(const AgendaEntry& entry)
{
    QJsonObject object = session(entry.session);
    object.remove(u"notes"_s);
    object.insert(u"client_id"_s, entry.clientId);
    object.insert(u"client_name"_s, entry.clientName());
    object.insert(u"ends_at"_s, formatWallClock(entry.session.endsAt()));
    object.insert(u"place"_s, entry.place ? QJsonValue(toKey(*entry.place)) : QJsonValue(QJsonValue::Null));
    object.insert(u"moved_to"_s, idOrNull(entry.movedTo));
    QJsonArray conflicts;
    for (qint64 id : entry.conflicts)
        conflicts.append(id);
    object.insert(u"conflicts_with"_s, conflicts);
    object.insert(u"during_absence"_s, entry.duringAbsence);
    return object;
}

QJsonObject agendaPeriod(const AgendaPeriod& period)
{
    QJsonArray sessions;
    for (const AgendaEntry& entry : period.entries)
        sessions.append(agendaEntry(entry));
    QJsonArray holidays;
    for (const PublicHoliday& holiday : period.holidays)
        holidays.append(QJsonObject { { u"date"_s, formatIsoDate(holiday.date) }, { u"name"_s, holiday.name } });
    QJsonArray absences;
    for (const Absence& item : period.absences)
        absences.append(absence(item));
    return QJsonObject {
        { u"from"_s, formatIsoDate(period.from) },
        { u"to"_s, formatIsoDate(period.to) },
        { u"sessions"_s, sessions },
        { u"holidays"_s, holidays },
        { u"absences"_s, absences },
    };
}

QJsonObject absence(const Absence& absence)
{
    return QJsonObject {
        { u"id"_s, absence.id },
        { u"first_day"_s, formatIsoDate(absence.firstDay) },
        { u"last_day"_s, formatIsoDate(absence.lastDay) },
        { u"label"_s, absence.label },
    };
}

QJsonObject cpfDeadline(const CpfDeadline& deadline)
{
    return QJsonObject {
        { u"step"_s, toKey(deadline.step) },
        { u"event_date"_s, dateOrNull(deadline.eventDate) },
        { u"due_by"_s, dateOrNull(deadline.dueBy) },
        { u"declared_on"_s, dateOrNull(deadline.declaredOn) },
    };
}

QJsonObject cpfDueItem(const CpfDueItem& item)
{
    QJsonObject object = cpfDeadline(item.deadline);
    object.insert(u"bilan_id"_s, item.bilanId);
    object.insert(u"client_id"_s, item.clientId);
    object.insert(u"client_name"_s, item.clientName);
    return object;
}

} // namespace parcours::json
