#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QThreadPool>

/** While nobody visits, Qt's raster engine paints with one helper thread.
 *
 *  With the software renderer, the raster engine splits each fill taller than
 *  about 96 lines among the threads of Qt's global pool and waits for them.
 *  The attract screen's repaints are a few small pieces a frame: split among
 *  one thread per core, waking the threads cost a third of its CPU, all of it
 *  in the kernel (bench/idle-cpu.sh, docs/PERFORMANCE.md). A visit has every
 *  thread back for its fades and for the pictures the pool scales. */
class RestingThreadPool : public QObject
{
    Q_OBJECT

public:
    static constexpr int restingThreads = 1;

    // `pool`: Qt's global one in the kiosk; `visitThreads`: its count in a visit,
    // Qt's own (one a core), whichever kiosk in the process rested it last.
    explicit RestingThreadPool(QThreadPool *pool, int visitThreads = QThread::idealThreadCount(),
                               QObject *parent = nullptr);

    [[nodiscard]] bool isResting() const { return m_resting; }
    void setResting(bool resting);

private:
    QPointer<QThreadPool> m_pool;
    int m_visitThreads;
    bool m_resting = false;
};
