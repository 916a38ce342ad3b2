#pragma once

#include <QObject>

/** What an item tells the keypad about itself (QML: `Keypad.isDefault`,
 *  `Keypad.modal`, `Keypad.radius`, `Keypad.onBack`), read by
 *  KeypadNavigator and VisibleScene. */
class KeypadAttached : public QObject
{
    Q_OBJECT
    // The control the ring starts on when the keypad is first used on this scene.
    Q_PROPERTY(bool isDefault READ isDefault WRITE setDefault NOTIFY changed)
    // A dialog over the screen: the ring stays inside it, and Back is its own (`back`).
    Q_PROPERTY(bool modal READ isModal WRITE setModal NOTIFY changed)
    // The corner radius the focus ring follows (a pill's); negative: the default.
    Q_PROPERTY(qreal radius READ radius WRITE setRadius NOTIFY changed)

public:
    using QObject::QObject;

    [[nodiscard]] bool isDefault() const { return m_default; }
    void setDefault(bool on);
    [[nodiscard]] bool isModal() const { return m_modal; }
    void setModal(bool on);
    [[nodiscard]] qreal radius() const { return m_radius; }
    void setRadius(qreal radius);

Q_SIGNALS:
    void changed();
    // The keypad's Back key, pressed while this modal item holds the ring.
    void back();

private:
    bool m_default = false;
    bool m_modal = false;
    qreal m_radius = -1;
};
