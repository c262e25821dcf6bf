#pragma once

#include <QString>

class QTextDocument;

namespace parcours::test {

/**
 * A document's structure as text, for golden tests: one line per block ("[h2] **Titre**", "[li disc 1] item",
 * "[p] text with **bold** and _italic_"), tables as rows of cells, images and page breaks named. User text appears
 * exactly as it was inserted, so markup that was not interpreted is plain to see.
 */
QString outline(const QTextDocument& document);

} // namespace parcours::test
