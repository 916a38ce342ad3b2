#pragma once

#include "keypad/keypadattached.h"

#include <QObject>
#include <QtQmlIntegration/qqmlintegration.h>

/** The keypad's attached properties (like KeyNavigation's): QML writes
 *  `Keypad.isDefault: true`, and the compiler and qmllint check the name.
 *  Registered in the Exhibit module by app/kiosk/qmltypes.h; QML_ATTACHED
 *  here only names the attached type, which Qt's registration reads from
 *  this class. */
class Keypad : public QObject
{
    Q_OBJECT
    QML_ATTACHED(KeypadAttached)

public:
    static KeypadAttached *qmlAttachedProperties(QObject *object);

    // What `item` declared, or null when it declared nothing.
    [[nodiscard]] static KeypadAttached *of(const QObject *item);
    [[nodiscard]] static bool isDefault(const QObject *item);
    [[nodiscard]] static bool isModal(const QObject *item);
    // The corners of a ring round `item`, `height` tall: its Keypad.radius,
    // else rounded as the kiosk's controls are (a pill's at most 12).
    [[nodiscard]] static qreal ringRadius(const QObject *item, qreal height);
};
