#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

/** A slow swing in whole pixels, for what moves all day on the attract
 *  screen (its ink mountains, the burn-in shift): `position` goes from 0 to
 *  `pixels` and back every `period` ms, eased as a sine, and changes only when
 *  it reaches another whole pixel. A timer wakes exactly then: an animation
 *  would have the window drawn on every frame for a picture that moves a few
 *  pixels a second (bench/idle-cpu.sh). Stopped, it stays where it is, and
 *  goes on from there. */
class SlowDrift : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int pixels READ pixels WRITE setPixels NOTIFY pixelsChanged)
    Q_PROPERTY(int period READ period WRITE setPeriod NOTIFY periodChanged)
    // How far into its period it starts, in ms: a quarter starts it halfway out.
    Q_PROPERTY(int phase READ phase WRITE setPhase NOTIFY phaseChanged)
    Q_PROPERTY(bool running READ isRunning WRITE setRunning NOTIFY runningChanged)
    Q_PROPERTY(int position READ position NOTIFY positionChanged)

public:
    explicit SlowDrift(QObject *parent = nullptr);

    [[nodiscard]] int pixels() const { return m_pixels; }
    void setPixels(int pixels);
    [[nodiscard]] int period() const { return m_period; }
    void setPeriod(int period);
    [[nodiscard]] int phase() const { return m_phase; }
    void setPhase(int phase);
    [[nodiscard]] bool isRunning() const { return m_timer.isActive(); }
    void setRunning(bool running);
    [[nodiscard]] int position() const { return m_position; }

    // Where the swing is `elapsed` ms in, in whole pixels (rounded down).
    [[nodiscard]] static int positionAt(int pixels, qint64 period, qint64 elapsed);
    // The ms from `elapsed` until positionAt changes (at least 1).
    [[nodiscard]] static qint64 untilNextPixel(int pixels, qint64 period, qint64 elapsed);

Q_SIGNALS:
    void pixelsChanged();
    void periodChanged();
    void phaseChanged();
    void runningChanged();
    void positionChanged();

private:
    [[nodiscard]] qint64 elapsed() const;
    void step();

    int m_pixels = 0;
    int m_period = 40000;
    int m_phase = 0;
    int m_position = 0;
    qint64 m_elapsedBefore = 0; // ms swung before the clock last started
    QElapsedTimer m_clock;
    QTimer m_timer;
};
