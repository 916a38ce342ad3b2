#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

class AnalyticsStore;
class ContentStore;
class IdleController;
class LanguageController;
class NarrationController;
class NavigationController;
class QuietRestart;
class ScheduleController;
class StaffAccessController;

/** What the kiosk's health is read from. */
struct HealthSources
{
    const NavigationController *navigation = nullptr;
    const IdleController *idle = nullptr;
    const LanguageController *language = nullptr;
    const NarrationController *narration = nullptr;
    const ContentStore *content = nullptr;
    const StaffAccessController *staff = nullptr;
    const AnalyticsStore *analytics = nullptr;
    const QuietRestart *quietRestart = nullptr;
    const ScheduleController *schedule = nullptr;
};

/** Tells the outside world how the kiosk is: a JSON status file (and the
 *  same figures as Prometheus text for node_exporter's textfile collector),
 *  each replaced atomically on every change of state and at least every
 *  heartbeat, so a monitor never reads half a file and a stale file means a
 *  stuck kiosk. Both say whether the opening hours have the exhibit open and
 *  when that changes next, so alerts fire only when a visitor would notice.
 *  Both are readable by everyone (a monitor runs as its own user; they hold
 *  nothing private), whatever the service's umask. */
class HealthReporter : public QObject
{
    Q_OBJECT

public:
    explicit HealthReporter(const HealthSources &sources, QObject *parent = nullptr);

    void setStatusFile(const QString &fileName);
    void setMetricsFile(const QString &fileName);
    void setHeartbeat(int milliseconds);
    void start();

    [[nodiscard]] QJsonObject status() const;
    [[nodiscard]] int sessions() const { return m_sessions; }
    [[nodiscard]] int resets() const { return m_resets; }

    // What the reporter is told (KioskServices wires these): a visit began,
    // an idle reset happened, something in the sources changed.
    void noteVisitStarted() { ++m_sessions; }
    void noteReset() { ++m_resets; }
    void scheduleWrite();

public Q_SLOTS:
    void writeNow();

private:
    [[nodiscard]] QByteArray metrics(const QJsonObject &status) const;
    bool writeAtomically(const QString &fileName, const QByteArray &bytes, bool *reported);

    HealthSources m_sources;
    QString m_statusFile;
    QString m_metricsFile;
    QTimer m_heartbeat;
    QTimer m_coalesce;
    int m_sessions = 0;
    int m_resets = 0;
    bool m_statusFailureReported = false;
    bool m_metricsFailureReported = false;
};
