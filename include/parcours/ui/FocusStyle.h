#pragma once

namespace parcours {

/**
 * Makes the keyboard focus visible on every control (issue 11). The platform style (Fusion here) marks the
 * focus of buttons, fields, check boxes and tabs, but not of lists, tables, text areas and other scroll areas
 * with nothing selected: the application's style is wrapped once in a proxy that draws their frame in the
 * highlight colour while they have the focus. Called where the look is set (start-up, colour scheme); idempotent.
 */
void useVisibleFocus();

} // namespace parcours
