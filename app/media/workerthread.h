#pragma once

#include <QThread>

/** Ending the threads that hold a library we cannot trust to return
 *  (narration's GStreamer player, speech synthesis): stop one if it stops
 *  in time, else leave it behind. A thread blocked on a lock can be neither
 *  stopped nor deleted; left behind, it deletes itself should it ever end. */
namespace WorkerThread {

inline void leaveBehind(QThread *thread)
{
    thread->setParent(nullptr);
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->quit();
}

// True if it stopped within `milliseconds`; false if it was left behind.
inline bool stop(QThread *thread, int milliseconds)
{
    thread->quit();
    if (thread->wait(milliseconds))
        return true;
    leaveBehind(thread);
    return false;
}

} // namespace WorkerThread
