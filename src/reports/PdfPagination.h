#pragma once

// Where a laid-out document's pages break: PdfWriter runs these once the page size is set, before painting.
class QTextDocument;

namespace parcours::pagination {

/// Moves each table marked pdf::kKeepTogether that would straddle two pages to the top of the next one.
void keepTablesTogether(QTextDocument& document);

/**
 * Never cuts a row of a table in two: a row that would straddle two pages starts the next one, in a table of its
 * own under a copy of the header row. QTextDocument only moves a row when none of its cells' first lines fits,
 * so a row with one short cell and one long one was cut (a synthèse's action plan left its horizon on one page and
 * the end of its step on the next). Rows taller than a page are left to break.
 */
void keepRowsWhole(QTextDocument& document);

} // namespace parcours::pagination
