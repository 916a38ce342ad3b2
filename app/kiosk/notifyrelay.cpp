#include "kiosk/notifyrelay.h"

#include "kiosk/logging.h"

#include <QFile>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace {

// What the kiosk says to systemd (kiosk/systemdnotifier.h): nothing else passes.
bool passes(const QByteArray &line)
{
    return line == "READY=1" || line == "WATCHDOG=1" || line == "STOPPING=1"
        || (line.startsWith("STATUS=") && !line.contains('\0'));
}

// A datagram is at most this long: systemd's own limit for a notification.
constexpr int largestMessage = 4096;

} // namespace

NotifyRelay::NotifyRelay(QObject *parent)
    : QObject(parent)
{ }

NotifyRelay::~NotifyRelay()
{
    m_readable.reset();
    if (m_fd >= 0) {
        ::close(m_fd);
        QFile::remove(m_path);
    }
}

QByteArray NotifyRelay::passable(const QByteArray &message)
{
    QByteArrayList kept;
    for (const QByteArray &line : message.split('\n')) {
        if (passes(line))
            kept.append(line);
    }
    return kept.join('\n');
}

bool NotifyRelay::listen(const QString &path, QString *error)
{
    const QByteArray local = QFile::encodeName(path);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    if (size_t(local.size()) >= sizeof(address.sun_path)) {
        *error = QStringLiteral("%1: the path is too long for a socket").arg(path);
        return false;
    }
    std::memcpy(address.sun_path, local.constData(), size_t(local.size()));
    QFile::remove(path);
    m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    // Only the kiosk's own user may write to it.
    const mode_t mask = ::umask(0077);
    const bool bound = m_fd >= 0
        && ::bind(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0;
    ::umask(mask);
    if (!bound) {
        *error = QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
        return false;
    }
    m_path = path;
    m_readable = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Read);
    connect(m_readable.get(), &QSocketNotifier::activated, this, &NotifyRelay::readPending);
    return true;
}

void NotifyRelay::readPending()
{
    char buffer[largestMessage];
    for (;;) {
        const ssize_t size = ::recv(m_fd, buffer, sizeof buffer, MSG_DONTWAIT);
        if (size < 0)
            return; // nothing more for now
        const QByteArray message = passable(QByteArray(buffer, int(size)));
        if (message.isEmpty()) {
            qCWarning(lcKiosk).noquote()
                << "notify relay: dropped a message with nothing to pass on:"
                << QByteArray(buffer, int(std::min<ssize_t>(size, 80)));
            continue;
        }
        if (m_upstream.notify(message))
            Q_EMIT relayed(message);
    }
}
