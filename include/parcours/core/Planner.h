#pragma once

#include <parcours/core/Bilan.h>
#include <parcours/core/Holidays.h>
#include <parcours/core/Result.h>
#include <parcours/core/Schedule.h>

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QTime>
#include <QTimeZone>

namespace parcours {

/// Lengths the weekly planner accepts for its sessions: 2 to 3 hours, as the programme says.
inline constexpr int kMinPlannedSessionMinutes = 120;
inline constexpr int kMaxPlannedSessionMinutes = 180;
inline constexpr int kDefaultPlannedSessionMinutes = 150;
inline constexpr int kDefaultSessionCount = 8;
inline constexpr int kMaxSessionCount = 16;

/// Refuses a wall-clock time that does not exist in `zone` that night (the hour skipped when clocks go forward).
Result<void> checkWallClockExists(const QDateTime& wallClock, const QTimeZone& zone);

/// Whether two sessions share some time (the end of one may be the start of the next).
bool overlaps(const QDateTime& aStart, int aMinutes, const QDateTime& bStart, int bMinutes);
/// Whether a session takes the consultant's time: planned, done or missed (cancelled ones free it).
bool occupiesTime(SessionStatus status);
/// Fills every entry's `conflicts` and `conflictCount` with the sessions of the same consultant it overlaps (any
/// beneficiaries).
void markConflicts(QList<AgendaEntry>& entries);

/** What the consultant asks the planner for. */
struct PlanRequest {
    QDate from; ///< the first session is on the first `weekday` on or after this date
    Qt::DayOfWeek weekday = Qt::Monday;
    QTime time;
    int count = kDefaultSessionCount;
    int minutes = kDefaultPlannedSessionMinutes;
    QSet<int> fortnightBefore; ///< indexes (0-based) of sessions that come two weeks after the previous one
};

/** Something the consultant should know about one proposed session. */
struct SlotNotice {
    enum class Kind {
        MovedForHoliday, ///< the week's date was a public holiday: moved a week later
        MovedForAbsence, ///< the consultant is away that day: moved a week later
        Holiday, ///< (after an edit) the date is a public holiday
        Absence, ///< (after an edit) the consultant is away
        Conflict, ///< overlaps another session
        OutsideWorkingHours, ///< outside the working days or hours of the settings
        OverBudget, ///< its phase is planned beyond its budget
    };
    Kind kind = Kind::Conflict;
    QDate date; ///< the date moved from, or the day concerned
    QString name; ///< the holiday, the absence's label, the other beneficiary, the phase
    qint64 sessionId = 0; ///< the other session of a conflict
    QDateTime otherStart; ///< when the other session of a conflict starts

    /// One sentence for people, translated.
    QString text() const;
};

/** One session of a proposal, as generated and then possibly edited by the consultant. */
struct PlannedSlot {
    QDateTime startsAt;
    int minutes = kDefaultPlannedSessionMinutes;
    Phase phase = Phase::Investigation;
    bool fortnightBefore = false; ///< two weeks after the previous session rather than one
    QList<SlotNotice> notices;

    bool has(SlotNotice::Kind kind) const;
};

/** Everything around the bilan that the planner must respect. */
struct PlanContext {
    Bilan bilan;
    QList<Session> bilanSessions; ///< the bilan's sessions already stored
    int personalWorkByPhase[5] = { 0, 0, 0, 0, 0 }; ///< personal work declared, in minutes, by phase
    QList<Absence> absences;
    HolidayCalendar holidays;
    QTimeZone zone = QTimeZone(QByteArrayLiteral("Europe/Paris"));
    QList<AgendaEntry> others; ///< sessions of every bilan around the period, for conflicts
    QTime workdayStart = QTime(9, 0);
    QTime workdayEnd = QTime(18, 0);
    QList<Qt::DayOfWeek> workdays { Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday };
};

/// The first date on or after `from` that falls on `weekday`.
QDate firstWeekday(QDate from, Qt::DayOfWeek weekday);

/// Minutes each counted phase can still take: budget − committed sessions − personal work (never below 0).
std::array<int, 5> remainingBudgets(const PlanContext& context);

/**
 * The weekly planner: `count` sessions one week apart (two where asked), holidays and absences skipped by moving
 * to the next week, spread over préliminaire → investigation → conclusion in proportion to what each phase can
 * still take, each phase within its budget and the whole within the 24 h cap. Refused, with the figures, when
 * they cannot fit; refused when the time does not exist on one of the dates (daylight saving).
 */
Result<QList<PlannedSlot>> proposePlan(const PlanRequest& request, const PlanContext& context);

/// Checks a proposal as edited: refusals (cap, times that do not exist, sessions across midnight, two proposed
/// sessions overlapping) come back as an error; flags (holidays, absences, conflicts, hours, phase budgets) are
/// written into each slot's notices.
Result<void> reviewPlan(QList<PlannedSlot>& slots, const PlanContext& context);

/// The sessions a proposal stores, in date order.
QList<Session> sessionsOf(const QList<PlannedSlot>& slots, qint64 bilanId);

} // namespace parcours
