#include "keypad/screenreader.h"

#include "keypad/flickablescroll.h"
#include "keypad/keypad.h"
#include "keypad/labelspeaker.h"
#include "keypad/logging.h"

#include <QMouseEvent>
#include <QQuickWindow>
#include <QTouchEvent>

namespace {

using Gesture = TouchGestures::Gesture;

// The mouse stands in for one finger (a staff member trying the reader with a
// mouse; xdotool on a test screen): an id no touch point has.
constexpr int mouseFinger = -1;
constexpr int tickMs = 40;

} // namespace

ScreenReader::ScreenReader(QQuickItem *parent)
    : WindowInputItem(parent)
{
    m_clock.start();
    m_ticker.setInterval(tickMs);
    connect(&m_ticker, &QTimer::timeout, this, [this] {
        act(m_gestures.tick(m_clock.elapsed()));
        updateTicking();
    });
}

void ScreenReader::setActive(bool on)
{
    if (m_active == on)
        return;
    m_active = on;
    qCInfo(lcKeypad) << "screen reader" << (on ? "on" : "off");
    QObject::disconnect(m_frameConnection);
    m_readingOn.clear();
    // A touch begun before belongs to the screen as it was (the tap that began the visit).
    m_gestures.cancel();
    updateTicking();
    setCurrent(nullptr);
    if (on && window())
        m_frameConnection
            = connect(window(), &QQuickWindow::afterAnimating, this, &ScreenReader::follow);
    Q_EMIT activeChanged();
}

void ScreenReader::setSpeaker(LabelSpeaker *speaker)
{
    if (m_speaker == speaker)
        return;
    if (m_speaker)
        disconnect(m_speaker, nullptr, this, nullptr);
    m_speaker = speaker;
    if (speaker) {
        // Reading on: the ring follows the voice from item to item.
        connect(speaker, &LabelSpeaker::turnStarted, this, [this](int index) {
            if (index < 0 || index >= m_readingOn.size() || !m_readingOn.at(index))
                return;
            setCurrent(m_readingOn.at(index));
            FlickableScroll::bringIntoView(m_current);
        });
    }
    Q_EMIT speakerChanged();
}

void ScreenReader::reset()
{
    m_gestures.cancel();
    updateTicking();
    m_readingOn.clear();
    m_spokenThisTouch = nullptr;
    setCurrent(nullptr);
}

bool ScreenReader::eventFilter(QObject *watched, QEvent *event)
{
    if (!isEnabled())
        return WindowInputItem::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TouchCancel:
        return touch(event) || WindowInputItem::eventFilter(watched, event);
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
        return mouse(event) || WindowInputItem::eventFilter(watched, event);
    default:
        return WindowInputItem::eventFilter(watched, event);
    }
}

bool ScreenReader::touch(QEvent *event)
{
    auto *touchEvent = static_cast<QTouchEvent *>(event);
    if (event->type() == QEvent::TouchBegin)
        m_spokenThisTouch = nullptr;
    if (event->type() == QEvent::TouchCancel) {
        m_gestures.cancel();
    } else {
        for (const QEventPoint &point : touchEvent->points())
            feed(point.id(), point);
    }
    updateTicking();
    if (!m_active)
        return false;
    // Taken whole: no touch reaches a control while the reader is on.
    event->accept();
    return true;
}

bool ScreenReader::mouse(QEvent *event)
{
    auto *mouseEvent = static_cast<QMouseEvent *>(event);
    // A mouse made from a touch the scene left unused was read as the touch.
    const bool realMouse = mouseEvent->device()->type() == QInputDevice::DeviceType::Mouse;
    if (m_active && realMouse) {
        const QPointF at = toScreen(mouseEvent->position());
        const qint64 ms = m_clock.elapsed();
        switch (event->type()) {
        case QEvent::MouseButtonPress:
            m_spokenThisTouch = nullptr;
            act(m_gestures.press(mouseFinger, at, ms));
            break;
        case QEvent::MouseMove:
            if (mouseEvent->buttons() != Qt::NoButton)
                act(m_gestures.move(mouseFinger, at, ms));
            break;
        case QEvent::MouseButtonRelease:
            act(m_gestures.release(mouseFinger, at, ms));
            break;
        default:
            break;
        }
        updateTicking();
    }
    if (!m_active)
        return false;
    event->accept();
    return true;
}

void ScreenReader::feed(int id, const QEventPoint &point)
{
    const QPointF at = toScreen(point.position());
    const qint64 ms = m_clock.elapsed();
    switch (point.state()) {
    case QEventPoint::Pressed:
        act(m_gestures.press(id, at, ms));
        break;
    case QEventPoint::Updated:
        act(m_gestures.move(id, at, ms));
        break;
    case QEventPoint::Released:
        act(m_gestures.release(id, at, ms));
        break;
    default:
        break;
    }
}

void ScreenReader::updateTicking()
{
    if (m_gestures.wantsTicks() && !m_ticker.isActive())
        m_ticker.start();
    else if (!m_gestures.wantsTicks())
        m_ticker.stop();
}

void ScreenReader::act(TouchGestures::Result result)
{
    if (result.gesture == Gesture::Toggle) {
        Q_EMIT toggleRequested();
        return;
    }
    if (!m_active)
        return;
    switch (result.gesture) {
    case Gesture::Explore:
        explore(result.at);
        break;
    case Gesture::DoubleTap:
        activate();
        break;
    case Gesture::Next:
        step(+1);
        break;
    case Gesture::Previous:
        step(-1);
        break;
    case Gesture::ReadOn:
        readOn();
        break;
    default:
        break;
    }
}

void ScreenReader::explore(const QPointF &at)
{
    const QList<Readable> scene = readScene();
    // The last drawn under the finger: a text over its picture, a dialog over the screen.
    for (auto it = scene.crbegin(); it != scene.crend(); ++it) {
        if (!it->shown.contains(at))
            continue;
        if (it->item == m_spokenThisTouch)
            return;
        m_spokenThisTouch = it->item;
        setCurrent(it->item);
        say(spoken(*it));
        return;
    }
}

void ScreenReader::step(int direction)
{
    const QList<Readable> scene = readScene();
    if (scene.isEmpty())
        return;
    int at = -1;
    for (int i = 0; i < scene.size(); ++i) {
        if (scene.at(i).item == m_current)
            at = i;
    }
    const int next = at < 0 ? (direction > 0 ? 0 : int(scene.size()) - 1) : at + direction;
    if (next < 0 || next >= scene.size()) {
        // No further: the visitor hears where they still are, and that it is the end.
        say((direction > 0 ? m_lastWords : m_firstWords).arg(spoken(scene.at(at))));
        return;
    }
    setCurrent(scene.at(next).item);
    FlickableScroll::bringIntoView(m_current);
    say(spoken(scene.at(next)));
}

void ScreenReader::readOn()
{
    const QList<Readable> scene = readScene();
    int from = 0;
    for (int i = 0; i < scene.size(); ++i) {
        if (scene.at(i).item == m_current)
            from = i;
    }
    QStringList texts;
    QList<QPointer<QQuickItem>> items;
    for (int i = from; i < scene.size(); ++i) {
        texts.append(spoken(scene.at(i)));
        items.append(scene.at(i).item);
    }
    if (texts.isEmpty() || !m_speaker)
        return;
    m_readingOn = items;
    m_speaker->sayInTurn(texts);
}

void ScreenReader::activate()
{
    if (!m_current)
        return;
    const QPointer<QQuickItem> pressed = m_current;
    if (pressed->metaObject()->indexOfSignal("clicked()") < 0) {
        say(spokenFor(pressed)); // a text: nothing to press, so it is said again
        return;
    }
    const QString before = spokenFor(pressed);
    Q_EMIT activated();
    QMetaObject::invokeMethod(pressed, "clicked");
    // A switch says what it is now ("Larger text: on"); a control that opened
    // another screen is gone, and follow() reads the new one.
    QTimer::singleShot(0, this, [this, pressed, before] {
        if (pressed && pressed == m_current) {
            const QString after = spokenFor(pressed);
            if (!after.isEmpty() && after != before)
                say(after);
        }
    });
}

void ScreenReader::follow()
{
    if (!m_current) {
        updateFocusRect();
        return;
    }
    const QList<Readable> scene = readScene();
    for (const Readable &readable : scene) {
        if (readable.item == m_current) {
            updateFocusRect();
            return;
        }
    }
    // What was spoken last is gone (a new screen, a dialog over it): the
    // reader starts on what is there now, as VoiceOver does.
    if (scene.isEmpty()) {
        setCurrent(nullptr);
        return;
    }
    m_readingOn.clear();
    setCurrent(scene.constFirst().item);
    say(spoken(scene.constFirst()));
}

QString ScreenReader::spokenFor(QQuickItem *item) const
{
    const QList<Readable> scene = readScene();
    for (const Readable &readable : scene) {
        if (readable.item == item)
            return spoken(readable);
    }
    return {};
}

QString ScreenReader::spoken(const Readable &readable) const
{
    switch (readable.kind) {
    case Readable::Control:
        return m_controlWords.arg(readable.label);
    case Readable::Picture:
        return m_pictureWords.arg(readable.label);
    case Readable::Text:
        break;
    }
    return readable.label;
}

void ScreenReader::say(const QString &text)
{
    m_readingOn.clear();
    if (m_speaker)
        m_speaker->say(text);
}

QList<ScreenReader::Readable> ScreenReader::readScene() const
{
    return VisibleScene::readables(window() ? window()->contentItem() : nullptr, this);
}

QPointF ScreenReader::toScreen(const QPointF &windowPoint) const
{
    return window() ? window()->contentItem()->mapFromScene(windowPoint) : windowPoint;
}

void ScreenReader::setCurrent(QQuickItem *item)
{
    if (m_current != item) {
        m_current = item;
        Q_EMIT currentItemChanged();
    }
    updateFocusRect();
}

void ScreenReader::updateFocusRect()
{
    QRectF rect;
    qreal radius = 0;
    if (m_current) {
        rect = m_current->mapRectToItem(this, m_current->boundingRect());
        radius = Keypad::ringRadius(m_current, rect.height());
    }
    if (rect != m_focusRect || !qFuzzyCompare(radius + 1, m_focusRadius + 1)) {
        m_focusRect = rect;
        m_focusRadius = radius;
        Q_EMIT focusRectChanged();
    }
}
