#include "keypad/keypad.h"

#include <QQmlEngine>

#include <algorithm>

KeypadAttached *Keypad::qmlAttachedProperties(QObject *object)
{
    return new KeypadAttached(object);
}

KeypadAttached *Keypad::of(const QObject *item)
{
    // Not created here: an item that says nothing has nothing attached.
    return item ? qobject_cast<KeypadAttached *>(qmlAttachedPropertiesObject<Keypad>(item, false))
                : nullptr;
}

bool Keypad::isDefault(const QObject *item)
{
    const KeypadAttached *attached = of(item);
    return attached && attached->isDefault();
}

bool Keypad::isModal(const QObject *item)
{
    const KeypadAttached *attached = of(item);
    return attached && attached->isModal();
}

qreal Keypad::ringRadius(const QObject *item, qreal height)
{
    const KeypadAttached *attached = of(item);
    return attached && attached->radius() >= 0 ? attached->radius()
                                               : std::min<qreal>(height / 2, 12);
}
