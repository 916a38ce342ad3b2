#include "kiosk/systemdnotifier.h"

#include "kiosk/logging.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

SystemdNotifier::SystemdNotifier(QObject *parent)
    : QObject(parent)
    , m_socketPath(qgetenv("NOTIFY_SOCKET"))
{
    // WATCHDOG_PID, when set, names the process systemd expects pings from.
    const QByteArray watchdogPid = qgetenv("WATCHDOG_PID");
    const bool forUs
        = watchdogPid.isEmpty() || watchdogPid.toLongLong() == QCoreApplication::applicationPid();
    const qint64 watchdogUsec = qgetenv("WATCHDOG_USEC").toLongLong();
    if (forUs && watchdogUsec > 0)
        m_watchdogMs = int(std::min<qint64>(watchdogUsec / 1000, std::numeric_limits<int>::max()));
    connect(&m_watchdog, &QTimer::timeout, this,
            [this] { notify(QByteArrayLiteral("WATCHDOG=1")); });
}

bool SystemdNotifier::notify(const QByteArray &message)
{
    if (!isActive())
        return false;
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    if (size_t(m_socketPath.size()) >= sizeof(address.sun_path))
        return false;
    std::memcpy(address.sun_path, m_socketPath.constData(), size_t(m_socketPath.size()));
    socklen_t length = socklen_t(offsetof(sockaddr_un, sun_path) + size_t(m_socketPath.size()));
    if (address.sun_path[0] == '@')
        address.sun_path[0] = '\0'; // an abstract socket
    else
        length += 1; // the terminating zero of a path

    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    const bool sent = fd >= 0
        && ::sendto(fd, message.constData(), size_t(message.size()), MSG_NOSIGNAL,
                    reinterpret_cast<const sockaddr *>(&address), length)
            == message.size();
    const int error = errno;
    if (fd >= 0)
        ::close(fd);
    if (!sent && !m_failureReported) {
        qCWarning(lcKiosk).noquote() << QStringLiteral("cannot notify systemd at %1: %2")
                                            .arg(QString::fromLocal8Bit(m_socketPath),
                                                 QString::fromLocal8Bit(std::strerror(error)));
    }
    m_failureReported = !sent;
    return sent;
}

void SystemdNotifier::startWatchdog()
{
    if (m_watchdogMs <= 0 || !isActive())
        return;
    m_watchdog.start(std::max(50, m_watchdogMs / 2));
    notify(QByteArrayLiteral("WATCHDOG=1"));
    qCInfo(lcKiosk) << "systemd watchdog: pinging every" << m_watchdog.interval() << "ms";
}
