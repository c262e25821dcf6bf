#pragma once

#include <parcours/core/Result.h>
#include <parcours/core/Session.h>

namespace parcours {

class Workspace;

// Every change the consultant makes to a session goes through these: the change is applied through the
// services (rules checked), and only when it succeeded is it pushed as a QUndoCommand on the bilan's stack.

namespace sessionEdits {

Result<qint64> add(Workspace& workspace, const Session& session);
Result<void> change(Workspace& workspace, const Session& before, const Session& after);
Result<void> remove(Workspace& workspace, const Session& session);

} // namespace sessionEdits
} // namespace parcours
