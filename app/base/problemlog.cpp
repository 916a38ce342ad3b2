#include "base/problemlog.h"

#include <QMetaObject>
#include <QMutex>
#include <QThread>

namespace {
// Messages come from any thread, also while the log is being torn down (a
// worker thread left behind may still log): the pointer is read and
// cleared under this lock, never used after.
QMutex s_lock;
ProblemLog *s_log = nullptr;
QtMessageHandler s_previous = nullptr;
}

ProblemLog::ProblemLog(QObject *parent)
    : QObject(parent)
{
    QMutexLocker lock(&s_lock);
    if (s_log)
        return; // one per process: the first keeps the chain
    s_log = this;
    static const QtMessageHandler installed
        = qInstallMessageHandler(&ProblemLog::handleMessage); // once: it stays
    s_previous = installed;
}

ProblemLog::~ProblemLog()
{
    QMutexLocker lock(&s_lock);
    if (s_log != this)
        return;
    s_log = nullptr; // the handler stays installed: it only passes messages on from now
}

ProblemLog *ProblemLog::instance()
{
    QMutexLocker lock(&s_lock);
    return s_log;
}

void ProblemLog::handleMessage(QtMsgType type, const QMessageLogContext &context,
                               const QString &message)
{
    QtMessageHandler previous = nullptr;
    if (type == QtWarningMsg || type == QtCriticalMsg) {
        const QString line
            = QStringLiteral("%1 %2: %3")
                  .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")),
                       QString::fromLatin1(context.category ? context.category : "default"),
                       message);
        QMutexLocker lock(&s_lock);
        previous = s_previous;
        if (s_log && s_log->thread() == QThread::currentThread()) {
            ProblemLog *log = s_log;
            lock.unlock(); // record() may log in turn; it runs on the thread that would destroy the
                           // log
            log->record(line);
        } else if (s_log) {
            // From another thread (GStreamer's, QML's loader): posted to the
            // log's thread; a post to a log deleted meanwhile is dropped by Qt.
            QMetaObject::invokeMethod(
                s_log, [log = s_log, line] { log->record(line); }, Qt::QueuedConnection);
        }
    } else {
        QMutexLocker lock(&s_lock);
        previous = s_previous;
    }
    if (previous)
        previous(type, context, message);
}

void ProblemLog::record(const QString &line)
{
    ++m_count;
    m_recent.prepend(line);
    if (m_recent.size() > kept)
        m_recent.removeLast();
    Q_EMIT changed();
}
