#pragma once

#include <QObject>

class QSocketNotifier;

/** SIGTERM (systemd stopping the service, a shutdown) and SIGINT (Ctrl+C)
 *  become a Qt signal, so the kiosk stops like it does for staff: the
 *  event loop ends, the visit in progress is recorded, files are closed.
 *  A signal handler may do almost nothing safely; it writes one byte to a
 *  socket that the event loop watches (Qt's "Calling Qt Functions From Unix
 *  Signal Handlers"). */
class StopSignals : public QObject
{
    Q_OBJECT

public:
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;

Q_SIGNALS:
    void stopRequested(int signalNumber);

private:
    static void handle(int signalNumber);
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};
