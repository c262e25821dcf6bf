#pragma once

#include <parcours/core/Investigation.h>
#include <parcours/core/Result.h>

namespace parcours {

class Workspace;

// Every change the consultant makes to the investigation goes through these, as sessionEdits do for sessions: the
// change is applied through the InvestigationService (rules checked), and only when it succeeded is it pushed as an
// already-done QUndoCommand on the bilan's undo stack. Undo and redo write the recorded state back through the
// service. The record functions are templates over the eight kinds of investigation record.

namespace investigationEdits {

/// Adds a record; returns it as stored (with its id and version).
template<typename T> Result<T> add(Workspace& workspace, const T& record);
/// Writes `after` over `before`; returns it as stored. Successive changes of the same `field` of the same record
/// make one undo step (typing a text, dragging a point).
template<typename T> Result<T> change(Workspace& workspace, const T& before, const T& after, const QString& field);
/// Removes a record; undo puts it back with its links (the competences of an experience, the inquiries of an
/// option) and, for a test, its report file.
template<typename T> Result<void> remove(Workspace& workspace, const T& record);

/// The free texts on values; successive changes of one text make one undo step.
Result<Motivations> setMotivations(
    Workspace& workspace, const Motivations& before, const Motivations& after, const QString& field);
/// Moves a criterion (drag and drop, or the move buttons).
Result<void> moveCriterion(
    Workspace& workspace, qint64 bilanId, qint64 criterionId, Criterion::Zone zone, int position);
/// Makes an option the plan B (0: none).
Result<void> setPlanB(Workspace& workspace, qint64 bilanId, qint64 optionId);
Result<QString> addCustomDomain(Workspace& workspace, qint64 bilanId, const QString& name);
Result<void> removeCustomDomain(Workspace& workspace, qint64 bilanId, const QString& name);
/// Attaches a report file to a test (replacing any); undo puts the previous one back.
Result<ReportFile> attachReport(
    Workspace& workspace, qint64 bilanId, qint64 testResultId, const QString& fileName, const QByteArray& content);
Result<void> detachReport(Workspace& workspace, qint64 bilanId, qint64 testResultId);

} // namespace investigationEdits
} // namespace parcours
