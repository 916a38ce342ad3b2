#pragma once

#include <QList>
#include <QRectF>
#include <QString>

#include <functional>

class QQuickItem;
class QQuickWindow;

/** The scene as a visitor sees it: the items that are visible and not
 *  transparent, in the order they are drawn (by z among siblings), each with
 *  the part of the screen it can show in (the screen, narrowed by every
 *  clipping ancestor). An item with `Keypad.modal: true` (a dialog) covers
 *  whatever was drawn before it. The keypad finds its controls here; the
 *  curator previews find the texts and controls they check. */
namespace VisibleScene {

using Visit = std::function<void(QQuickItem *item, const QRectF &clip)>;
using Covered = std::function<void(QQuickItem *modal)>;

// Calls `visit` for each item drawn under `root` (`skip` and its children
// left out), and `covered` first when a dialog covers what came before it.
void walk(QQuickItem *root, const QRectF &screen, const Visit &visit, const Covered &covered,
          const QQuickItem *skip = nullptr);

struct Control
{
    QQuickItem *item = nullptr;
    QRectF rect; // in scene coordinates
    QRectF shown; // the part of it on screen (not scrolled or clipped away)
};

struct Controls
{
    QList<Control> list;
    QQuickItem *modal = nullptr; // the topmost dialog, if any

    [[nodiscard]] int
    indexOf(const QQuickItem *item) const; // -1: not a control on screen (or null)
    [[nodiscard]] QList<QRectF> rects() const;
};

// What the keypad says for a control, and the previews call it: its
// Accessible.name, else its text.
[[nodiscard]] QString labelOf(QQuickItem *control);

// What a visitor can press or scroll in `window` now: items taking Tab
// focus that are enabled and show more than a sliver; only the topmost
// dialog's when one is open.
[[nodiscard]] Controls controls(QQuickWindow *window, const QQuickItem *skip = nullptr);

} // namespace VisibleScene
