#pragma once

#include "previews/previewfinding.h"

#include <QList>

class QColor;
class QImage;
class QQuickItem;

/** What a visitor who cannot see, or sees little, would miss on a rendered
 *  screen: a control with nothing for the keypad and the screen reader to
 *  say, a picture with no description in words, and a text too faint
 *  against what is drawn behind it (WCAG 2.2 contrast, the rule
 *  tests/qml/tst_contrast.qml holds Theme's colours to, here measured on the
 *  screen as rendered). */
namespace AccessibilityCheck {

using Finding = PreviewFinding;

// WCAG 1.4.3 (AA) for text; 1.4.6 (AAA) in the high-contrast theme.
constexpr double minimumContrast = 4.5;
constexpr double minimumHighContrast = 7.0;

// Controls without a spoken name and pictures without a description on `screen`.
[[nodiscard]] QList<Finding> findUnnamed(QQuickItem *screen);

// Texts whose colour, against the colour most of their box shows in
// `rendered` (the screen grabbed, any size), falls below `minimum`.
[[nodiscard]] QList<Finding> findFaintText(QQuickItem *screen, const QImage &rendered,
                                           double minimum);

// The contrast ratio of two opaque colours (1 to 21).
[[nodiscard]] double contrast(const QColor &a, const QColor &b);

} // namespace AccessibilityCheck
