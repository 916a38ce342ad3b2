#include "keypad/touchgestures.h"

#include <QLineF>

#include <cmath>

namespace {
using Gesture = TouchGestures::Gesture;
using Result = TouchGestures::Result;

qreal distance(const QPointF &a, const QPointF &b) { return QLineF(a, b).length(); }
} // namespace

TouchGestures::Result TouchGestures::press(int id, const QPointF &point, qint64 ms)
{
    m_fingers.insert(id, { point, point, ms });
    if (m_fingers.size() == 2) {
        // Two fingers: a gesture, never exploring, never half a double tap.
        m_twoFingers = true;
        m_twoFingersSinceMs = ms;
        m_lastTapEndMs = -1;
        for (Finger &finger : m_fingers)
            finger.start = finger.last;
    }
    if (m_fingers.size() == 1) {
        m_twoFingers = false;
        m_holdFired = false;
    }
    return {};
}

TouchGestures::Result TouchGestures::move(int id, const QPointF &point, qint64 ms)
{
    auto finger = m_fingers.find(id);
    if (finger == m_fingers.end())
        return {};
    finger->last = point;
    if (m_twoFingers) {
        if (distance(finger->start, point) > tapSlop)
            m_twoFingersSinceMs = -1; // moving: a flick perhaps, a hold no more
        return {};
    }
    // Past a tap's time (a flick is over by then), the finger explores.
    if (!finger->exploring && ms - finger->startMs >= tapMs)
        finger->exploring = true;
    return finger->exploring ? Result { Gesture::Explore, point } : Result {};
}

TouchGestures::Result TouchGestures::release(int id, const QPointF &point, qint64 ms)
{
    const auto finger = m_fingers.find(id);
    if (finger == m_fingers.end())
        return {};
    const Finger released = *finger;
    Result result;
    if (m_twoFingers) {
        finger->last = point;
        // The gesture is read when the first of the two fingers lifts.
        if (m_fingers.size() == 2)
            result = releaseTwo(ms);
    } else {
        result = releaseOne(released, point, ms);
    }
    m_fingers.erase(m_fingers.find(id));
    if (m_fingers.isEmpty())
        m_twoFingersSinceMs = -1;
    return result;
}

bool TouchGestures::isTap(const Finger &finger, const QPointF &point, qint64 ms)
{
    return ms - finger.startMs < tapMs && distance(finger.start, point) < tapSlop;
}

TouchGestures::Result TouchGestures::releaseOne(const Finger &finger, const QPointF &point,
                                                qint64 ms)
{
    if (finger.exploring)
        return {};
    const QPointF travel = point - finger.start;
    if (ms - finger.startMs < tapMs && std::abs(travel.x()) >= flickDistance
        && std::abs(travel.x()) > 2 * std::abs(travel.y())) {
        m_lastTapEndMs = -1;
        return { travel.x() > 0 ? Gesture::Next : Gesture::Previous, {} };
    }
    if (!isTap(finger, point, ms))
        return {};
    if (m_lastTapEndMs >= 0 && finger.startMs - m_lastTapEndMs <= doubleTapMs) {
        m_lastTapEndMs = -1;
        return { Gesture::DoubleTap, {} };
    }
    // Perhaps the first of two: it explores only once no second tap comes (tick).
    m_lastTapEndMs = ms;
    m_lastTapAt = point;
    return {};
}

TouchGestures::Result TouchGestures::releaseTwo(qint64 ms)
{
    Q_UNUSED(ms)
    if (m_holdFired)
        return {};
    for (const Finger &finger : std::as_const(m_fingers)) {
        const QPointF travel = finger.last - finger.start;
        if (-travel.y() < flickDistance || std::abs(travel.x()) > std::abs(travel.y()))
            return {};
    }
    return { Gesture::ReadOn, {} };
}

TouchGestures::Result TouchGestures::tick(qint64 ms)
{
    if (m_fingers.isEmpty() && m_lastTapEndMs >= 0 && ms - m_lastTapEndMs > doubleTapMs) {
        m_lastTapEndMs = -1;
        return { Gesture::Explore, m_lastTapAt };
    }
    if (m_twoFingers && m_fingers.size() == 2 && !m_holdFired && m_twoFingersSinceMs >= 0
        && ms - m_twoFingersSinceMs >= holdMs) {
        m_holdFired = true;
        return { Gesture::Toggle, {} };
    }
    if (m_fingers.size() == 1 && !m_twoFingers) {
        Finger &finger = *m_fingers.begin();
        if (!finger.exploring && ms - finger.startMs >= tapMs) {
            finger.exploring = true; // held still on something: say it
            return { Gesture::Explore, finger.last };
        }
    }
    return {};
}

void TouchGestures::cancel()
{
    m_fingers.clear();
    m_twoFingers = false;
    m_twoFingersSinceMs = -1;
    m_lastTapEndMs = -1;
}
