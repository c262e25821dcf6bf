#pragma once

#include <QString>

namespace parcours {

/// The user guide's index (index.md): installed under share/doc/parcours/guide, else docs/guide next to the build.
/// Empty when it cannot be found.
QString userGuideIndex();
/// Opens the user guide with the desktop's viewer; false when it is not found or cannot be opened.
bool openUserGuide();

} // namespace parcours
