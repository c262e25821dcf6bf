#include <parcours/core/Hours.h>
#include <parcours/core/PlanningService.h>
#include <parcours/core/ScheduleRepository.h>
#include <parcours/core/SessionService.h>
#include <parcours/core/Settings.h>
#include <parcours/core/Validation.h>
#include <parcours/core/WallClock.h>

#include <QLocale>

using namespace Qt::StringLiterals;

namespace parcours {

PlanningService::PlanningService(Repositories& repositories, const Clock& clock)
    : m_repositories(repositories), m_clock(clock)
{ }

Result<PlanContext> PlanningService::context(qint64 bilanId, QDate from, QDate to)
{
    auto planContext = contextFor(bilanId, from, to);
    if (!planContext)
        return planContext.error();
    auto others = m_repositories.schedule().agenda(from.addDays(-1), to.addDays(1));
    if (!others)
        return others.error();
    planContext->others = others.value();
    return planContext;
}

Result<void> PlanningService::addOthersOn(PlanContext& context, const QList<PlannedSlot>& slots)
{
    QList<QDate> days;
    for (const PlannedSlot& slot : slots) {
        const QDate day = slot.startsAt.date();
        if (day.isValid() && !days.contains(day))
            days << day;
    }
    context.others.clear();
    for (QDate day : std::as_const(days)) {
        auto entries = m_repositories.schedule().agenda(day, day);
        if (!entries)
            return entries.error();
        context.others << entries.value();
    }
    return success();
}

Result<PlanContext> PlanningService::contextFor(qint64 bilanId, QDate from, QDate to)
{
    PlanContext context;
    auto bilan = m_repositories.bilans().get(bilanId);
    if (!bilan)
        return bilan.error();
    context.bilan = bilan.value();
    auto sessions = m_repositories.sessions().forBilan(bilanId);
    if (!sessions)
        return sessions.error();
    context.bilanSessions = sessions.value();
    auto records = m_repositories.schedule().recordsForBilan(bilanId);
    if (!records)
        return records.error();
    for (const Session& session : std::as_const(context.bilanSessions))
        context.personalWorkByPhase[static_cast<std::size_t>(session.phase)]
            += records->value(session.id).personalWorkMinutes;
    const Settings settings(m_repositories.settings());
    context.holidays = HolidayCalendar(settings.flag(settingKeys::alsaceMoselle));
    context.zone = settings.timeZone();
    context.workdayStart = settings.workdayStart();
    context.workdayEnd = settings.workdayEnd();
    context.workdays = settings.workdays();
    auto absences = m_repositories.schedule().absences(from, to);
    if (!absences)
        return absences.error();
    context.absences = absences.value();
    return context;
}

namespace {

Result<void> checkOpen(const Bilan& bilan)
{
    if (bilan.status != BilanStatus::Open) {
        return makeError(ErrorCode::Refused,
            QCoreApplication::translate("PlanningService", "Bilan no. %1 is %2: its sessions can no longer be planned.")
                .arg(bilan.id)
                .arg(displayName(bilan.status).toLower()));
    }
    return success();
}

std::pair<QDate, QDate> spanOf(const QList<PlannedSlot>& slots)
{
    QDate first;
    QDate last;
    for (const PlannedSlot& slot : slots) {
        const QDate day = slot.startsAt.date();
        if (!day.isValid())
            continue;
        if (!first.isValid() || day < first)
            first = day;
        if (!last.isValid() || day > last)
            last = day;
    }
    return { first, last };
}

} // namespace

Result<QList<PlannedSlot>> PlanningService::propose(qint64 bilanId, const PlanRequest& request)
{
    if (!request.from.isValid())
        return proposePlan(request, PlanContext());
    // Room for every session two weeks apart plus a few weeks of holidays and absences.
    const QDate to = request.from.addDays(7LL * (2 * std::clamp(request.count, 1, kMaxSessionCount) + 12));
    auto planContext = contextFor(bilanId, request.from, to);
    if (!planContext)
        return planContext.error();
    if (auto open = checkOpen(planContext->bilan); !open)
        return open.error();
    // The dates first; then the other sessions of those days, for the conflicts.
    auto slots = proposePlan(request, planContext.value());
    if (!slots)
        return slots.error();
    if (auto others = addOthersOn(planContext.value(), slots.value()); !others)
        return others.error();
    if (auto reviewed = reviewPlan(slots.value(), planContext.value()); !reviewed)
        return reviewed.error();
    return slots;
}

Result<void> PlanningService::review(qint64 bilanId, QList<PlannedSlot>& slots)
{
    const auto [first, last] = spanOf(slots);
    auto planContext
        = contextFor(bilanId, first.isValid() ? first : m_clock.today(), last.isValid() ? last : m_clock.today());
    if (!planContext)
        return planContext.error();
    if (auto others = addOthersOn(planContext.value(), slots); !others)
        return others;
    return reviewPlan(slots, planContext.value());
}

Result<QList<qint64>> PlanningService::save(qint64 bilanId, QList<PlannedSlot> slots)
{
    if (slots.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The plan has no session."));
    QList<qint64> ids;
    auto done = m_repositories.transact([&]() -> Result<void> {
        const auto [first, last] = spanOf(slots);
        auto planContext
            = contextFor(bilanId, first.isValid() ? first : m_clock.today(), last.isValid() ? last : m_clock.today());
        if (!planContext)
            return planContext.error();
        if (auto open = checkOpen(planContext->bilan); !open)
            return open;
        // The whole plan is checked at once (cap, times that do not exist, midnight), then each session's fields.
        if (auto reviewed = reviewPlan(slots, planContext.value()); !reviewed)
            return reviewed;
        for (const Session& session : sessionsOf(slots, bilanId)) {
            if (auto valid = firstError(validateSession(session)); !valid)
                return valid;
            auto id = m_repositories.sessions().add(session);
            if (!id)
                return id.error();
            ids << id.value();
        }
        return success();
    });
    if (!done)
        return done.error();
    return ids;
}

Result<MoveResult> PlanningService::move(qint64 sessionId, const QDateTime& to, std::optional<Party> by)
{
    MoveResult result;
    auto done = m_repositories.transact([&]() -> Result<void> {
        auto existing = m_repositories.sessions().get(sessionId);
        if (!existing)
            return existing.error();
        Session old = existing.value();
        auto record = m_repositories.schedule().record(sessionId);
        if (!record)
            return record.error();
        SessionRecord oldRecord = record->value_or(SessionRecord {});
        oldRecord.sessionId = sessionId;
        if (oldRecord.movedTo > 0) {
            auto target = m_repositories.sessions().get(oldRecord.movedTo);
            const QString when = target ? QLocale().toString(target->startsAt, u"ddd d MMM yyyy HH:mm"_s) : QString();
            return makeError(ErrorCode::Refused,
                tr("This session was already moved to %1 (session %2); move that one "
                   "instead.")
                    .arg(when)
                    .arg(oldRecord.movedTo));
        }
        if (old.status != SessionStatus::Planned) {
            return makeError(ErrorCode::Refused,
                tr("Only a planned session can be moved; this one is %1.").arg(displayName(old.status).toLower()));
        }
        if (to == old.startsAt)
            return makeError(
                ErrorCode::InvalidInput, tr("The new time is the session's current time."), u"starts_at"_s);
        Session moved = old;
        moved.id = 0;
        moved.version = 0;
        moved.startsAt = to;
        moved.notes.clear();
        if (auto valid = firstError(validateSession(moved)); !valid)
            return valid;

        SessionService sessions(m_repositories, m_clock);
        old.status = SessionStatus::Cancelled;
        old.actualMinutes.reset();
        if (auto cancelled = sessions.update(old); !cancelled)
            return cancelled;
        // What the consultant should know about the new time, with the old session out of the way.
        auto planContext = context(old.bilanId, to.date(), to.date());
        if (!planContext)
            return planContext.error();
        QList<PlannedSlot> slot { PlannedSlot { to, moved.plannedMinutes, moved.phase, false, {} } };
        if (auto reviewed = reviewPlan(slot, planContext.value()); !reviewed)
            return reviewed;
        for (const SlotNotice& notice : slot.first().notices) {
            if (notice.kind != SlotNotice::Kind::OverBudget)
                result.notices << notice;
        }
        auto id = sessions.add(moved);
        if (!id)
            return id.error();
        result.newSessionId = id.value();
        oldRecord.movedTo = id.value();
        if (by)
            oldRecord.cancelledBy = by;
        return m_repositories.schedule().putRecord(oldRecord);
    });
    if (!done)
        return done.error();
    return result;
}

Result<QList<Absence>> PlanningService::absences(QDate from, QDate to)
{
    return m_repositories.schedule().absences(from, to);
}

Result<qint64> PlanningService::addAbsence(Absence absence)
{
    absence.label = absence.label.simplified();
    if (!absence.firstDay.isValid())
        return makeError(ErrorCode::InvalidInput, tr("The first day of the absence is required."), u"first_day"_s);
    if (!absence.lastDay.isValid())
        absence.lastDay = absence.firstDay;
    if (absence.lastDay < absence.firstDay)
        return makeError(ErrorCode::InvalidInput, tr("The absence ends before it begins."), u"last_day"_s);
    if (absence.firstDay.daysTo(absence.lastDay) > 366)
        return makeError(ErrorCode::InvalidInput, tr("An absence lasts a year at most."), u"last_day"_s);
    if (absence.label.size() > 100)
        return makeError(ErrorCode::InvalidInput, tr("The label is too long (100 characters at most)."), u"label"_s);
    return m_repositories.schedule().addAbsence(absence);
}

Result<QList<AgendaEntry>> PlanningService::plannedDuring(QDate firstDay, QDate lastDay)
{
    if (!firstDay.isValid())
        return QList<AgendaEntry>();
    auto entries = m_repositories.schedule().agenda(firstDay, lastDay.isValid() ? lastDay : firstDay);
    if (!entries)
        return entries.error();
    QList<AgendaEntry> planned;
    for (const AgendaEntry& entry : entries.value()) {
        if (entry.session.status == SessionStatus::Planned)
            planned << entry;
    }
    return planned;
}

Result<void> PlanningService::removeAbsence(qint64 id)
{
    return m_repositories.schedule().removeAbsence(id);
}

} // namespace parcours
