// Checking a proposal of sessions, as generated or as edited by the consultant: refusals and flags.
#include <parcours/core/Hours.h>
#include <parcours/core/Planner.h>
#include <parcours/core/WallClock.h>

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

QString shortDay(QDate date)
{
    return QLocale().toString(date, u"ddd d MMM"_s);
}

bool kept(const SlotNotice& notice)
{
    // Moves made by the generator stay said; everything else is recomputed from the slot as it is now.
    return notice.kind == SlotNotice::Kind::MovedForHoliday || notice.kind == SlotNotice::Kind::MovedForAbsence;
}

int committed(const Session& session)
{
    return session.status == SessionStatus::Done ? doneContribution(session) : plannedContribution(session);
}

} // namespace

QString SlotNotice::text() const
{
    switch (kind) {
    case Kind::MovedForHoliday:
        return QCoreApplication::translate("Planner", "Moved a week later: %1 is a public holiday (%2).")
            .arg(shortDay(date), name);
    case Kind::MovedForAbsence:
        return name.isEmpty()
            ? QCoreApplication::translate("Planner", "Moved a week later: you are away on %1.").arg(shortDay(date))
            : QCoreApplication::translate("Planner", "Moved a week later: you are away on %1 (%2).")
                  .arg(shortDay(date), name);
    case Kind::Holiday:
        return QCoreApplication::translate("Planner", "Public holiday (%1).").arg(name);
    case Kind::Absence:
        return name.isEmpty() ? QCoreApplication::translate("Planner", "You are away that day.")
                              : QCoreApplication::translate("Planner", "You are away that day (%1).").arg(name);
    case Kind::Conflict:
        if (sessionId == 0)
            return QCoreApplication::translate("Planner", "Overlaps another proposed session.");
        return QCoreApplication::translate("Planner", "Overlaps the session of %1 at %2.")
            .arg(name, otherStart.time().toString(u"HH:mm"_s));
    case Kind::OutsideWorkingHours:
        return QCoreApplication::translate("Planner", "Outside your working hours.");
    case Kind::OverBudget:
        return QCoreApplication::translate("Planner", "%1 is planned beyond its budget.").arg(name);
    }
    return {};
}

Result<void> reviewPlan(QList<PlannedSlot>& slots, const PlanContext& context)
{
    int proposed = 0;
    std::array<int, 5> byPhase {};
    for (const Session& session : context.bilanSessions) {
        if (countsTowardCap(session.phase))
            byPhase[static_cast<std::size_t>(session.phase)] += committed(session);
    }
    for (Phase phase : kAllPhases)
        byPhase[static_cast<std::size_t>(phase)] += context.personalWorkByPhase[static_cast<std::size_t>(phase)];
    int before = 0;
    for (Phase phase : kAllPhases) {
        if (countsTowardCap(phase))
            before += byPhase[static_cast<std::size_t>(phase)];
    }

    for (qsizetype i = 0; i < slots.size(); ++i) {
        PlannedSlot& slot = slots[i];
        if (!slot.startsAt.isValid()) {
            return makeError(ErrorCode::InvalidInput,
                QCoreApplication::translate("Planner", "Every session needs a date and a time."), u"starts_at"_s);
        }
        if (auto exists = checkWallClockExists(slot.startsAt, context.zone); !exists)
            return exists;
        const QDateTime end = slot.startsAt.addSecs(60LL * slot.minutes);
        const QDate day = slot.startsAt.date();
        const bool endsThatDay = end.date() == day || (end.date() == day.addDays(1) && end.time() == QTime(0, 0));
        if (slot.minutes <= 0 || !endsThatDay) {
            return makeError(ErrorCode::InvalidInput,
                QCoreApplication::translate("Planner",
                    "The session of %1 at %2 would end after midnight: a "
                    "session ends on the day it starts.")
                    .arg(shortDay(day), slot.startsAt.time().toString(u"HH:mm"_s)),
                u"starts_at"_s);
        }
        if (countsTowardCap(slot.phase)) {
            proposed += slot.minutes;
            byPhase[static_cast<std::size_t>(slot.phase)] += slot.minutes;
        }
        QList<SlotNotice> notices;
        for (const SlotNotice& notice : std::as_const(slot.notices)) {
            if (kept(notice))
                notices << notice;
        }
        if (const auto holiday = context.holidays.holidayName(day))
            notices << SlotNotice { SlotNotice::Kind::Holiday, day, *holiday, 0, {} };
        if (const Absence* absence = absenceOn(context.absences, day))
            notices << SlotNotice { SlotNotice::Kind::Absence, day, absence->label, 0, {} };
        const bool workday = context.workdays.contains(static_cast<Qt::DayOfWeek>(day.dayOfWeek()));
        if (!workday || slot.startsAt.time() < context.workdayStart || end.date() != day
            || end.time() > context.workdayEnd)
            notices << SlotNotice { SlotNotice::Kind::OutsideWorkingHours, day, {}, 0, {} };
        for (const AgendaEntry& other : context.others) {
            if (!occupiesTime(other.session.status))
                continue;
            const int otherMinutes = static_cast<int>(other.session.startsAt.secsTo(other.session.endsAt()) / 60);
            if (overlaps(slot.startsAt, slot.minutes, other.session.startsAt, otherMinutes)) {
                notices << SlotNotice { SlotNotice::Kind::Conflict, day, other.clientName(), other.session.id,
                    other.session.startsAt };
            }
        }
        for (qsizetype j = 0; j < slots.size(); ++j) {
            if (j != i && slots[j].startsAt.isValid()
                && overlaps(slot.startsAt, slot.minutes, slots[j].startsAt, slots[j].minutes)) {
                notices << SlotNotice { SlotNotice::Kind::Conflict, day, {}, 0, {} };
                break;
            }
        }
        slot.notices = notices;
    }
    // Phases planned beyond their budgets are flagged on each of their proposed sessions.
    for (PlannedSlot& slot : slots) {
        const auto phase = static_cast<std::size_t>(slot.phase);
        if (countsTowardCap(slot.phase) && byPhase[phase] > context.bilan.budgets.minutes(slot.phase))
            slot.notices << SlotNotice { SlotNotice::Kind::OverBudget, slot.startsAt.date(), displayName(slot.phase), 0,
                {} };
    }
    if (before + proposed > kCapMinutes && proposed > 0) {
        return makeError(ErrorCode::Refused,
            QCoreApplication::translate("Planner",
                "These sessions would bring the bilan to %1 (%2 already "
                "committed, sessions and personal work, plus %3 proposed), over "
                "the legal cap of %4.")
                .arg(formatMinutes(before + proposed), formatMinutes(before), formatMinutes(proposed),
                    formatMinutes(kCapMinutes)),
            u"planned_minutes"_s);
    }
    return success();
}

} // namespace parcours
