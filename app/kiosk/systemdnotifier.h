#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

/** Talks to systemd's service manager through $NOTIFY_SOCKET (the sd_notify
 *  protocol, without linking libsystemd): READY=1 once the first frame is
 *  on screen, STATUS= lines, and WATCHDOG=1 from a timer on the UI thread, so
 *  systemd restarts the kiosk when its UI thread stops turning, not only
 *  when the process dies. Does nothing outside systemd. */
class SystemdNotifier : public QObject
{
    Q_OBJECT

public:
    explicit SystemdNotifier(QObject *parent = nullptr);
    // Another socket than $NOTIFY_SOCKET (a relay's own, for its children).
    void setSocketPath(const QByteArray &path) { m_socketPath = path; }

    [[nodiscard]] bool isActive() const { return !m_socketPath.isEmpty(); }
    // Zero when systemd asked for no watchdog.
    [[nodiscard]] int watchdogIntervalMs() const { return m_watchdogMs; }

    bool notify(const QByteArray &message);
    void notifyReady() { notify(QByteArrayLiteral("READY=1")); }
    void notifyStopping() { notify(QByteArrayLiteral("STOPPING=1")); }
    void setStatus(const QString &status) { notify("STATUS=" + status.toUtf8()); }

    // Pings at half the interval systemd gave, as sd_watchdog_enabled() advises.
    void startWatchdog();

private:
    QByteArray m_socketPath;
    int m_watchdogMs = 0;
    QTimer m_watchdog;
    bool m_failureReported = false;
};
