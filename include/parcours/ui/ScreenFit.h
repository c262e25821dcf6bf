#pragma once

#include <QRect>
#include <QSize>

class QObject;
class QWidget;

namespace parcours {

/// The size a window opens at: `preferred`, made smaller to fit `available` (a screen's free area, without the
/// panels) less room for the window frame, but never below the window's `minimum`.
QSize fittedSize(QSize preferred, QSize minimum, const QRect& available);

/// Resizes a top-level window to `preferred`, or less so that it fits the available area of its screen (a
/// laptop at 200 % has 960 × 540 logical pixels); a restored geometry that no longer fits is brought back too.
void fitToScreen(QWidget* window, QSize preferred);

/// Makes every window and dialog the application shows fit its screen: one opened at the size of its form
/// (760 × 560, say) on a laptop at 200 % is made smaller, down to its minimum. Installed once, by main().
void fitWindowsToScreen(QObject* application);

} // namespace parcours
