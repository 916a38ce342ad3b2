#include "config/kioskconfig.h"
#include "config/pinhash.h"
#include "controllers/idlecontroller.h"
#include "controllers/navigationcontroller.h"
#include "controllers/schedulecontroller.h"
#include "kiosk/healthreporter.h"
#include "kiosk/kioskservices.h"
#include "kiosk/quietrestart.h"
#include "staff/staffaccesscontroller.h"
#include "testhelpers.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QQmlEngine>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

/** The status and metrics files, written from the real services as a
 *  visitor's session goes by. */
class TestHealthReporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QJsonObject readStatus() const
    {
        return QJsonDocument::fromJson(
                   TestHelpers::readAll(m_dir.filePath(QStringLiteral("status.json"))))
            .object();
    }

    // Both files in the test's folder.
    void writeHere(HealthReporter &health) const
    {
        health.setStatusFile(m_dir.filePath(QStringLiteral("status.json")));
        health.setMetricsFile(m_dir.filePath(QStringLiteral("kiosk.prom")));
    }

private Q_SLOTS:
    void followsTheVisit()
    {
        QVERIFY(m_dir.isValid());
        QQmlEngine engine;
        KioskServices services(KioskConfig::defaults(), &engine);
        services.loadContent();
        HealthReporter &health = *services.health();
        writeHere(health);
        health.setHeartbeat(200);
        health.start();

        QJsonObject status = readStatus();
        QCOMPARE(status.value(QStringLiteral("state")).toString(), QStringLiteral("attract"));
        QVERIFY(status.value(QStringLiteral("chapter")).isNull());
        QCOMPARE(status.value(QStringLiteral("contentStatus")).toString(), QStringLiteral("ok"));
        QCOMPARE(status.value(QStringLiteral("contentVersion")).toString().size(), 12);
        QCOMPARE(status.value(QStringLiteral("pid")).toInteger(),
                 QCoreApplication::applicationPid());
        QVERIFY(QDateTime::fromString(status.value(QStringLiteral("updatedAt")).toString(),
                                      Qt::ISODateWithMs)
                    .isValid());

        services.navigation()->begin();
        services.navigation()->openChapter(2);
        QTRY_COMPARE(readStatus().value(QStringLiteral("state")).toString(),
                     QStringLiteral("chapter"));
        status = readStatus();
        QCOMPARE(status.value(QStringLiteral("chapter")).toString(), QStringLiteral("battles"));
        QCOMPARE(status.value(QStringLiteral("sessions")).toInt(), 1);
        QCOMPARE(status.value(QStringLiteral("language")).toString(), QStringLiteral("en"));

        // The heartbeat rewrites the file even when nothing changes.
        const QString before = readStatus().value(QStringLiteral("updatedAt")).toString();
        QTRY_VERIFY(readStatus().value(QStringLiteral("updatedAt")).toString() != before);

        // An idle reset: warning first, then attract with the reset counted.
        services.idle()->setPauseWhileNarrating(false);
        services.idle()->setTimeouts(100, 400);
        QTRY_COMPARE(readStatus().value(QStringLiteral("state")).toString(),
                     QStringLiteral("warning"));
        QTRY_COMPARE(readStatus().value(QStringLiteral("state")).toString(),
                     QStringLiteral("attract"));
        QCOMPARE(readStatus().value(QStringLiteral("resets")).toInt(), 1);
        QCOMPARE(readStatus().value(QStringLiteral("narration")).toString(),
                 QStringLiteral("stopped"));

        const QByteArray metrics
            = TestHelpers::readAll(m_dir.filePath(QStringLiteral("kiosk.prom")));
        QVERIFY(metrics.contains("exhibit_up 1\n"));
        QVERIFY(metrics.contains("exhibit_sessions_total 1\n"));
        QVERIFY(metrics.contains("exhibit_idle_resets_total 1\n"));
        QVERIFY(metrics.contains("exhibit_state{state=\"attract\"} 1\n"));
        QVERIFY(metrics.contains("# TYPE exhibit_sessions_total counter\n"));
        // Always open by default: nothing to change.
        QVERIFY(metrics.contains("exhibit_scheduled_open 1\n"));
        QVERIFY(metrics.contains("exhibit_schedule_next_change_seconds 0\n"));
        QVERIFY(metrics.contains("exhibit_memory_limit_bytes "));
        QVERIFY(metrics.contains("exhibit_analytics_failing 0\n"));
    }

    // The unit's UMask=0077 makes every file private; node_exporter, which
    // reads the metrics, runs as its own user.
    void filesAreReadableByAMonitorUnderAStrictUmask()
    {
        QVERIFY(m_dir.isValid());
        const mode_t previous = ::umask(0077);
        QQmlEngine engine;
        KioskServices services(KioskConfig::defaults(), &engine);
        services.loadContent();
        HealthReporter &health = *services.health();
        writeHere(health);
        health.start();
        ::umask(previous);
        for (const QString &name : { QStringLiteral("status.json"), QStringLiteral("kiosk.prom") })
            QCOMPARE(
                QFileInfo(m_dir.filePath(name)).permissions()
                    & (QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::WriteGroup),
                QFileDevice::ReadOther);
    }

    // Alerts that know opening hours: the files say whether the hours have the
    // exhibit open and when that changes, so a stale file at 08:00 is no alarm.
    void reportsTheOpeningHours()
    {
        QVERIFY(m_dir.isValid());
        QQmlEngine engine;
        KioskServices services(KioskConfig::defaults(), &engine);
        services.loadContent();
        const QDateTime evening(QDate(2026, 12, 7), QTime(20, 0));
        services.schedule()->setClock([evening] { return evening; });
        OperatingHours hours;
        OperatingHours::Day day;
        QString problem;
        QVERIFY(OperatingHours::parseDay(QStringLiteral("09:00-17:30"), &day, &problem));
        for (int weekday = Qt::Monday; weekday <= Qt::Sunday; ++weekday)
            hours.setDay(Qt::DayOfWeek(weekday), day);
        services.schedule()->setHours(hours);
        HealthReporter &health = *services.health();
        writeHere(health);
        health.start();

        const QDateTime opens(QDate(2026, 12, 8), QTime(9, 0));
        QCOMPARE(readStatus().value(QStringLiteral("scheduledOpen")).toBool(), false);
        QCOMPARE(
            QDateTime::fromString(
                readStatus().value(QStringLiteral("scheduleChangesAt")).toString(), Qt::ISODate),
            opens);
        const QByteArray metrics
            = TestHelpers::readAll(m_dir.filePath(QStringLiteral("kiosk.prom")));
        QVERIFY(metrics.contains("exhibit_scheduled_open 0\n"));
        QVERIFY(metrics.contains("exhibit_schedule_next_change_seconds "
                                 + QByteArray::number(opens.toSecsSinceEpoch()) + '\n'));
    }

    void reportsClosedAndAdmin()
    {
        QVERIFY(m_dir.isValid());
        QQmlEngine engine;
        KioskServices services(KioskConfig::defaults(), &engine);
        services.loadContent();
        HealthReporter &health = *services.health();
        health.setStatusFile(m_dir.filePath(QStringLiteral("status.json")));
        health.start();

        services.navigation()->setOpen(false); // what the schedule does at closing time
        QTRY_COMPARE(readStatus().value(QStringLiteral("state")).toString(),
                     QStringLiteral("closed"));

        services.staff()->setPinHash(PinHash::hash(QStringLiteral("2468"), 1000));
        services.staff()->requestAccess();
        for (const int digit : { 2, 4, 6, 8 })
            services.staff()->appendDigit(digit);
        QVERIFY(services.staff()->submit());
        QTRY_COMPARE(readStatus().value(QStringLiteral("state")).toString(),
                     QStringLiteral("admin"));

        services.staff()->close();
        QTRY_COMPARE(readStatus().value(QStringLiteral("state")).toString(),
                     QStringLiteral("closed"));
        services.navigation()->setOpen(true);
        QTRY_COMPARE(readStatus().value(QStringLiteral("state")).toString(),
                     QStringLiteral("attract"));
    }

    // A kiosk whose memory has grown past [health] restart_above_mb says so
    // in its status file and metrics, and restarts once nobody is there.
    void aKioskOverItsMemoryLimitRestartsWhenQuiet()
    {
        QVERIFY(m_dir.isValid());
        QQmlEngine engine;
        KioskServices services(KioskConfig::defaults(), &engine);
        services.loadContent();
        QuietRestart *restart = services.quietRestart();
        QCOMPARE(restart->quietDelay(), 120 * 1000); // kiosk.ini's default
        restart->setQuietDelay(300);
        restart->setMemoryLimit(100 * 1024);
        restart->setMinimumUptime(0);
        restart->setMemoryProbe([] { return qint64(150 * 1024); });
        QSignalSpy due { restart, &QuietRestart::restartDue };
        HealthReporter &health = *services.health();
        writeHere(health);
        health.start();
        QCOMPARE(readStatus().value(QStringLiteral("restartPending")).toString(), QString());
        QVERIFY(readStatus().value(QStringLiteral("residentKB")).toInteger() > 1024);

        services.navigation()->begin();
        services.navigation()->openChapter(1);
        restart->checkMemory();
        QTRY_VERIFY(readStatus()
                        .value(QStringLiteral("restartPending"))
                        .toString()
                        .contains(QStringLiteral("resident memory 150 MB is above the limit")));
        QVERIFY(TestHelpers::readAll(m_dir.filePath(QStringLiteral("kiosk.prom")))
                    .contains("exhibit_restart_pending 1\n"));

        // Not in the middle of the visit, nor with the staff panel open.
        QTest::qWait(600);
        QCOMPARE(due.count(), 0);
        services.navigation()->reset();
        services.staff()->setPinHash(PinHash::hash(QStringLiteral("2468"), 1000));
        services.staff()->requestAccess();
        QTest::qWait(600);
        QCOMPARE(due.count(), 0);
        services.staff()->close();
        QTRY_COMPARE(due.count(), 1);
    }

    void unwritableFileIsReportedOnceAndHarmless()
    {
        QQmlEngine engine;
        KioskServices services(KioskConfig::defaults(), &engine);
        services.loadContent();
        HealthReporter &health = *services.health();
        health.setStatusFile(QStringLiteral("/nonexistent/folder/status.json"));
        health.setHeartbeat(100);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral(
                                 "/nonexistent/folder/status.json: cannot write the health file")));
        health.start();
        QTest::qWait(350); // several heartbeats: one warning only
        services.navigation()->begin();
        QCOMPARE(services.navigation()->screen(), NavigationController::MenuScreen);
    }
};

QTEST_MAIN(TestHealthReporter)
#include "tst_healthreporter.moc"
