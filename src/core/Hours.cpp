#include <parcours/core/Hours.h>
#include <parcours/core/WallClock.h>

#include <QCoreApplication>

namespace parcours {

bool countsTowardCap(Phase phase)
{
    return phase == Phase::Preliminary || phase == Phase::Investigation || phase == Phase::Conclusion;
}

int plannedContribution(const Session& session)
{
    switch (session.status) {
    case SessionStatus::Planned:
    case SessionStatus::Done:
        return session.plannedMinutes;
    case SessionStatus::Cancelled:
    case SessionStatus::NoShow:
        return 0;
    }
    return 0;
}

int doneContribution(const Session& session)
{
    if (session.status != SessionStatus::Done)
        return 0;
    return session.actualMinutes.value_or(session.plannedMinutes);
}

namespace {

// What a session weighs against the cap: the time it took when done, the time it will take when planned.
int committedMinutes(const Session& session)
{
    return session.status == SessionStatus::Done ? doneContribution(session) : plannedContribution(session);
}

} // namespace

int BilanHours::countedBudgetMinutes() const
{
    int total = 0;
    for (const PhaseHours& phase : phases) {
        if (countsTowardCap(phase.phase))
            total += phase.budgetMinutes;
    }
    return total;
}

int BilanHours::countedPlannedMinutes() const
{
    int total = 0;
    for (const PhaseHours& phase : phases) {
        if (countsTowardCap(phase.phase))
            total += phase.plannedMinutes;
    }
    return total;
}

int BilanHours::countedDoneMinutes() const
{
    int total = 0;
    for (const PhaseHours& phase : phases) {
        if (countsTowardCap(phase.phase))
            total += phase.doneMinutes;
    }
    return total;
}

int BilanHours::countedCommittedMinutes() const
{
    int total = 0;
    for (const PhaseHours& phase : phases) {
        if (countsTowardCap(phase.phase))
            total += phase.committedMinutes;
    }
    return total;
}

int BilanHours::countedPersonalWorkMinutes() const
{
    int total = 0;
    for (const PhaseHours& phase : phases) {
        if (countsTowardCap(phase.phase))
            total += phase.personalWorkMinutes;
    }
    return total;
}

int BilanHours::completionRate() const
{
    const int planned = countedPlannedMinutes();
    if (planned <= 0)
        return 0;
    return static_cast<int>((static_cast<qint64>(countedDoneMinutes()) * 100) / planned);
}

BilanHours computeHours(const Bilan& bilan, const QList<Session>& sessions, const QHash<qint64, int>& personalWork)
{
    BilanHours hours;
    for (Phase phase : kAllPhases) {
        PhaseHours& entry = hours.phases[static_cast<std::size_t>(phase)];
        entry.phase = phase;
        entry.budgetMinutes = bilan.budgets.minutes(phase);
    }
    for (const Session& session : sessions) {
        PhaseHours& entry = hours.phases[static_cast<std::size_t>(session.phase)];
        entry.plannedMinutes += plannedContribution(session);
        entry.doneMinutes += doneContribution(session);
        entry.committedMinutes += committedMinutes(session);
        entry.personalWorkMinutes += personalWork.value(session.id);
        const QDate date = session.startsAt.date();
        if (!entry.firstDate.isValid() || date < entry.firstDate)
            entry.firstDate = date;
        if (!entry.lastDate.isValid() || date > entry.lastDate)
            entry.lastDate = date;
    }
    return hours;
}

Result<void> checkBudgets(const PhaseBudgets& budgets)
{
    for (Phase phase : kAllPhases) {
        if (budgets.minutes(phase) < 0) {
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("Hours", "The hours of a phase cannot be negative."),
                             QStringLiteral("budgets"));
        }
    }
    if (budgets.countedMinutes() > kCapMinutes) {
        return makeError(ErrorCode::Refused,
                         QCoreApplication::translate("Hours",
                                                     "Preliminary, investigation and conclusion add up to %1, "
                                                     "over the legal cap of %2.")
                             .arg(formatMinutes(budgets.countedMinutes()), formatMinutes(kCapMinutes)),
                         QStringLiteral("budgets"));
    }
    return success();
}

QList<Phase> phasesAllowed(BilanStatus status)
{
    switch (status) {
    case BilanStatus::Open:
        return { kAllPhases.begin(), kAllPhases.end() };
    case BilanStatus::Closed:
        return { Phase::FollowUp };
    case BilanStatus::Abandoned:
        return {};
    }
    return {};
}

QString PhaseOverBudget::message() const
{
    return QCoreApplication::translate("Hours", "%1: %2 of sessions for a budget of %3.")
        .arg(displayName(phase), formatMinutes(committedMinutes), formatMinutes(budgetMinutes));
}

std::optional<PhaseOverBudget> phaseOverBudget(const Bilan& bilan, const QList<Session>& sessions,
                                               const Session& candidate)
{
    if (committedMinutes(candidate) == 0)
        return std::nullopt;
    int total = committedMinutes(candidate);
    for (const Session& session : sessions) {
        if (session.phase == candidate.phase && (candidate.id == 0 || session.id != candidate.id))
            total += committedMinutes(session);
    }
    const int budget = bilan.budgets.minutes(candidate.phase);
    if (total <= budget)
        return std::nullopt;
    return PhaseOverBudget { candidate.phase, total, budget };
}

} // namespace parcours
