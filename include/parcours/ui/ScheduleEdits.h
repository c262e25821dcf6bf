#pragma once

#include <parcours/core/PlanningService.h>
#include <parcours/core/Result.h>
#include <parcours/core/SessionLogService.h>

namespace parcours {

class Workspace;

// Planning, logging and moving sessions from the window: applied through the services first (every rule checked),
// then pushed as an already-done QUndoCommand on the bilan's undo stack, like sessionEdits.

namespace scheduleEdits {

/// Saves a plan; undo removes its sessions, redo puts them back with the same ids.
Result<QList<qint64>> savePlan(Workspace& workspace, qint64 bilanId, const QList<PlannedSlot>& slots);
/// Logs a session in full; undo puts back the session, its record and its scan as they were. Returns what the
/// consultant must be told about the sessions still planned, when they no longer fit under the 24 h cap.
Result<std::optional<PlannedOverCap>> log(Workspace& workspace, qint64 sessionId, const SessionLog& outcome, const SessionLogDetails& details,
    std::optional<int> readVersion = std::nullopt);
/// Moves a planned session; undo removes the new session and puts the old one back as planned.
Result<MoveResult> move(Workspace& workspace, qint64 sessionId, const QDateTime& to, std::optional<Party> by);

} // namespace scheduleEdits
} // namespace parcours
