#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

class KioskServices;

/** Tells the outside world how the kiosk is: a JSON status file (and the
 *  same figures as Prometheus text for node_exporter's textfile collector),
 *  each replaced atomically on every change of state and at least every
 *  heartbeat, so a monitor never reads half a file and a stale file means a
 *  stuck kiosk. */
class HealthReporter : public QObject
{
    Q_OBJECT

public:
    HealthReporter(KioskServices *services, QObject *parent);

    void setStatusFile(const QString &fileName);
    void setMetricsFile(const QString &fileName);
    void setHeartbeat(int milliseconds);
    void start();

    [[nodiscard]] QJsonObject status() const;
    [[nodiscard]] int sessions() const { return m_sessions; }
    [[nodiscard]] int resets() const { return m_resets; }

public Q_SLOTS:
    void writeNow();

private:
    void scheduleWrite();
    [[nodiscard]] QByteArray metrics(const QJsonObject &status) const;
    bool writeAtomically(const QString &fileName, const QByteArray &bytes, bool *reported);

    KioskServices *m_services;
    QString m_statusFile;
    QString m_metricsFile;
    QTimer m_heartbeat;
    QTimer m_coalesce;
    int m_sessions = 0;
    int m_resets = 0;
    bool m_statusFailureReported = false;
    bool m_metricsFailureReported = false;
};
