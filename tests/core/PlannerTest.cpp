// The weekly planner: dates, holidays and absences, phases within budgets and the cap, daylight saving, conflicts.
#include <parcours/core/Hours.h>
#include <parcours/core/Planner.h>
#include <parcours/core/WallClock.h>

#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>

#include <gtest/gtest.h>

using namespace parcours;

namespace {

// Dates in messages are written in the default locale: English here, whatever the machine's.
[[maybe_unused]] const bool kEnglishDates = [] {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    return true;
}();

PlanContext context()
{
    PlanContext context;
    context.bilan.id = 1;
    context.bilan.startDate = QDate(2026, 1, 5);
    return context;
}

PlanRequest mondays(QDate from, QTime time = QTime(14, 0))
{
    PlanRequest request;
    request.from = from;
    request.weekday = Qt::Monday;
    request.time = time;
    return request;
}

QList<QDate> datesOf(const QList<PlannedSlot>& slots)
{
    QList<QDate> dates;
    for (const PlannedSlot& slot : slots)
        dates << slot.startsAt.date();
    return dates;
}

QList<Phase> phasesOf(const QList<PlannedSlot>& slots)
{
    QList<Phase> phases;
    for (const PlannedSlot& slot : slots)
        phases << slot.phase;
    return phases;
}

Session stored(qint64 id, Phase phase, QDate date, int minutes, SessionStatus status = SessionStatus::Done)
{
    Session session;
    session.id = id;
    session.bilanId = 1;
    session.phase = phase;
    session.startsAt = wallClock(date, QTime(10, 0));
    session.plannedMinutes = minutes;
    session.status = status;
    if (status == SessionStatus::Done)
        session.actualMinutes = minutes;
    return session;
}

} // namespace

TEST(Planner, EightWeeklySessionsGoFromPreliminaryToConclusionWithinTheBudgets)
{
    // Starting on a Wednesday: the first Monday after it.
    const auto plan = proposePlan(mondays(QDate(2026, 1, 7)), context());
    ASSERT_TRUE(plan.ok()) << plan.error().message.toStdString();
    ASSERT_EQ(plan->size(), 8);
    EXPECT_EQ(datesOf(plan.value()),
        (QList<QDate> { QDate(2026, 1, 12), QDate(2026, 1, 19), QDate(2026, 1, 26), QDate(2026, 2, 2),
            QDate(2026, 2, 9), QDate(2026, 2, 16), QDate(2026, 2, 23), QDate(2026, 3, 2) }));
    EXPECT_EQ(phasesOf(plan.value()),
        (QList<Phase> { Phase::Preliminary, Phase::Investigation, Phase::Investigation, Phase::Investigation,
            Phase::Investigation, Phase::Investigation, Phase::Investigation, Phase::Conclusion }));
    for (const PlannedSlot& slot : plan.value()) {
        EXPECT_EQ(slot.startsAt.time(), QTime(14, 0));
        EXPECT_EQ(slot.minutes, 150);
        EXPECT_TRUE(slot.notices.isEmpty()) << slot.notices.first().text().toStdString();
    }
}

TEST(Planner, AStartOnAHolidayMovesToTheNextWeekAndSaysSo)
{
    // Easter Monday 2026 is 6 April; Whit Monday 25 May falls in the series too.
    const auto plan = proposePlan(mondays(QDate(2026, 4, 6)), context());
    ASSERT_TRUE(plan.ok()) << plan.error().message.toStdString();
    EXPECT_EQ(plan->first().startsAt.date(), QDate(2026, 4, 13));
    ASSERT_TRUE(plan->first().has(SlotNotice::Kind::MovedForHoliday));
    EXPECT_EQ(plan->first().notices.first().text(),
        QStringLiteral("Moved a week later: Mon 6 Apr is a public holiday (Easter Monday)."));
    EXPECT_EQ(datesOf(plan.value()),
        (QList<QDate> { QDate(2026, 4, 13), QDate(2026, 4, 20), QDate(2026, 4, 27), QDate(2026, 5, 4),
            QDate(2026, 5, 11), QDate(2026, 5, 18), QDate(2026, 6, 1), QDate(2026, 6, 8) }));
    EXPECT_TRUE(plan->at(6).has(SlotNotice::Kind::MovedForHoliday));
    // Thursdays meet Ascension (14 May).
    PlanRequest thursdays = mondays(QDate(2026, 5, 7));
    thursdays.weekday = Qt::Thursday;
    thursdays.count = 2;
    const auto ascension = proposePlan(thursdays, context());
    ASSERT_TRUE(ascension.ok());
    EXPECT_EQ(datesOf(ascension.value()), (QList<QDate> { QDate(2026, 5, 7), QDate(2026, 5, 21) }));
}

TEST(Planner, TheConsultantsAbsencesAreSkippedAndChosenGapsAreTwoWeeks)
{
    PlanContext around = context();
    around.absences << Absence { 1, QDate(2026, 2, 14), QDate(2026, 2, 22), QStringLiteral("Congés"), 1 };
    PlanRequest request = mondays(QDate(2026, 1, 12));
    request.count = 5;
    request.fortnightBefore = { 2 };
    const auto plan = proposePlan(request, around);
    ASSERT_TRUE(plan.ok()) << plan.error().message.toStdString();
    EXPECT_EQ(datesOf(plan.value()),
        (QList<QDate> {
            QDate(2026, 1, 12), QDate(2026, 1, 19), QDate(2026, 2, 2), QDate(2026, 2, 9), QDate(2026, 2, 23) }));
    EXPECT_TRUE(plan->at(2).fortnightBefore);
    ASSERT_TRUE(plan->at(4).has(SlotNotice::Kind::MovedForAbsence));
    EXPECT_TRUE(plan->at(4).notices.first().text().contains(QStringLiteral("Congés")));
}

TEST(Planner, APlanThatCannotFitTheBudgetsIsRefusedWithTheFigures)
{
    PlanRequest request = mondays(QDate(2026, 1, 12));
    request.minutes = 180;
    const auto refused = proposePlan(request, context());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Refused);
    const QString message = refused.error().message;
    EXPECT_TRUE(message.contains(QStringLiteral("8 sessions of 3 h"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("7 session(s) at most"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("investigation 17 h (5 session(s))"))) << message.toStdString();
    // 7 sessions of 3 h fit exactly.
    request.count = 7;
    const auto fits = proposePlan(request, context());
    ASSERT_TRUE(fits.ok()) << fits.error().message.toStdString();
    EXPECT_EQ(phasesOf(fits.value()).count(Phase::Investigation), 5);
}

TEST(Planner, ThePlanAddsToWhatTheBilanHasCommittedUnderTheCap)
{
    PlanContext busy = context();
    for (int week = 0; week < 8; ++week)
        busy.bilanSessions << stored(week + 1, Phase::Investigation, QDate(2026, 1, 5).addDays(7 * week), 150);
    PlanRequest request = mondays(QDate(2026, 3, 2));
    request.count = 3;
    const auto refused = proposePlan(request, busy);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message.toStdString(),
        "3 session(s) of 2 h 30 make 7 h 30, but the bilan has only 4 h left under the legal cap of 24 h "
        "(20 h already committed).");
    // Personal work counts with the sessions.
    PlanContext withWork = context();
    withWork.bilanSessions << stored(1, Phase::Preliminary, QDate(2026, 1, 5), 180);
    withWork.personalWorkByPhase[static_cast<int>(Phase::Investigation)] = 300;
    request.count = 6;
    const auto tooMuch = proposePlan(request, withWork);
    ASSERT_FALSE(tooMuch.ok());
    EXPECT_TRUE(tooMuch.error().message.contains(QStringLiteral("investigation 12 h (4 session(s))")))
        << tooMuch.error().message.toStdString();
    request.count = 5;
    const auto rest = proposePlan(request, withWork);
    ASSERT_TRUE(rest.ok()) << rest.error().message.toStdString();
    // The préliminaire is behind the bilan: the rest goes to investigation, then the conclusion.
    EXPECT_EQ(phasesOf(rest.value()),
        (QList<Phase> { Phase::Investigation, Phase::Investigation, Phase::Investigation, Phase::Investigation,
            Phase::Conclusion }));
}

TEST(Planner, DaylightSavingKeepsTheWallClockAndRefusesATimeThatDoesNotExist)
{
    // Clocks go forward on Sunday 29 March 2026 in Paris: Mondays at 14:00 stay at 14:00 on both sides.
    PlanRequest request = mondays(QDate(2026, 3, 16));
    request.count = 4;
    const auto plan = proposePlan(request, context());
    ASSERT_TRUE(plan.ok());
    const QTimeZone paris(QByteArrayLiteral("Europe/Paris"));
    const QDateTime before(plan->at(1).startsAt.date(), plan->at(1).startsAt.time(), paris);
    const QDateTime after(plan->at(2).startsAt.date(), plan->at(2).startsAt.time(), paris);
    EXPECT_EQ(plan->at(2).startsAt.time(), QTime(14, 0));
    EXPECT_EQ(before.toUTC().time(), QTime(13, 0));
    EXPECT_EQ(after.toUTC().time(), QTime(12, 0));
    // Sundays at 02:30 meet the night when 02:30 does not exist.
    PlanRequest night = request;
    night.weekday = Qt::Sunday;
    night.time = QTime(2, 30);
    const auto refused = proposePlan(night, context());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.startsWith(QStringLiteral("02:30 does not exist on Sunday 29 March 2026")))
        << refused.error().message.toStdString();
    EXPECT_FALSE(checkWallClockExists(wallClock(QDate(2026, 3, 29), QTime(2, 0)), paris).ok());
    EXPECT_TRUE(checkWallClockExists(wallClock(QDate(2026, 3, 29), QTime(3, 0)), paris).ok());
    EXPECT_TRUE(checkWallClockExists(wallClock(QDate(2026, 10, 25), QTime(2, 30)), paris).ok()); // happens twice
}

TEST(Planner, ASessionAcrossMidnightIsRefused)
{
    PlanRequest late = mondays(QDate(2026, 1, 12), QTime(22, 30));
    const auto refused = proposePlan(late, context());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("would end after midnight")));
    late.time = QTime(21, 30); // ends at midnight exactly
    EXPECT_TRUE(proposePlan(late, context()).ok());
}

TEST(Planner, OverlapsWithOtherBeneficiariesAreFlaggedNotRefused)
{
    PlanContext around = context();
    AgendaEntry other;
    other.session = stored(99, Phase::Investigation, QDate(2026, 1, 19), 120, SessionStatus::Planned);
    other.session.bilanId = 2;
    other.session.startsAt = wallClock(QDate(2026, 1, 19), QTime(15, 0));
    other.firstName = QStringLiteral("Loïc");
    other.lastName = QStringLiteral("Çelik");
    AgendaEntry cancelled = other;
    cancelled.session.id = 98;
    cancelled.session.startsAt = wallClock(QDate(2026, 1, 26), QTime(14, 0));
    cancelled.session.status = SessionStatus::Cancelled;
    around.others << other << cancelled;
    PlanRequest request = mondays(QDate(2026, 1, 12));
    request.count = 3;
    const auto plan = proposePlan(request, around);
    ASSERT_TRUE(plan.ok());
    ASSERT_TRUE(plan->at(1).has(SlotNotice::Kind::Conflict));
    EXPECT_EQ(plan->at(1).notices.first().text(), QStringLiteral("Overlaps the session of Loïc Çelik at 15:00."));
    EXPECT_FALSE(plan->at(2).has(SlotNotice::Kind::Conflict));
}

TEST(Planner, AnEditedProposalIsCheckedAgain)
{
    PlanRequest request = mondays(QDate(2026, 1, 12));
    auto plan = proposePlan(request, context());
    ASSERT_TRUE(plan.ok());
    QList<PlannedSlot> slots = plan.value();
    slots[1].startsAt = wallClock(QDate(2026, 5, 14), QTime(9, 0)); // Ascension, early
    slots[2].startsAt = slots[3].startsAt.addSecs(3600); // overlaps the next one
    slots[7].phase = Phase::Preliminary; // two préliminaires: 5 h over a 3 h budget
    slots[4].startsAt = wallClock(QDate(2026, 2, 9), QTime(19, 0));
    ASSERT_TRUE(reviewPlan(slots, context()).ok());
    EXPECT_TRUE(slots[1].has(SlotNotice::Kind::Holiday));
    EXPECT_TRUE(slots[2].has(SlotNotice::Kind::Conflict));
    EXPECT_TRUE(slots[3].has(SlotNotice::Kind::Conflict));
    EXPECT_TRUE(slots[0].has(SlotNotice::Kind::OverBudget));
    EXPECT_TRUE(slots[7].has(SlotNotice::Kind::OverBudget));
    EXPECT_TRUE(slots[4].has(SlotNotice::Kind::OutsideWorkingHours));
    EXPECT_FALSE(slots[5].has(SlotNotice::Kind::OverBudget));
    // Lengthened past the cap: refused, with the figures.
    for (PlannedSlot& slot : slots)
        slot.minutes = 190;
    const auto refused = reviewPlan(slots, context());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("25 h 20"))) << refused.error().message.toStdString();
    EXPECT_EQ(sessionsOf(plan.value(), 5).size(), 8);
}

TEST(Planner, BadRequestsAreRefused)
{
    PlanRequest request = mondays(QDate(2026, 1, 12));
    request.minutes = 90;
    EXPECT_EQ(proposePlan(request, context()).error().field, QStringLiteral("planned_minutes"));
    request.minutes = 150;
    request.count = 0;
    EXPECT_EQ(proposePlan(request, context()).error().field, QStringLiteral("count"));
    request.count = 8;
    request.time = QTime();
    EXPECT_FALSE(proposePlan(request, context()).ok());
}

TEST(Planner, ConflictsAreMarkedBothWaysAndCancelledSessionsFreeTheirTime)
{
    auto entry = [](qint64 id, QTime start, int minutes, SessionStatus status = SessionStatus::Planned) {
        AgendaEntry e;
        e.session = stored(id, Phase::Investigation, QDate(2026, 1, 19), minutes, status);
        e.session.startsAt = wallClock(QDate(2026, 1, 19), start);
        e.session.actualMinutes.reset();
        return e;
    };
    QList<AgendaEntry> day { entry(1, QTime(9, 0), 150), entry(2, QTime(11, 0), 60), entry(3, QTime(12, 0), 60),
        entry(4, QTime(14, 0), 60, SessionStatus::Cancelled), entry(5, QTime(14, 30), 60) };
    markConflicts(day);
    EXPECT_EQ(day[0].conflicts, (QList<qint64> { 2 }));
    EXPECT_EQ(day[1].conflicts, (QList<qint64> { 1 }));
    EXPECT_TRUE(day[2].conflicts.isEmpty()); // starts as session 2 ends
    EXPECT_TRUE(day[3].conflicts.isEmpty());
    EXPECT_TRUE(day[4].conflicts.isEmpty());

    // In a cabinet, two consultants' sessions at the same hour are no conflict; one consultant's are.
    QList<AgendaEntry> cabinet { entry(1, QTime(9, 0), 120), entry(2, QTime(9, 30), 60), entry(3, QTime(10, 0), 60) };
    cabinet[0].consultant = QStringLiteral("celine");
    cabinet[1].consultant = QStringLiteral("marc");
    cabinet[2].consultant = QStringLiteral("celine");
    markConflicts(cabinet);
    EXPECT_EQ(cabinet[0].conflicts, (QList<qint64> { 3 }));
    EXPECT_TRUE(cabinet[1].conflicts.isEmpty());
    EXPECT_EQ(cabinet[2].conflicts, (QList<qint64> { 1 }));

    // Six sessions at the same hour: each overlaps the five others, the first three of them listed.
    QList<AgendaEntry> crowded;
    for (qint64 id = 1; id <= 6; ++id)
        crowded << entry(id, QTime(9, 0), 60);
    markConflicts(crowded);
    EXPECT_EQ(crowded[0].conflictCount, 5);
    EXPECT_EQ(crowded[0].conflicts, (QList<qint64> { 2, 3, 4 }));
    EXPECT_EQ(crowded[5].conflictCount, 5);
    EXPECT_EQ(crowded[5].conflicts, (QList<qint64> { 1, 2, 3 }));
    EXPECT_EQ(day[0].conflictCount, 1);
}

TEST(Planner, ACrowdedWeekCountsEveryOverlapAndNamesTheFirstInStartOrder)
{
    // A large centre's week: two consultants, hundreds of sessions on the half hours, some cancelled. Every count and
    // every list must be what comparing each pair of sessions gives.
    QRandomGenerator random(20261129);
    QList<AgendaEntry> week;
    for (qint64 id = 1; id <= 700; ++id) {
        AgendaEntry e;
        const auto status = random.bounded(10) == 0 ? SessionStatus::Cancelled : SessionStatus::Planned;
        e.session = stored(id, Phase::Investigation, QDate(2026, 1, 19), 30 * (1 + random.bounded(6)), status);
        e.session.startsAt = wallClock(QDate(2026, 1, 19).addDays(random.bounded(5)), QTime(9, 0).addSecs(1800 * random.bounded(16)));
        e.session.actualMinutes.reset();
        e.consultant = random.bounded(3) == 0 ? QStringLiteral("marc") : QStringLiteral("celine");
        week << e;
    }
    QList<AgendaEntry> marked = week;
    markConflicts(marked);

    qsizetype crowded = 0;
    for (qsizetype i = 0; i < week.size(); ++i) {
        const Session& mine = week[i].session;
        QList<qsizetype> others;
        for (qsizetype j = 0; j < week.size(); ++j) {
            const Session& other = week[j].session;
            if (j != i && occupiesTime(mine.status) && occupiesTime(other.status)
                && week[j].consultant == week[i].consultant && other.startsAt < mine.endsAt()
                && mine.startsAt < other.endsAt())
                others << j;
        }
        std::sort(others.begin(), others.end(), [&](qsizetype a, qsizetype b) {
            return std::tie(week[a].session.startsAt, a) < std::tie(week[b].session.startsAt, b);
        });
        QList<qint64> named;
        for (qsizetype j : others.first(std::min<qsizetype>(others.size(), AgendaEntry::kListedConflicts)))
            named << week[j].session.id;
        ASSERT_EQ(marked[i].conflictCount, others.size()) << "session " << mine.id;
        ASSERT_EQ(marked[i].conflicts, named) << "session " << mine.id;
        crowded += others.size() > AgendaEntry::kListedConflicts ? 1 : 0;
    }
    EXPECT_GT(crowded, 300); // the week is crowded enough to try the counting past the named ones
}
