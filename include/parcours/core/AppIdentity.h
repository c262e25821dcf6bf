#pragma once

namespace parcours {

/// Sets the organisation and application names (and version) that decide where the default database
/// lives: the GUI and the CLI both call it first, so they open the same file.
void setApplicationIdentity();

} // namespace parcours
