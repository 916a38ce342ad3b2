#pragma once

#include <QHash>
#include <QPointF>

/** What a blind visitor's fingers mean to the screen reader, in the
 *  conventions visitors know from VoiceOver and TalkBack: one finger moving
 *  over the screen explores (what is under it is spoken), a double tap
 *  anywhere activates what was spoken last, a quick flick right or left
 *  moves to the next or previous item, two fingers flicked up read on from
 *  there, and two fingers held still for three seconds turn the reader on
 *  or off (the gesture a blind visitor can be told of and find).
 *
 *  Pure: it is fed touch points with their times (milliseconds) and says
 *  what they meant, so every gesture is tested without a screen. Distances
 *  are in the kiosk's pixels at 1920×1080 (a finger is about 80). */
class TouchGestures
{
public:
    enum class Gesture {
        None,
        Explore, // `at`: the finger is over this point; speak what is there
        DoubleTap, // activate what was spoken last
        Next, // flick right
        Previous, // flick left
        ReadOn, // two fingers flicked up: read from the current item on
        Toggle, // two fingers held still for holdMs: reader on or off
    };

    struct Result
    {
        Gesture gesture = Gesture::None;
        QPointF at;

        friend bool operator==(const Result &a, const Result &b)
        {
            return a.gesture == b.gesture && a.at == b.at;
        }
    };

    static constexpr qint64 tapMs = 300; // a touch shorter than this is a tap or a flick
    static constexpr qint64 doubleTapMs
        = 450; // the second tap starts within this of the first's end
    static constexpr qreal tapSlop = 40; // a tap moves less than this
    static constexpr qreal flickDistance = 90; // a flick travels at least this
    static constexpr qint64 holdMs = 3000;

    Result press(int id, const QPointF &point, qint64 ms);
    Result move(int id, const QPointF &point, qint64 ms);
    Result release(int id, const QPointF &point, qint64 ms);
    // The time passes with fingers still down (the two-finger hold fires on a tick).
    Result tick(qint64 ms);
    // Every finger gone without a release (the window lost the touch).
    void cancel();

    [[nodiscard]] int fingersDown() const { return int(m_fingers.size()); }
    // Whether tick() has something to wait for (a finger down, a tap that may be doubled).
    [[nodiscard]] bool wantsTicks() const { return !m_fingers.isEmpty() || m_lastTapEndMs >= 0; }

private:
    struct Finger
    {
        QPointF start;
        QPointF last;
        qint64 startMs = 0;
        bool exploring = false; // held or moved past a tap: it speaks what it passes
    };

    Result releaseOne(const Finger &finger, const QPointF &point, qint64 ms);
    Result releaseTwo(qint64 ms);
    static bool isTap(const Finger &finger, const QPointF &point, qint64 ms);

    QHash<int, Finger> m_fingers;
    bool m_twoFingers = false; // this touch had two fingers at some point: no exploring
    bool m_holdFired = false;
    qint64 m_twoFingersSinceMs = -1; // when the second finger came down; -1 once they moved
    // The last tap, for a double tap.
    qint64 m_lastTapEndMs = -1;
    QPointF m_lastTapAt;
};
