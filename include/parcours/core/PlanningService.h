#pragma once

#include <parcours/core/Clock.h>
#include <parcours/core/Planner.h>
#include <parcours/core/Repositories.h>

#include <QCoreApplication>

namespace parcours {

/** A session moved to another time: the new planned session, and what the consultant should know about it. */
struct MoveResult {
    qint64 newSessionId = 0;
    QList<SlotNotice> notices; ///< conflicts, holiday, absence, hours at the new time
};

/**
 * Planning a bilan's sessions in one step and moving them: the planner's rules with what storage knows around
 * them (the bilan, its sessions and personal work, the consultant's absences and other sessions, the holidays and
 * time zone of the settings). GUI and CLI both plan through it.
 */
class PlanningService {
    Q_DECLARE_TR_FUNCTIONS(PlanningService)
public:
    PlanningService(Repositories& repositories, const Clock& clock);

    /// Everything the planner needs around a bilan for the period from `from` to `to`.
    Result<PlanContext> context(qint64 bilanId, QDate from, QDate to);
    /// The proposal for a request (nothing stored).
    Result<QList<PlannedSlot>> propose(qint64 bilanId, const PlanRequest& request);
    /// Checks a proposal as edited; flags are written into the slots.
    Result<void> review(qint64 bilanId, QList<PlannedSlot>& slots);
    /// Stores a proposal, all sessions or none; returns their ids in date order.
    Result<QList<qint64>> save(qint64 bilanId, QList<PlannedSlot> slots);

    /// Moves a planned session: it is marked cancelled (by whom, when said) and a new planned session, linked to
    /// it, takes its place at `to`. A session already moved, done or missed is refused.
    Result<MoveResult> move(qint64 sessionId, const QDateTime& to, std::optional<Party> by = std::nullopt);

    Result<QList<Absence>> absences(QDate from = {}, QDate to = {});
    /// Adds the absence (sessions already planned in it are kept: see plannedDuring).
    Result<qint64> addAbsence(Absence absence);
    /// The sessions still planned from `firstDay` to `lastDay` (both included), in time order: those an absence
    /// declared over these days leaves to move or cancel.
    Result<QList<AgendaEntry>> plannedDuring(QDate firstDay, QDate lastDay);
    Result<void> removeAbsence(qint64 id);

private:
    /// The context without other sessions, then those of the days the slots fall on only (a week of a cabinet holds
    /// dozens of sessions; half a year, thousands).
    Result<PlanContext> contextFor(qint64 bilanId, QDate from, QDate to);
    Result<void> addOthersOn(PlanContext& context, const QList<PlannedSlot>& slots);
    Repositories& m_repositories;
    const Clock& m_clock;
};

} // namespace parcours
