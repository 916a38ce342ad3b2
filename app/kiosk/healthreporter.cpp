#include "kiosk/healthreporter.h"

#include "analytics/analyticsstore.h"
#include "controllers/idlecontroller.h"
#include "controllers/languagecontroller.h"
#include "controllers/narrationcontroller.h"
#include "controllers/navigationcontroller.h"
#include "controllers/schedulecontroller.h"
#include "kiosk/logging.h"
#include "kiosk/quietrestart.h"
#include "models/contentstore.h"
#include "staff/staffaccesscontroller.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace {
// The hard memory limit of the kiosk's control group (the unit's MemoryMax),
// in bytes; 0 when there is none (not under systemd, or "max").
qint64 memoryLimitBytes()
{
    QFile membership(QStringLiteral("/proc/self/cgroup"));
    if (!membership.open(QIODevice::ReadOnly))
        return 0;
    // cgroup v2: one line, "0::/system.slice/exhibit-kiosk.service".
    const QByteArray line = membership.readLine().trimmed();
    if (!line.startsWith("0::/"))
        return 0;
    QFile limit(QStringLiteral("/sys/fs/cgroup%1/memory.max").arg(QString::fromUtf8(line.mid(3))));
    if (!limit.open(QIODevice::ReadOnly))
        return 0;
    bool number = false;
    const qint64 bytes = limit.readAll().trimmed().toLongLong(&number);
    return number ? bytes : 0;
}

QByteArray flag(bool value) { return value ? "1" : "0"; }
} // namespace

HealthReporter::HealthReporter(const HealthSources &sources, QObject *parent)
    : QObject(parent)
    , m_sources(sources)
{
    m_heartbeat.setInterval(10000);
    connect(&m_heartbeat, &QTimer::timeout, this, &HealthReporter::writeNow);
    // Several changes in one event-loop turn (a reset changes screen, language
    // and narration at once) make one write.
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(0);
    connect(&m_coalesce, &QTimer::timeout, this, &HealthReporter::writeNow);
}

void HealthReporter::setStatusFile(const QString &fileName) { m_statusFile = fileName; }

void HealthReporter::setMetricsFile(const QString &fileName) { m_metricsFile = fileName; }

void HealthReporter::setHeartbeat(int milliseconds)
{
    m_heartbeat.setInterval(std::max(100, milliseconds));
}

void HealthReporter::start()
{
    if (m_statusFile.isEmpty() && m_metricsFile.isEmpty())
        return;
    m_heartbeat.start();
    writeNow();
}

void HealthReporter::scheduleWrite()
{
    if (m_heartbeat.isActive())
        m_coalesce.start();
}

QJsonObject HealthReporter::status() const
{
    const NavigationController *navigation = m_sources.navigation;
    const ContentStore *content = m_sources.content;
    const NarrationController *narration = m_sources.narration;

    QString state;
    switch (navigation->screen()) {
    case NavigationController::AttractScreen:
        state = QStringLiteral("attract");
        break;
    case NavigationController::MenuScreen:
        state = QStringLiteral("menu");
        break;
    case NavigationController::ChapterScreen:
        state = QStringLiteral("chapter");
        break;
    case NavigationController::UnavailableScreen:
        state = QStringLiteral("unavailable");
        break;
    case NavigationController::ClosedScreen:
        state = QStringLiteral("closed");
        break;
    case NavigationController::TimelineScreen:
        state = QStringLiteral("timeline");
        break;
    case NavigationController::MapScreen:
        state = QStringLiteral("map");
        break;
    case NavigationController::FiguresScreen:
        state = QStringLiteral("figures");
        break;
    }
    if (m_sources.idle->isWarning())
        state = QStringLiteral("warning");
    if (m_sources.staff->stage() == StaffAccessController::Admin)
        state = QStringLiteral("admin");

    QString narrationState = QStringLiteral("stopped");
    switch (narration->status()) {
    case NarrationController::Playing:
        narrationState = QStringLiteral("playing");
        break;
    case NarrationController::Paused:
        narrationState = QStringLiteral("paused");
        break;
    case NarrationController::Unavailable:
        narrationState = QStringLiteral("unavailable");
        break;
    default:
        break;
    }

    QString contentStatus = QStringLiteral("ok");
    if (content->status() != ContentStore::Ready)
        contentStatus = QStringLiteral("unavailable");
    else if (!content->statusMessage().isEmpty())
        contentStatus = QStringLiteral("fallback"); // showing the last good content

    const AnalyticsStore *analytics = m_sources.analytics;
    const QString analyticsState = !analytics->isEnabled() ? QStringLiteral("off")
        : analytics->problem().isEmpty()                   ? QStringLiteral("recording")
                                                           : QStringLiteral("failing");

    const ScheduleController *schedule = m_sources.schedule;
    const QDateTime nextChange = schedule->nextChange();

    const bool onChapter = navigation->screen() == NavigationController::ChapterScreen;
    const QModelIndex chapter = content->chapters()->index(navigation->chapterIndex());
    return {
        { QStringLiteral("state"), state },
        { QStringLiteral("chapter"),
          onChapter ? chapter.data(ChapterModel::ChapterIdRole).toJsonValue() : QJsonValue() },
        { QStringLiteral("language"), m_sources.language->language() },
        { QStringLiteral("narration"), narrationState },
        { QStringLiteral("narrationMs"), narration->position() },
        { QStringLiteral("sessions"), m_sessions },
        { QStringLiteral("resets"), m_resets },
        { QStringLiteral("contentVersion"), content->contentVersion() },
        { QStringLiteral("contentStatus"), contentStatus },
        { QStringLiteral("contentMessage"), content->statusMessage() },
        { QStringLiteral("analytics"), analyticsState },
        { QStringLiteral("analyticsMessage"), analytics->problem() },
        { QStringLiteral("analyticsVisitsRecorded"), analytics->recordedVisits() },
        { QStringLiteral("analyticsVisitsDropped"), analytics->droppedVisits() },
        { QStringLiteral("restartPending"), m_sources.quietRestart->reason() },
        { QStringLiteral("staffPinFailures"), m_sources.staff->failedAttemptsTotal() },
        { QStringLiteral("staffLockedOutSeconds"), m_sources.staff->lockoutSecondsLeft() },
        { QStringLiteral("residentKB"), QuietRestart::residentKilobytes() },
        { QStringLiteral("memoryLimitBytes"), memoryLimitBytes() },
        { QStringLiteral("scheduledOpen"), schedule->isOpen() },
        { QStringLiteral("scheduleChangesAt"),
          nextChange.isValid() ? QJsonValue(nextChange.toUTC().toString(Qt::ISODate))
                               : QJsonValue() },
        { QStringLiteral("pid"), QCoreApplication::applicationPid() },
        { QStringLiteral("updatedAt"),
          QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
    };
}

QByteArray HealthReporter::metrics(const QJsonObject &status) const
{
    QByteArray text;
    const auto metric
        = [&text](const char *name, const char *type, const char *help, const QByteArray &sample) {
              text += QByteArray("# HELP exhibit_") + name + ' ' + help + "\n# TYPE exhibit_" + name
                  + ' ' + type + '\n' + sample + '\n';
          };
    metric("up", "gauge", "1 while the kiosk process runs and reports.", "exhibit_up 1");
    metric("state", "gauge", "The screen the kiosk shows (1 for the current state).",
           "exhibit_state{state=\"" + status.value(QStringLiteral("state")).toString().toUtf8()
               + "\"} 1");
    metric("content_ok", "gauge", "1 when the content in use loaded without problems.",
           "exhibit_content_ok "
               + flag(status.value(QStringLiteral("contentStatus")).toString()
                      == QLatin1String("ok")));
    metric("narration_playing", "gauge", "1 while narration plays.",
           "exhibit_narration_playing "
               + flag(status.value(QStringLiteral("narration")).toString()
                      == QLatin1String("playing")));
    metric("sessions_total", "counter", "Visitor sessions since the kiosk started.",
           "exhibit_sessions_total " + QByteArray::number(m_sessions));
    metric("idle_resets_total", "counter", "Idle resets since the kiosk started.",
           "exhibit_idle_resets_total " + QByteArray::number(m_resets));
    metric("analytics_ok", "gauge", "1 while visits are recorded (0 when failing or off).",
           "exhibit_analytics_ok "
               + flag(status.value(QStringLiteral("analytics")).toString()
                      == QLatin1String("recording")));
    metric(
        "analytics_visits_dropped_total", "counter",
        "Visits that could not be recorded since the kiosk started.",
        "exhibit_analytics_visits_dropped_total "
            + QByteArray::number(status.value(QStringLiteral("analyticsVisitsDropped")).toInt()));
    metric("restart_pending", "gauge",
           "1 while the kiosk waits for a quiet moment to restart (see the status file's "
           "restartPending).",
           "exhibit_restart_pending "
               + QByteArray(status.value(QStringLiteral("restartPending")).toString().isEmpty()
                                ? "0"
                                : "1"));
    metric("staff_pin_failures_total", "counter", "Wrong staff PINs, kept across restarts.",
           "exhibit_staff_pin_failures_total "
               + QByteArray::number(status.value(QStringLiteral("staffPinFailures")).toInteger()));
    metric("staff_locked_out", "gauge", "1 while the staff PIN pad is locked after wrong PINs.",
           "exhibit_staff_locked_out "
               + QByteArray(
                   status.value(QStringLiteral("staffLockedOutSeconds")).toInt() > 0 ? "1" : "0"));
    metric("resident_bytes", "gauge", "The kiosk's resident memory.",
           "exhibit_resident_bytes "
               + QByteArray::number(status.value(QStringLiteral("residentKB")).toInteger() * 1024));
    metric("memory_limit_bytes", "gauge",
           "The hard memory limit of the kiosk's service (systemd MemoryMax); 0 for none.",
           "exhibit_memory_limit_bytes "
               + QByteArray::number(status.value(QStringLiteral("memoryLimitBytes")).toInteger()));
    metric("analytics_failing", "gauge",
           "1 while analytics are switched on but visits cannot be recorded.",
           "exhibit_analytics_failing "
               + flag(status.value(QStringLiteral("analytics")).toString()
                      == QLatin1String("failing")));
    metric("scheduled_open", "gauge", "1 while the opening hours have the exhibit open.",
           "exhibit_scheduled_open "
               + flag(status.value(QStringLiteral("scheduledOpen")).toBool()));
    const QDateTime changesAt = QDateTime::fromString(
        status.value(QStringLiteral("scheduleChangesAt")).toString(), Qt::ISODate);
    metric("schedule_next_change_seconds", "gauge",
           "When the opening hours next open or close the exhibit (Unix time); 0 if never.",
           "exhibit_schedule_next_change_seconds "
               + QByteArray::number(changesAt.isValid() ? changesAt.toSecsSinceEpoch() : 0));
    metric("last_update_seconds", "gauge", "When this file was written (Unix time).",
           "exhibit_last_update_seconds " + QByteArray::number(QDateTime::currentSecsSinceEpoch()));
    return text;
}

void HealthReporter::writeNow()
{
    const QJsonObject current = status();
    if (!m_statusFile.isEmpty())
        writeAtomically(m_statusFile, QJsonDocument(current).toJson(QJsonDocument::Indented),
                        &m_statusFailureReported);
    if (!m_metricsFile.isEmpty())
        writeAtomically(m_metricsFile, metrics(current), &m_metricsFailureReported);
}

// QSaveFile writes a temporary file beside the target and renames it over
// the old one: readers see the old file or the new one, never a mixture.
bool HealthReporter::writeAtomically(const QString &fileName, const QByteArray &bytes,
                                     bool *reported)
{
    QSaveFile file(fileName);
    const bool ok = file.open(QIODevice::WriteOnly)
        && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                               | QFileDevice::ReadGroup | QFileDevice::ReadOther)
        && file.write(bytes) == bytes.size() && file.commit();
    if (!ok && !*reported)
        qCWarning(lcKiosk).noquote()
            << QStringLiteral("%1: cannot write the health file: %2 (the kiosk keeps running)")
                   .arg(fileName, file.errorString());
    if (ok && *reported)
        qCInfo(lcKiosk).noquote() << fileName << "written again";
    *reported = !ok;
    return ok;
}
