#pragma once

#include <QString>

namespace parcours {

/// Folds text for searching: lower case, accents and ligatures removed ("Lefèvre-Œil" → "lefevre-oeil").
QString foldForSearch(QStringView text);

/// Trims and collapses inner runs of white space, as names and one-line fields are stored.
QString simplifiedLine(QStringView text);

} // namespace parcours
