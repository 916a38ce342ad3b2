#pragma once

class QQuickItem;

/** Scrolling a Flickable (or ListView) for the keypad, through its public
 *  QML properties (contentX/Y, originX/Y, contentWidth/Height), so no
 *  private Qt headers are needed. */
namespace FlickableScroll {

[[nodiscard]] bool isFlickable(const QQuickItem *item);
// Scrolls a page (most of the view) up (-1) or down (+1); false if it is already at that end.
bool scrollPage(QQuickItem *flickable, int direction);
// Scrolls every Flickable holding `item` so that the item is in full view, with a margin.
void bringIntoView(QQuickItem *item);

} // namespace FlickableScroll
