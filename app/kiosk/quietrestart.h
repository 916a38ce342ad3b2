#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

/** Restarts the kiosk, as staff "Restart" does, when only a fresh process
 *  gives back what it holds, and only when no one will see it.
 *
 *  Needs: resident memory above a limit after the kiosk has run an hour (a
 *  leak in a library we cannot mend; the hour keeps a limit set too low from
 *  restarting a fresh kiosk over and over).
 *
 *  Quiet: nobody visiting and no staff screen open (the attract, closed or
 *  unavailable screen), and no touch for quietDelay(). A touch starts the
 *  wait again; a visit puts it off until the visit has ended. */
class QuietRestart : public QObject
{
    Q_OBJECT

public:
    using MemoryProbe = std::function<qint64()>; // resident memory, KB

    explicit QuietRestart(QObject *parent = nullptr);

    void setQuietDelay(int milliseconds);
    [[nodiscard]] int quietDelay() const { return m_quietDelay.interval(); }
    void setMemoryLimit(qint64 kilobytes); // 0: none
    void setMemoryProbe(MemoryProbe probe);
    void setMinimumUptime(int milliseconds); // before memory is a reason

    [[nodiscard]] bool isPending() const { return !m_reason.isEmpty(); }
    [[nodiscard]] QString reason() const { return m_reason; }

    [[nodiscard]] static qint64 residentKilobytes();

public Q_SLOTS:
    // The kiosk needs a restart, for `why`; it waits for a quiet moment.
    void request(const QString &why);
    void setQuiet(bool quiet);
    void noteActivity();
    // Compares resident memory with the limit (done every minute by itself).
    void checkMemory();

Q_SIGNALS:
    void pendingChanged();
    // Now is the moment: the application should exit to be started afresh.
    void restartDue(const QString &reason);

private:
    void startWaiting();

    QString m_reason;
    bool m_quiet = false;
    QTimer m_quietDelay;
    QTimer m_memoryCheck;
    QElapsedTimer m_uptime;
    int m_minimumUptimeMs = 3600 * 1000;
    qint64 m_memoryLimitKb = 0;
    MemoryProbe m_memoryProbe = &QuietRestart::residentKilobytes;
};
