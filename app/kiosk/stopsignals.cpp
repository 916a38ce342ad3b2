#include "kiosk/stopsignals.h"

#include "kiosk/logging.h"

#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int socketPair[2] = { -1, -1 }; // [0] written by the handler, [1] read by the event loop

} // namespace

StopSignals::StopSignals(QObject *parent)
    : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, socketPair) != 0) {
        qCWarning(lcKiosk)
            << "cannot watch for SIGTERM; stopping the kiosk will not record the visit in progress";
        return;
    }
    m_notifier = new QSocketNotifier(socketPair[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &StopSignals::readSignal);
    struct sigaction action
    {
    };
    action.sa_handler = &StopSignals::handle;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int signalNumber : { SIGTERM, SIGINT })
        ::sigaction(signalNumber, &action, nullptr);
}

StopSignals::~StopSignals()
{
    for (const int signalNumber : { SIGTERM, SIGINT })
        std::signal(signalNumber, SIG_DFL);
    delete m_notifier;
    for (int &end : socketPair) {
        if (end >= 0)
            ::close(end);
        end = -1;
    }
}

void StopSignals::handle(int signalNumber)
{
    const char byte = char(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(socketPair[0], &byte, 1);
}

void StopSignals::readSignal()
{
    char byte = 0;
    if (::read(socketPair[1], &byte, 1) == 1) {
        qCInfo(lcKiosk) << "stopping on signal" << int(byte);
        Q_EMIT stopRequested(int(byte));
    }
}
