#pragma once

#include "previews/previewfinding.h"

#include <QList>

class QQuickItem;

/** Finds the texts a visitor would not see whole on a rendered screen: a
 *  text cut short (elided, or past its maximum lines), a text taller than
 *  the box it was given, or a text that runs outside a box that holds it
 *  (a card, a panel, a clipping view) or off the screen. Text inside a
 *  scrolling view is allowed below the fold: the visitor scrolls to it. */
namespace TextOverflow {

using Finding = PreviewFinding;

// Every overflowing text drawn on `screen` (visible, not transparent), judged
// against the screen's own size (a window's content item, or the kiosk's root
// drawn in Exhibit Studio).
[[nodiscard]] QList<Finding> find(QQuickItem *screen);

} // namespace TextOverflow
