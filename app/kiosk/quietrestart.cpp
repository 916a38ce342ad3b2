#include "kiosk/quietrestart.h"

#include "kiosk/logging.h"

#include <QFile>

#include <unistd.h>

QuietRestart::QuietRestart(QObject *parent)
    : QObject(parent)
{
    m_uptime.start();
    m_quietDelay.setSingleShot(true);
    m_quietDelay.setInterval(120 * 1000);
    connect(&m_quietDelay, &QTimer::timeout, this, [this] {
        qCInfo(lcKiosk).noquote() << "restarting now that nobody is using the exhibit:" << m_reason;
        Q_EMIT restartDue(m_reason);
    });
    m_memoryCheck.setInterval(60 * 1000);
    connect(&m_memoryCheck, &QTimer::timeout, this, &QuietRestart::checkMemory);
}

void QuietRestart::setQuietDelay(int milliseconds) { m_quietDelay.setInterval(milliseconds); }

void QuietRestart::setMemoryLimit(qint64 kilobytes)
{
    m_memoryLimitKb = kilobytes;
    if (kilobytes > 0)
        m_memoryCheck.start();
    else
        m_memoryCheck.stop();
}

void QuietRestart::setMemoryProbe(MemoryProbe probe) { m_memoryProbe = std::move(probe); }

void QuietRestart::setMinimumUptime(int milliseconds) { m_minimumUptimeMs = milliseconds; }

void QuietRestart::request(const QString &why)
{
    if (m_reason.contains(why))
        return;
    const bool first = m_reason.isEmpty();
    m_reason = first ? why : m_reason + QStringLiteral("; ") + why;
    qCInfo(lcKiosk).noquote() << "the kiosk will restart when nobody is using it:" << why;
    Q_EMIT pendingChanged();
    if (first)
        startWaiting();
}

void QuietRestart::setQuiet(bool quiet)
{
    if (quiet == m_quiet)
        return;
    m_quiet = quiet;
    startWaiting();
}

void QuietRestart::noteActivity()
{
    if (m_quietDelay.isActive())
        startWaiting();
}

void QuietRestart::startWaiting()
{
    if (isPending() && m_quiet)
        m_quietDelay.start();
    else
        m_quietDelay.stop();
}

void QuietRestart::checkMemory()
{
    if (isPending() || m_memoryLimitKb <= 0 || m_uptime.elapsed() < m_minimumUptimeMs)
        return;
    const qint64 resident = m_memoryProbe();
    if (resident > m_memoryLimitKb)
        request(QStringLiteral(
                    "resident memory %1 MB is above the limit of %2 MB ([health] restart_above_mb)")
                    .arg(resident / 1024)
                    .arg(m_memoryLimitKb / 1024));
}

qint64 QuietRestart::residentKilobytes()
{
    // /proc/self/statm: total and resident size, in pages.
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * ::sysconf(_SC_PAGESIZE) / 1024 : 0;
}
