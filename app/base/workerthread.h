#pragma once

#include <QThread>

#include <atomic>
#include <cstdio>
#include <cstdlib>

/** Ending the threads that hold a library we cannot trust to return
 *  (narration's GStreamer player, speech synthesis): stop one if it stops
 *  in time, else leave it behind. A thread blocked on a lock can be neither
 *  stopped nor deleted; left behind, it deletes itself should it ever end. */
namespace WorkerThread {

// How many threads were left behind in this process: once one is, the
// process ends without running static destructors (see main()), which such a
// thread could still be using.
inline std::atomic<int> &leftBehindCount()
{
    static std::atomic<int> count = 0;
    return count;
}

inline void leaveBehind(QThread *thread)
{
    ++leftBehindCount();
    thread->setParent(nullptr);
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->quit();
}

// What main() returns: `exitCode`, or, once a thread was left behind (a hung
// player may still be inside a library the static destructors would pull
// from under it), the process ends here with it rather than crash on the way out.
inline int endProcess(int exitCode)
{
    if (leftBehindCount() > 0) {
        std::fflush(stdout);
        std::fflush(stderr);
        std::_Exit(exitCode);
    }
    return exitCode;
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
