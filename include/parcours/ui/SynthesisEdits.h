#pragma once

#include <parcours/core/Result.h>
#include <parcours/core/Synthesis.h>

#include <functional>
#include <memory>

namespace parcours {

class Workspace;

// Every change the consultant makes to the synthèse goes through these: applied through the SynthesisService
// (rules checked), then pushed as an already-done QUndoCommand on the bilan's stack. Undo and redo write the
// earlier or later state over whatever version is stored then.

namespace synthesisEdits {

/**
 * A section's text while it is being typed, between two saves. The tab and the undo command share it, so that
 * Undo takes back what was typed even before the autosave stored it.
 */
struct BodyEdit {
    qint64 bilanId = 0;
    qint64 versionId = 0;
    QString key;
    RichText before;
    RichText after;
    bool open = true; ///< typing goes on: `current` gives what the editor holds now
    std::function<RichText()> current;
};

/// Pushes the command of an edit the consultant starts typing (nothing is stored yet).
void beginBody(Workspace& workspace, const std::shared_ptr<BodyEdit>& edit);
/// Stores the edit's text (what the editor holds now) and closes it; returns the new row version.
Result<int> saveBody(Workspace& workspace, BodyEdit& edit, int expected);

// `before` is taken by copy: storage events during the change refresh the caller's own copy.
Result<int> setLayout(Workspace& workspace, SynthesisVersion before, const QList<SectionLayout>& after);
Result<int> setActions(Workspace& workspace, SynthesisVersion before, const QList<PlannedAction>& after);
Result<int> setObservations(Workspace& workspace, SynthesisVersion before, const QString& after);

} // namespace synthesisEdits
} // namespace parcours
