#pragma once

#include <parcours/core/Enums.h>

#include <QColor>
#include <QPalette>
#include <QString>

namespace parcours::colours {

/**
 * The few colours Parcours adds to the palette's own (errors, warnings, banners, phases), each chosen for the
 * light or the dark palette (Paramètres > Apparence) so that text keeps its contrast in both. Widgets ask here
 * rather than writing a colour down: a colour fixed for a white background is unreadable on a dark one.
 */

/// True when the palette's window is dark (the dark colour scheme, or a dark system palette).
bool isDark(const QPalette& palette);
/// The application's palette (what a widget gets unless it set its own).
QPalette current();

/// Text that reports a problem (a refused value, an overdue date, hours over the cap).
QColor error(const QPalette& palette = current());
/// Text that asks for attention without being an error (a missing proof, a deadline near).
QColor warning(const QPalette& palette = current());
/// Text that says all is well (a strong password, a connection that works).
QColor success(const QPalette& palette = current());
/// Secondary text (greyed rows, hints).
QColor muted(const QPalette& palette = current());

/// A phase's colour as text on the palette's base (table rows, lists): darker on light, lighter on dark.
QColor phaseInk(Phase phase, const QPalette& palette = current());
/// `colour` mixed with the palette's base: `amount` 0 gives the base, 1 the colour (backgrounds behind text).
QColor wash(const QColor& colour, qreal amount, const QPalette& palette = current());

/// "color: #rrggbb;" for a style sheet.
QString css(const QColor& colour);

enum class Banner { Error, Notice, Warning };
/// The style sheet of a banner (a frame named `frameName` holding labels): background, border and text.
QString bannerStyle(Banner kind, const QString& frameName, const QPalette& palette = current());

/// WCAG contrast ratio of two colours (1 to 21); text wants at least 4.5.
double contrast(const QColor& a, const QColor& b);

} // namespace parcours::colours
