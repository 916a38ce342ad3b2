#include "keypad/keypadnavigator.h"

#include "keypad/flickablescroll.h"
#include "keypad/keypad.h"
#include "keypad/spatialfocus.h"

#include <QKeyEvent>
#include <QQuickWindow>

using namespace KeypadAction;

namespace {

SpatialFocus::Direction directionOf(Action action)
{
    switch (action) {
    case Up:
        return SpatialFocus::Direction::Up;
    case Down:
        return SpatialFocus::Direction::Down;
    case Left:
        return SpatialFocus::Direction::Left;
    default:
        return SpatialFocus::Direction::Right;
    }
}

} // namespace

KeypadNavigator::KeypadNavigator(QQuickItem *parent)
    : WindowInputItem(parent)
{ }

QString KeypadNavigator::labelOf(QQuickItem *control) { return VisibleScene::labelOf(control); }

void KeypadNavigator::reset()
{
    setActive(false);
    if (m_focused)
        m_focused->setFocus(false);
    m_focused = nullptr;
    m_lastCentre = {};
    Q_EMIT focusedControlChanged();
}

bool KeypadNavigator::eventFilter(QObject *watched, QEvent *event)
{
    // Disabled where the screen is not the whole window (Exhibit Studio's
    // preview): the window's keys are the window's.
    if (!isEnabled())
        return WindowInputItem::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::KeyPress:
        return handle(fromEvent(*static_cast<QKeyEvent *>(event)));
    case QEvent::KeyRelease:
        // The press was ours; so is its release (a button never sees half a key).
        return fromEvent(*static_cast<QKeyEvent *>(event)) != None;
    case QEvent::TouchBegin:
    case QEvent::MouseButtonPress:
        setActive(false); // a touch: the visitor is using the screen
        break;
    default:
        break;
    }
    return WindowInputItem::eventFilter(watched, event);
}

bool KeypadNavigator::handle(Action action)
{
    if (action == None)
        return false;
    // The screen reader's key is the reader's: the ring stays as it was.
    if (action == ScreenReader) {
        Q_EMIT screenReaderRequested();
        return true;
    }
    const bool wasActive = m_active;
    setActive(true);
    const Scene scene = readScene();
    if (movesFocus(action) || action == Activate) {
        const bool focusGone = scene.indexOf(m_focused) < 0;
        // The first key shows where the ring is before anything moves.
        if (!wasActive || focusGone) {
            if (!wasActive && !focusGone) {
                Q_EMIT announce(labelOf(m_focused));
                return true;
            }
            focus(startingControl(scene));
            return true;
        }
        if (action == Activate)
            activate();
        else
            move(action, scene);
        return true;
    }
    switch (action) {
    case Back:
        back(scene);
        break;
    case Help:
        Q_EMIT helpRequested();
        break;
    case VolumeUp:
        Q_EMIT volumeStepRequested(+1);
        break;
    case VolumeDown:
        Q_EMIT volumeStepRequested(-1);
        break;
    default:
        break;
    }
    return true;
}

void KeypadNavigator::move(Action action, const Scene &scene)
{
    // A scrolling text in the ring reads on before the ring leaves it.
    if ((action == Up || action == Down) && FlickableScroll::isFlickable(m_focused)
        && FlickableScroll::scrollPage(m_focused, action == Up ? -1 : +1)) {
        return;
    }
    const QList<QRectF> rects = scene.rects();
    const int currentIndex = scene.indexOf(m_focused);
    int next = -1;
    if (action == Next || action == Previous) {
        const QList<int> order = SpatialFocus::readingOrder(rects);
        const int at = int(order.indexOf(currentIndex));
        next = order.at((at + (action == Next ? 1 : order.size() - 1)) % order.size());
    } else {
        next = SpatialFocus::inDirection(rects.at(currentIndex), rects, directionOf(action));
    }
    if (next < 0) {
        Q_EMIT announce(labelOf(m_focused)); // the edge: say where the ring still is
        return;
    }
    focus(scene.list.at(next).item);
}

void KeypadNavigator::activate()
{
    if (!m_focused)
        return;
    const QPointer<QQuickItem> pressed = m_focused;
    Q_EMIT activated();
    // Buttons (Qt Quick Templates' AbstractButton and ours) say "clicked";
    // a control without it (a text to scroll) has nothing to press.
    if (pressed->metaObject()->indexOfSignal("clicked()") >= 0)
        QMetaObject::invokeMethod(pressed, "clicked");
}

void KeypadNavigator::back(const Scene &scene)
{
    if (KeypadAttached *modal = Keypad::of(scene.modal)) {
        Q_EMIT modal->back();
        return;
    }
    Q_EMIT backRequested();
}

QQuickItem *KeypadNavigator::startingControl(const Scene &scene) const
{
    if (scene.list.isEmpty())
        return nullptr;
    for (const VisibleScene::Control &control : scene.list) {
        if (Keypad::isDefault(control.item))
            return control.item;
    }
    const QList<QRectF> rects = scene.rects();
    const int index = m_lastCentre.isNull() ? SpatialFocus::readingOrder(rects).constFirst()
                                            : SpatialFocus::nearest(m_lastCentre, rects);
    return scene.list.at(index).item;
}

void KeypadNavigator::focus(QQuickItem *control)
{
    if (control != m_focused) {
        m_focused = control;
        Q_EMIT focusedControlChanged();
    }
    if (!control)
        return;
    // Real keyboard focus too, so screen readers and Qt's accessibility follow.
    control->forceActiveFocus(Qt::TabFocusReason);
    FlickableScroll::bringIntoView(control);
    updateFocusRect();
    Q_EMIT announce(labelOf(control));
}

VisibleScene::Controls KeypadNavigator::readScene() const
{
    return VisibleScene::controls(window() ? window()->contentItem() : nullptr, this);
}

void KeypadNavigator::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    QObject::disconnect(m_frameConnection);
    if (active && window())
        m_frameConnection
            = connect(window(), &QQuickWindow::afterAnimating, this, &KeypadNavigator::follow);
    Q_EMIT activeChanged();
}

void KeypadNavigator::follow()
{
    const Scene scene = readScene();
    const bool present = scene.indexOf(m_focused) >= 0;
    // The screen changed or a dialog opened over the ring: it moves to the
    // new screen's starting control, or the nearest to where it was.
    if (!present && !scene.list.isEmpty())
        focus(startingControl(scene));
    else
        updateFocusRect();
}

void KeypadNavigator::updateFocusRect()
{
    QRectF rect;
    qreal radius = 0;
    if (m_focused) {
        rect = m_focused->mapRectToItem(this, m_focused->boundingRect());
        radius = Keypad::ringRadius(m_focused, rect.height());
        m_lastCentre = m_focused->mapToScene(m_focused->boundingRect().center());
    }
    if (rect != m_focusRect || !qFuzzyCompare(radius + 1, m_focusRadius + 1)) {
        m_focusRect = rect;
        m_focusRadius = radius;
        Q_EMIT focusRectChanged();
    }
}
