#include "keypad/keypadaction.h"

#include <QKeyEvent>

namespace KeypadAction {

Action fromKey(int key, Qt::KeyboardModifiers modifiers)
{
    // Shortcuts with Ctrl, Alt or Meta belong to the desktop (and lockdown
    // swallows them), never to the exhibit.
    if (modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return None;
    switch (key) {
    case Qt::Key_Up:
        return Up;
    case Qt::Key_Down:
        return Down;
    case Qt::Key_Left:
        return Left;
    case Qt::Key_Right:
        return Right;
    case Qt::Key_Tab:
        return (modifiers & Qt::ShiftModifier) ? Previous : Next;
    case Qt::Key_Backtab:
        return Previous;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
    case Qt::Key_Select:
        return Activate;
    case Qt::Key_Escape:
    case Qt::Key_Back:
    case Qt::Key_Backspace:
        return Back;
    case Qt::Key_F1:
    case Qt::Key_Help:
    case Qt::Key_Question:
    case Qt::Key_H:
        return Help;
    case Qt::Key_Plus:
    case Qt::Key_Equal: // + without Shift on most keyboards
    case Qt::Key_VolumeUp:
        return VolumeUp;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
    case Qt::Key_VolumeDown:
        return VolumeDown;
    case Qt::Key_R:
    case Qt::Key_F2:
        return ScreenReader;
    default:
        return None;
    }
}

Action fromEvent(const QKeyEvent &event)
{
    // A keypad's keys arrive with KeypadModifier; they mean the same.
    return fromKey(event.key(), event.modifiers() & ~Qt::KeypadModifier);
}

bool movesFocus(Action action)
{
    return action == Up || action == Down || action == Left || action == Right || action == Next
        || action == Previous;
}

} // namespace KeypadAction
