#pragma once

#include <QString>
#include <QStringList>

namespace parcours {

/// The places the user guide's index (index.md) is looked for, in order: installed beside the program
/// (…/bin → …/share/doc/parcours/guide), then, for a program run from its build folder, the sources' docs/guide
/// (a path compiled in: the build folder may be anywhere, not only inside the sources).
QStringList userGuideCandidates();
/// The first of userGuideCandidates() that exists; empty when none does.
QString userGuideIndex();
/// Opens the user guide with the desktop's viewer. Empty when done; else what went wrong, in the interface's
/// language, naming the places looked in (not found) or the guide's folder (found, but no viewer opened it).
QString openUserGuide();

} // namespace parcours
