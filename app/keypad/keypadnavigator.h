#pragma once

#include "keypad/keypadaction.h"
#include "keypad/visiblescene.h"
#include "keypad/windowinputitem.h"

#include <QPointer>

/** The exhibit without the touchscreen: arrows move a focus ring from
 *  control to control by their places on screen, Enter presses the control
 *  in the ring, Back steps back (never out of the kiosk), Help and +/- ask
 *  the kiosk for help and volume. Each control the ring lands on is
 *  announced (its Accessible.name) for the LabelSpeaker to say.
 *
 *  It reads the scene as a visitor sees it: a control is one with
 *  activeFocusOnTab that is visible, enabled and on screen. What items say
 *  to it they say with the attached Keypad (keypad/keypad.h): an item with
 *  `Keypad.modal: true` (a dialog over the screen) keeps the ring inside it,
 *  and Back goes to its `Keypad.onBack`; `Keypad.isDefault: true` marks the
 *  control the ring starts on when a screen opens; `Keypad.radius` the
 *  ring's corners. A Flickable in
 *  the ring scrolls with Up and Down before the ring moves on.
 *
 *  Sits over the whole kiosk (anchors.fill) and draws nothing itself: the
 *  QML FocusRing follows focusRect. Touching the screen hides the ring.
 *  Disabled, it leaves the window's keys alone. */
class KeypadNavigator : public WindowInputItem
{
    Q_OBJECT
    // The keypad is in use: the ring shows.
    Q_PROPERTY(bool active READ isActive NOTIFY activeChanged)
    // The control in the ring, in this item's coordinates, and its corner radius.
    Q_PROPERTY(QRectF focusRect READ focusRect NOTIFY focusRectChanged)
    Q_PROPERTY(qreal focusRadius READ focusRadius NOTIFY focusRectChanged)
    Q_PROPERTY(QQuickItem *focusedControl READ focusedControl NOTIFY focusedControlChanged)

public:
    explicit KeypadNavigator(QQuickItem *parent = nullptr);

    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] QRectF focusRect() const { return m_focusRect; }
    [[nodiscard]] qreal focusRadius() const { return m_focusRadius; }
    [[nodiscard]] QQuickItem *focusedControl() const { return m_focused; }
    // What the keypad says for a control: its Accessible.name, else its text.
    [[nodiscard]] Q_INVOKABLE static QString labelOf(QQuickItem *control);

public Q_SLOTS:
    void reset(); // the visit is over: no ring, nothing focused

Q_SIGNALS:
    void activeChanged();
    void focusRectChanged();
    void focusedControlChanged();
    void announce(const QString &text); // to be spoken
    void activated(); // Enter pressed the control in the ring
    void backRequested(); // Back with no dialog open: the screen's own "back"
    void helpRequested();
    void volumeStepRequested(int step); // +1 or -1
    void screenReaderRequested(); // its key: the screen reader on or off

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using Scene = VisibleScene::Controls;

    [[nodiscard]] Scene readScene() const;
    bool handle(KeypadAction::Action action);
    void move(KeypadAction::Action action, const Scene &scene);
    void activate();
    void back(const Scene &scene);
    void focus(QQuickItem *control);
    [[nodiscard]] QQuickItem *startingControl(const Scene &scene) const;
    void setActive(bool active);
    void follow(); // every frame while active: keep the ring on a control that is still there
    void updateFocusRect();

    bool m_active = false;
    QPointer<QQuickItem> m_focused;
    QRectF m_focusRect;
    qreal m_focusRadius = 0;
    QPointF m_lastCentre; // where the ring was, to land near it when its control goes
    QMetaObject::Connection m_frameConnection;
};
