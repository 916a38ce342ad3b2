#include "kiosk/updatewatch.h"

#include "kiosk/logging.h"

#include <QCoreApplication>

#include <unistd.h>

UpdateWatch::UpdateWatch(QObject *parent)
    : QObject(parent)
{
    connect(&m_timer, &QTimer::timeout, this, &UpdateWatch::check);
}

void UpdateWatch::start(int milliseconds) { m_timer.start(milliseconds); }

bool UpdateWatch::isProgramReplaced(qint64 pid)
{
    // dpkg writes the new file beside the old and renames it over, so the
    // link names a file that is no longer there. (readlink itself: Qt's
    // symLinkTarget may tidy the name.)
    const QByteArray link = QByteArrayLiteral("/proc/") + QByteArray::number(pid) + "/exe";
    char target[4096];
    const ssize_t length = ::readlink(link.constData(), target, sizeof target);
    return length > 0 && QByteArray(target, int(length)).endsWith(" (deleted)");
}

void UpdateWatch::check()
{
    if (!isProgramReplaced(QCoreApplication::applicationPid()))
        return;
    m_timer.stop();
    qCInfo(lcKiosk).noquote() << "a new version of the kiosk has been installed";
    Q_EMIT programReplaced();
}
