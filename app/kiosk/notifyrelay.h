#pragma once

#include "kiosk/systemdnotifier.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>

class QSocketNotifier;

/** Passes the kiosk's notifications (READY, WATCHDOG, STATUS, STOPPING) on
 *  to systemd from the service's main process. The kiosk runs inside cage,
 *  a child of the session launcher, and systemd takes notifications only
 *  from the main process when the unit says NotifyAccess=main (with
 *  NotifyAccess=all any process of the service could claim to be ready or
 *  alive). The launcher listens on a socket of its own in the kiosk's
 *  runtime folder, readable by the kiosk's user alone, gives it to its
 *  children as $NOTIFY_SOCKET, and relays only those four kinds of line:
 *  never MAINPID= or anything else that would change how systemd sees the
 *  service. */
class NotifyRelay : public QObject
{
    Q_OBJECT

public:
    explicit NotifyRelay(QObject *parent = nullptr);
    ~NotifyRelay() override;

    // Listens at `path` (replacing a socket a relay before left there);
    // false with *error when it cannot.
    bool listen(const QString &path, QString *error);
    [[nodiscard]] QString path() const { return m_path; }

    // The lines of `message` a relay passes on, as one message; empty if none.
    [[nodiscard]] static QByteArray passable(const QByteArray &message);

Q_SIGNALS:
    void relayed(const QByteArray &message);

private:
    void readPending();

    SystemdNotifier m_upstream; // $NOTIFY_SOCKET, as systemd gave it to the main process
    QString m_path;
    int m_fd = -1;
    std::unique_ptr<QSocketNotifier> m_readable;
};
