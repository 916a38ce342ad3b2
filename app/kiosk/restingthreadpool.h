#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

/** While nobody visits, Qt's raster engine paints with one helper thread.
 *
 *  With the software renderer, the raster engine splits each fill taller than
 *  about 96 lines among the threads of Qt's global pool and waits for them.
 *  The attract screen's repaints are a few small pieces a frame: split among
 *  one thread per core, waking the threads cost a third of its CPU, all of it
 *  in the kernel (bench/idle-cpu.sh, docs/PERFORMANCE.md). The pool rests once
 *  the kiosk has rested a moment (past the reset's fade, and at start its
 *  first frames, which repaint the whole screen); a visit has every thread
 *  back at once, for its fades and the pictures the pool scales. */
class RestingThreadPool : public QObject
{
    Q_OBJECT

public:
    static constexpr int restingThreads = 1;
    static constexpr int defaultDelayMilliseconds = 2000;

    // `pool`: Qt's global one in the kiosk; `visitThreads`: its count in a visit,
    // Qt's own (one a core), whichever kiosk in the process rested it last.
    explicit RestingThreadPool(QThreadPool *pool, int visitThreads = QThread::idealThreadCount(),
                               QObject *parent = nullptr);
    // Gone (its kiosk with it), it gives the pool its threads back.
    ~RestingThreadPool() override;

    void setDelay(int milliseconds) { m_delay.setInterval(milliseconds); }
    // The kiosk rests (no visit): the pool follows after the delay.
    void setResting(bool resting);
    // The pool has its one thread.
    [[nodiscard]] bool isResting() const { return m_resting; }

private:
    void apply(bool resting);

    QPointer<QThreadPool> m_pool;
    int m_visitThreads;
    bool m_resting = false;
    QTimer m_delay;
};
