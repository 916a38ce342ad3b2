#pragma once

#include <QBitArray>

/** How much of one narration a visitor heard: the seconds of the recording
 *  that actually played, so a replay does not count twice and a drag
 *  ahead does not count as heard. Fed with the player's position while it
 *  plays. */
class ListeningTracker
{
public:
    void setDuration(qint64 milliseconds);
    // The player is at `milliseconds` and playing: the stretch since the
    // last position was heard, if it is the ordinary step of playback.
    void playedTo(qint64 milliseconds);
    // Paused, stopped or dragged: the next position starts a new stretch.
    void interrupt() { m_last = -1; }

    [[nodiscard]] bool started() const { return m_started; }
    [[nodiscard]] int heardPercent() const; // 0–100; 0 without a duration

private:
    QBitArray m_heard; // one bit per second of the recording
    qint64 m_last = -1;
    bool m_started = false;
};
