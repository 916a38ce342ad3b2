#pragma once

#include "previews/previewfinding.h"

#include <QList>

class QQuickItem;

/** Finds the controls a visitor could not use on a rendered screen: one
 *  partly under another (two controls overlap, neither inside the other),
 *  and, on a portrait screen, one above the reach of a visitor in a
 *  wheelchair (AccessibilityController::portraitReachTop; for a scrolling
 *  text, its lower half must be in reach); and a text or control showing
 *  where the captions' strip is. Only what shows
 *  counts: a card scrolled half out of its list is judged by its visible
 *  half, and under an open dialog only the dialog's controls. */
namespace ControlCheck {

// The controls on `screen` (a window's content item, or the kiosk's root
// drawn in Exhibit Studio), judged at the screen's own size.
[[nodiscard]] QList<PreviewFinding> find(QQuickItem *screen);

} // namespace ControlCheck
