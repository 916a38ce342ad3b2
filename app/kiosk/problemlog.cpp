#include "problemlog.h"

#include <QMetaObject>

namespace {
ProblemLog *s_log = nullptr;
QtMessageHandler s_previous = nullptr;
}

ProblemLog::ProblemLog(QObject *parent)
    : QObject(parent)
{
    if (s_log)
        return; // one per process: the first keeps the chain
    s_log = this;
    s_previous = qInstallMessageHandler(&ProblemLog::handleMessage);
}

ProblemLog::~ProblemLog()
{
    if (s_log != this)
        return;
    qInstallMessageHandler(s_previous);
    s_log = nullptr;
}

ProblemLog *ProblemLog::instance()
{
    return s_log;
}

void ProblemLog::handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (s_log && (type == QtWarningMsg || type == QtCriticalMsg)) {
        const QString line = QStringLiteral("%1 %2: %3")
                                     .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")),
                                          QString::fromLatin1(context.category ? context.category : "default"), message);
        // Messages come from any thread (GStreamer's, QML's loader); the
        // list belongs to the UI thread.
        QMetaObject::invokeMethod(s_log, [line] { if (s_log) s_log->record(line); }, Qt::AutoConnection);
    }
    if (s_previous)
        s_previous(type, context, message);
}

void ProblemLog::record(const QString &line)
{
    ++m_count;
    m_recent.prepend(line);
    if (m_recent.size() > kept)
        m_recent.removeLast();
    Q_EMIT changed();
}
