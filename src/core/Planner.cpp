#include <parcours/core/Hours.h>
#include <parcours/core/Planner.h>
#include <parcours/core/Validation.h>
#include <parcours/core/WallClock.h>

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;

namespace parcours {
namespace {

std::size_t at(Phase phase)
{
    return static_cast<std::size_t>(phase);
}

constexpr std::array kCountedPhases { Phase::Preliminary, Phase::Investigation, Phase::Conclusion };

int committed(const Session& session)
{
    return session.status == SessionStatus::Done ? doneContribution(session) : plannedContribution(session);
}

QString dayText(QDate date)
{
    return QLocale().toString(date, u"dddd d MMMM yyyy"_s);
}

} // namespace

Result<void> checkWallClockExists(const QDateTime& wallClock, const QTimeZone& zone)
{
    if (!wallClock.isValid() || !zone.isValid())
        return success();
    const QDateTime zoned(wallClock.date(), wallClock.time(), zone);
    if (zoned.isValid() && zoned.time() == wallClock.time() && zoned.date() == wallClock.date())
        return success();
    return makeError(ErrorCode::InvalidInput,
        QCoreApplication::translate("Planner",
            "%1 does not exist on %2 in the %3 time zone: the clocks go forward "
            "that night. Choose another time.")
            .arg(wallClock.time().toString(u"HH:mm"_s), dayText(wallClock.date()), QString::fromUtf8(zone.id())),
        fields::startsAt.toString());
}

bool overlaps(const QDateTime& aStart, int aMinutes, const QDateTime& bStart, int bMinutes)
{
    const QDateTime aEnd = aStart.addSecs(60LL * aMinutes);
    const QDateTime bEnd = bStart.addSecs(60LL * bMinutes);
    return aStart < bEnd && bStart < aEnd;
}

bool occupiesTime(SessionStatus status)
{
    return status != SessionStatus::Cancelled;
}

bool PlannedSlot::has(SlotNotice::Kind kind) const
{
    return std::any_of(notices.begin(), notices.end(), [kind](const SlotNotice& n) { return n.kind == kind; });
}

QDate firstWeekday(QDate from, Qt::DayOfWeek weekday)
{
    const int ahead = (static_cast<int>(weekday) - from.dayOfWeek() + 7) % 7;
    return from.addDays(ahead);
}

std::array<int, 5> remainingBudgets(const PlanContext& context)
{
    std::array<int, 5> remaining {};
    for (Phase phase : kCountedPhases)
        remaining[at(phase)] = context.bilan.budgets.minutes(phase) - context.personalWorkByPhase[at(phase)];
    for (const Session& session : context.bilanSessions) {
        if (countsTowardCap(session.phase))
            remaining[at(session.phase)] -= committed(session);
    }
    for (int& minutes : remaining)
        minutes = std::max(0, minutes);
    return remaining;
}

namespace {

int committedTotal(const PlanContext& context)
{
    int total = 0;
    for (const Session& session : context.bilanSessions) {
        if (countsTowardCap(session.phase))
            total += committed(session);
    }
    for (Phase phase : kCountedPhases)
        total += context.personalWorkByPhase[at(phase)];
    return total;
}

// How many sessions go to préliminaire, investigation and conclusion, for a plan starting on `firstDate`.
Result<std::array<int, 5>> splitOverPhases(int count, int minutes, QDate firstDate, const PlanContext& context)
{
    const std::array<int, 5> remaining = remainingBudgets(context);
    // Phases the bilan has left behind before the plan starts take no new sessions: préliminaire comes first.
    int latest = -1;
    std::array<bool, 5> started {};
    for (const Session& session : context.bilanSessions) {
        if (countsTowardCap(session.phase) && occupiesTime(session.status)) {
            started[at(session.phase)] = true;
            if (session.startsAt.date() < firstDate)
                latest = std::max(latest, static_cast<int>(session.phase));
        }
    }
    std::array<int, 5> capacity {};
    int total = 0;
    int weight = 0;
    for (Phase phase : kCountedPhases) {
        if (static_cast<int>(phase) >= latest) {
            capacity[at(phase)] = remaining[at(phase)] / minutes;
            weight += remaining[at(phase)];
        }
        total += capacity[at(phase)];
    }
    if (total < count) {
        QStringList parts;
        for (Phase phase : kCountedPhases) {
            const int sessions = capacity[at(phase)];
            parts << QCoreApplication::translate("Planner", "%1 %2 (%n session(s))", nullptr, sessions)
                         .arg(displayName(phase).toLower(), formatMinutes(remaining[at(phase)]));
        }
        return makeError(ErrorCode::Refused,
            QCoreApplication::translate("Planner",
                "%1 sessions of %2 do not fit the phase budgets: the bilan can "
                "still take %3, that is %n session(s) at most. Plan fewer or "
                "shorter sessions, or change the budgets.",
                nullptr, total)
                .arg(count)
                .arg(formatMinutes(minutes), parts.join(u", "_s)),
            fields::budgets.toString());
    }
    std::array<double, 5> target {};
    for (Phase phase : kCountedPhases) {
        if (capacity[at(phase)] > 0 && weight > 0)
            target[at(phase)] = static_cast<double>(count) * remaining[at(phase)] / weight;
    }
    // The ends of the bilan come first: a préliminaire (unless one exists) and a conclusion, when they fit.
    const bool wantsPreliminary = !started[at(Phase::Preliminary)] && capacity[at(Phase::Preliminary)] > 0;
    const bool wantsConclusion = !started[at(Phase::Conclusion)] && capacity[at(Phase::Conclusion)] > 0;
    std::array<int, 5> best {};
    int bestMissing = 3;
    double bestDeviation = 1e9;
    const int maxP = capacity[at(Phase::Preliminary)];
    const int maxC = capacity[at(Phase::Conclusion)];
    const int maxI = capacity[at(Phase::Investigation)];
    for (int p = 0; p <= std::min(maxP, count); ++p) {
        for (int c = 0; c <= std::min(maxC, count - p); ++c) {
            const int i = count - p - c;
            if (i < 0 || i > maxI)
                continue;
            const int missing = (wantsPreliminary && p == 0 && count >= 2) + (wantsConclusion && c == 0 && count >= 2);
            const double deviation = std::abs(p - target[at(Phase::Preliminary)])
                + std::abs(i - target[at(Phase::Investigation)]) + std::abs(c - target[at(Phase::Conclusion)]);
            if (missing < bestMissing || (missing == bestMissing && deviation < bestDeviation - 1e-9)) {
                bestMissing = missing;
                bestDeviation = deviation;
                best = {};
                best[at(Phase::Preliminary)] = p;
                best[at(Phase::Investigation)] = i;
                best[at(Phase::Conclusion)] = c;
            }
        }
    }
    return best;
}

} // namespace

Result<QList<PlannedSlot>> proposePlan(const PlanRequest& request, const PlanContext& context)
{
    if (!request.from.isValid())
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate("Planner", "Choose the date to start from."), u"from"_s);
    if (!request.time.isValid())
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate("Planner", "Choose the time of the sessions."), u"time"_s);
    if (request.count < 1 || request.count > kMaxSessionCount) {
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate("Planner", "Plan between 1 and %1 sessions.").arg(kMaxSessionCount),
            u"count"_s);
    }
    if (request.minutes < kMinPlannedSessionMinutes || request.minutes > kMaxPlannedSessionMinutes) {
        return makeError(ErrorCode::InvalidInput,
            QCoreApplication::translate("Planner", "A planned session lasts between %1 and %2.")
                .arg(formatMinutes(kMinPlannedSessionMinutes), formatMinutes(kMaxPlannedSessionMinutes)),
            fields::plannedMinutes.toString());
    }
    const int cap = kCapMinutes - committedTotal(context);
    if (request.count * request.minutes > cap) {
        return makeError(ErrorCode::Refused,
            QCoreApplication::translate("Planner",
                "%n session(s) of %1 make %2, but the bilan has only %3 left "
                "under the legal cap of %4 (%5 already committed).", nullptr, request.count)
                .arg(formatMinutes(request.minutes), formatMinutes(request.count * request.minutes),
                    formatMinutes(std::max(0, cap)), formatMinutes(kCapMinutes), formatMinutes(kCapMinutes - cap)),
            fields::plannedMinutes.toString());
    }
    QList<PlannedSlot> slots;
    QDate date = firstWeekday(request.from, request.weekday);
    for (int index = 0; index < request.count; ++index) {
        PlannedSlot slot;
        slot.minutes = request.minutes;
        slot.fortnightBefore = index > 0 && request.fortnightBefore.contains(index);
        if (index > 0)
            date = slots.last().startsAt.date().addDays(slot.fortnightBefore ? 14 : 7);
        for (int guard = 0;; ++guard) {
            if (guard > 52)
                return makeError(ErrorCode::Refused,
                    QCoreApplication::translate("Planner", "No free week was found within a year."), u"from"_s);
            if (const auto holiday = context.holidays.holidayName(date)) {
                slot.notices << SlotNotice { SlotNotice::Kind::MovedForHoliday, date, *holiday, 0, {} };
            } else if (const Absence* absence = absenceOn(context.absences, date)) {
                slot.notices << SlotNotice { SlotNotice::Kind::MovedForAbsence, date, absence->label, 0, {} };
            } else {
                break;
            }
            date = date.addDays(7);
        }
        slot.startsAt = wallClock(date, request.time);
        slots << slot;
    }
    auto split = splitOverPhases(request.count, request.minutes, slots.first().startsAt.date(), context);
    if (!split)
        return split.error();
    std::array<int, 5> left = split.value();
    for (PlannedSlot& slot : slots) {
        for (Phase phase : kCountedPhases) {
            if (left[at(phase)] > 0) {
                slot.phase = phase;
                --left[at(phase)];
                break;
            }
        }
    }
    if (auto reviewed = reviewPlan(slots, context); !reviewed)
        return reviewed.error();
    return slots;
}

QList<Session> sessionsOf(const QList<PlannedSlot>& slots, qint64 bilanId)
{
    QList<Session> sessions;
    for (const PlannedSlot& slot : slots) {
        Session session;
        session.bilanId = bilanId;
        session.phase = slot.phase;
        session.startsAt = slot.startsAt;
        session.plannedMinutes = slot.minutes;
        sessions << session;
    }
    std::stable_sort(
        sessions.begin(), sessions.end(), [](const Session& a, const Session& b) { return a.startsAt < b.startsAt; });
    return sessions;
}

} // namespace parcours
