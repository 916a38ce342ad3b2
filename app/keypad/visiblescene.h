#pragma once

#include <QList>
#include <QRectF>
#include <QString>

#include <functional>

class QQuickItem;

/** The scene as a visitor sees it: the items that are visible and not
 *  transparent, in the order they are drawn (by z among siblings), each with
 *  the part of the screen it can show in (the screen, narrowed by every
 *  clipping ancestor). The screen is an item (the window's content item, or
 *  a kiosk screen drawn smaller in Exhibit Studio's preview): every rect is
 *  in its coordinates, so a screen drawn at half size is judged as it is. An item with
 * `Keypad.modal: true` (a dialog) covers whatever was drawn before it. The keypad finds its
 * controls here; the curator previews find the texts and controls they check. */
namespace VisibleScene {

using Visit = std::function<void(QQuickItem *item, const QRectF &clip)>;
using Covered = std::function<void(QQuickItem *modal)>;

// Calls `visit` for each item drawn in `screen` (`skip` and its children
// left out), and `covered` first when a dialog covers what came before it.
void walk(QQuickItem *screen, const Visit &visit, const Covered &covered,
          const QQuickItem *skip = nullptr);

// Where `item` is drawn (its bounding rect) in `screen`'s coordinates.
[[nodiscard]] QRectF rectIn(const QQuickItem *screen, const QQuickItem *item);

struct Control
{
    QQuickItem *item = nullptr;
    QRectF rect; // in the screen's coordinates
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
// A picture described in words (Accessible.role Graphic with a name).
[[nodiscard]] bool isPicture(QQuickItem *item);

// What a visitor can press or scroll on `screen` now: items taking Tab
// focus that are enabled and show more than a sliver; only the topmost
// dialog's when one is open.
[[nodiscard]] Controls controls(QQuickItem *screen, const QQuickItem *skip = nullptr);

// What the screen reader reads, in reading order: the order the scene is
// drawn in (the QML's own order, which keeps a picture with its caption and
// a heading before its text, where rows on screen would interleave columns).
struct Readable
{
    enum Kind { Control, Text, Picture };
    QQuickItem *item = nullptr;
    Kind kind = Text;
    QString label; // what is said: a control's name, the text, a picture's description
    QRectF rect; // in the screen's coordinates
    QRectF shown; // where a finger finds it on screen: empty when scrolled away
};

// Controls a visitor can press (read whole: what is inside them is their
// name), texts, and pictures with a description (Accessible.role Graphic and
// a name), showing more than a sliver; only the topmost dialog's when one is
// open. A scrolling text (focusable for the keypad, nothing to press) is read
// as the texts in it, those scrolled out of sight too (reading on scrolls to them).
[[nodiscard]] QList<Readable> readables(QQuickItem *screen, const QQuickItem *skip = nullptr);

} // namespace VisibleScene
