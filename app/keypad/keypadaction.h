#pragma once

#include <QObject>

class QKeyEvent;

/** What a key on the visitor's keypad (or a keyboard) asks for. A standard
 *  accessible-exhibit keypad has arrows, Enter, Back, Help and volume keys;
 *  a keyboard's Escape, Tab and F1 do the same; R (for "read") turns the
 *  screen reader on and off. Nothing here quits. */
namespace KeypadAction {
Q_NAMESPACE

enum Action {
    None, // not a keypad key: left to the rest of the kiosk
    Up,
    Down,
    Left,
    Right,
    Next, // Tab: the next control in reading order
    Previous, // Shift+Tab
    Activate,
    Back,
    Help,
    VolumeUp,
    VolumeDown,
    ScreenReader, // the kiosk's screen reader on or off
};
Q_ENUM_NS(Action)

[[nodiscard]] Action fromKey(int key, Qt::KeyboardModifiers modifiers);
[[nodiscard]] Action fromEvent(const QKeyEvent &event);
// An arrow, or Tab: moves the focus ring.
[[nodiscard]] bool movesFocus(Action action);

} // namespace KeypadAction
