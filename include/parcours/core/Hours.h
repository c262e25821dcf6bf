#pragma once

#include <QDate>
#include <QHash>
#include <QList>

#include <parcours/core/Bilan.h>
#include <parcours/core/HoursCap.h>
#include <parcours/core/Result.h>
#include <parcours/core/Session.h>

#include <array>
#include <optional>

namespace parcours {

/// L6313-4: a bilan lasts 24 hours at most, over préliminaire + investigation + conclusion.
inline constexpr int kCapMinutes = 24 * 60;

/// Whether a phase's hours count toward the 24 h cap (the entretien préalable and the follow-up do not).
bool countsTowardCap(Phase phase);

/// Minutes a session commits the bilan to: its planned length, unless it was cancelled or missed.
int plannedContribution(const Session& session);
/// Minutes a session actually took: the logged length of a done session, else 0.
int doneContribution(const Session& session);

/** Hours of one phase: its budget, what the sessions plan and what was done, and when. */
struct PhaseHours {
    Phase phase = Phase::Intake;
    int budgetMinutes = 0;
    int plannedMinutes = 0;
    int doneMinutes = 0;
    int committedMinutes = 0; ///< what the sessions weigh against the cap: done as done, planned as planned
    int personalWorkMinutes = 0; ///< personal work declared at the phase's sessions, shown apart
    QDate firstDate; ///< first session of the phase (any status), null when none
    QDate lastDate;

    /// Budget − committed sessions − personal work (negative when over budget).
    int remainingMinutes() const { return budgetMinutes - committedMinutes - personalWorkMinutes; }
};

/** The hour picture of a bilan, phase by phase and in total. */
struct BilanHours {
    std::array<PhaseHours, 5> phases;

    const PhaseHours& of(Phase phase) const { return phases[static_cast<std::size_t>(phase)]; }
    int countedBudgetMinutes() const;
    int countedPlannedMinutes() const;
    int countedDoneMinutes() const;
    int countedCommittedMinutes() const;
    int countedPersonalWorkMinutes() const;
    /// Sessions committed plus personal work: what the 24 h cap limits.
    int countedTotalMinutes() const { return countedCommittedMinutes() + countedPersonalWorkMinutes(); }
    /// For CPF's "service fait": done ÷ planned × 100, rounded down; 0 when nothing is planned.
    int completionRate() const;
};

/// `personalWork` holds the personal work declared at each session (by session id), counted in its phase.
BilanHours computeHours(const Bilan& bilan, const QList<Session>& sessions,
                        const QHash<qint64, int>& personalWork = {});

/// The budgets must be non-negative and their counted sum within the cap.
Result<void> checkBudgets(const PhaseBudgets& budgets);

/// The phases a session may have in a bilan of this status: every phase while it runs; only the follow-up once it is
/// closed (R6313-4: the conclusion ends it, the follow-up comes after); none once abandoned.
QList<Phase> phasesAllowed(BilanStatus status);

/** A phase whose sessions would go beyond its budget: said as a warning (the proposal of the planner flags the same),
    never refused — only the 24 h cap is. */
struct PhaseOverBudget {
    Phase phase = Phase::Intake;
    int committedMinutes = 0; ///< the phase's sessions (done as done, planned as planned) with the candidate
    int budgetMinutes = 0;
    QString message() const; ///< "Follow-up: 2 h 30 planned for a budget of 1 h.", translated
};

/// Whether `candidate` (new, or replacing the session of the same id) takes its phase beyond the bilan's budget for
/// it; nullopt when it fits or the session is cancelled or missed.
std::optional<PhaseOverBudget> phaseOverBudget(const Bilan& bilan, const QList<Session>& sessions,
                                               const Session& candidate);

} // namespace parcours
