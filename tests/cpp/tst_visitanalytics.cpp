#include "analytics/analyticsdatabase.h"
#include "analytics/analyticsstore.h"
#include "analytics/visitrecorder.h"
#include "config/kioskconfig.h"
#include "controllers/accessibilitycontroller.h"
#include "controllers/idlecontroller.h"
#include "controllers/languagecontroller.h"
#include "controllers/narrationcontroller.h"
#include "controllers/navigationcontroller.h"
#include "kiosk/healthreporter.h"
#include "kiosk/kioskservices.h"
#include "testhelpers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlEngine>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

#include <csignal>

/** Visitor analytics from the kiosk's real services: a visit driven through
 *  the same controllers the screens use, on a stepped clock, becomes
 *  exactly the rows expected in a real SQLite file; a disk that fails does
 *  not disturb the visit and is reported. */
class TestVisitAnalytics : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    KioskConfig config(const QString &analyticsFile) const
    {
        KioskConfig config = KioskConfig::defaults();
        config.setValue(ConfigKey::AnalyticsDatabase, analyticsFile);
        config.setValue(ConfigKey::NarrationAutoplay,
                        false); // listening is timed by the player, not this clock
        return config;
    }

    // Every row of a query, its columns joined by '|'.
    static QStringList rows(const QString &fileName, const QString &sql)
    {
        AnalyticsDatabase database(fileName);
        if (!database.open(AnalyticsDatabase::Mode::ReadOnly))
            return { database.error() };
        QSqlQuery query(database.database());
        if (!query.exec(sql))
            return { query.lastQuery() };
        QStringList result;
        while (query.next()) {
            QStringList columns;
            for (int i = 0; i < query.record().count(); ++i)
                columns.append(query.value(i).toString());
            result.append(columns.join(QLatin1Char('|')));
        }
        return result;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aVisitBecomesItsRows()
    {
        const QString file = m_dir.filePath(QStringLiteral("visit.db"));
        QQmlEngine engine;
        KioskServices services(config(file), &engine);
        services.loadContent();
        QDateTime now(QDate(2026, 11, 24), QTime(10, 0));
        services.visits()->setClock([&now] { return now; });
        NavigationController *navigation = services.navigation();
        const auto after = [&now](int seconds) { now = now.addSecs(seconds); };

        navigation->begin();
        after(5);
        navigation->openChapter(0);
        after(30);
        services.language()->setLanguage(QStringLiteral("zh"));
        after(10);
        navigation->nextChapter();
        after(20);
        navigation->openTimeline();
        after(3);
        navigation->selectTimelineEvent(2);
        after(4);
        navigation->back(); // to the chapter it was opened from
        after(6);
        navigation->openMap();
        after(2);
        navigation->selectMapYear(2);
        after(2);
        navigation->home();
        navigation->openFigures();
        navigation->selectFigure(5);
        services.accessibility()->setLargeText(true);
        services.accessibility()->setEasyRead(true); // "In brief"
        after(60);
        Q_EMIT services.idle()->resetRequested(); // the visitor walked away
        services.analytics()->waitForWrites();

        QCOMPARE(services.analytics()->recordedVisits(), 1);
        QCOMPARE(services.analytics()->problem(), QString());
        QCOMPARE(
            rows(
                file,
                QStringLiteral(
                    "SELECT started_at, local_date, local_hour, duration_ms, end_reason, languages,"
                    " accessibility FROM visits")),
            QStringList { QStringLiteral(
                "2026-11-24T10:00:00.000Z|2026-11-24|10|142000|idle|en,zh|large_text,easy_read") });
        QCOMPARE(rows(file,
                      QStringLiteral("SELECT position, chapter_id, language, dwell_ms, "
                                     "narration_started, heard_percent"
                                     " FROM chapter_views ORDER BY position")),
                 (QStringList { QStringLiteral("0|background|en|40000|0|0"),
                                QStringLiteral("1|causes|zh|20000|0|0"),
                                QStringLiteral("2|causes|zh|6000|0|0") }));
        QCOMPARE(rows(file,
                      QStringLiteral("SELECT kind, item, at FROM explore_views ORDER BY position")),
                 (QStringList {
                     QStringLiteral("timeline||2026-11-24T10:01:05.000Z"),
                     QStringLiteral("timeline_event|alliance-at-sea|2026-11-24T10:01:08.000Z"),
                     QStringLiteral("map||2026-11-24T10:01:18.000Z"),
                     QStringLiteral("map_year|1127|2026-11-24T10:01:20.000Z"),
                     QStringLiteral("figures||2026-11-24T10:01:22.000Z"),
                     QStringLiteral("figure|yue-fei|2026-11-24T10:01:22.000Z") }));
        // WAL: a curator's report reads while the kiosk writes.
        QCOMPARE(rows(file, QStringLiteral("PRAGMA journal_mode")),
                 QStringList { QStringLiteral("wal") });
    }

    void listeningIsMeasuredFromThePlayer()
    {
        const QString file = m_dir.filePath(QStringLiteral("listening.db"));
        KioskConfig listening = config(file);
        listening.setValue(ConfigKey::NarrationAutoplay, true);
        QQmlEngine engine;
        KioskServices services(listening, &engine);
        services.loadContent();
        services.navigation()->begin();
        services.navigation()->openChapter(2);
        QTRY_VERIFY_WITH_TIMEOUT(services.narration()->position() >= 3000, 20000);
        services.navigation()->home();
        services.navigation()->reset();
        services.analytics()->waitForWrites();
        const QStringList chapter
            = rows(file,
                   QStringLiteral(
                       "SELECT chapter_id, narration_started, heard_percent FROM chapter_views"));
        QCOMPARE(chapter.size(), 1);
        const QStringList columns = chapter.first().split(QLatin1Char('|'));
        QCOMPARE(columns.mid(0, 2),
                 (QStringList { QStringLiteral("battles"), QStringLiteral("1") }));
        // About 3 s of the 2 min 3 s narration: 2–5% (seconds partly heard count).
        QVERIFY2(columns.at(2).toInt() >= 2 && columns.at(2).toInt() <= 5,
                 qPrintable(chapter.first()));
        QCOMPARE(rows(file, QStringLiteral("SELECT end_reason FROM visits")),
                 QStringList { QStringLiteral("reset") });
    }

    void theKioskStoppingEndsTheVisit()
    {
        const QString file = m_dir.filePath(QStringLiteral("exit.db"));
        {
            QQmlEngine engine;
            KioskServices services(config(file), &engine);
            services.loadContent();
            services.navigation()->begin();
            services.navigation()->openChapter(4);
        }
        QCOMPARE(rows(file,
                      QStringLiteral("SELECT v.end_reason, c.chapter_id FROM visits v JOIN "
                                     "chapter_views c ON c.visit_id = v.id")),
                 QStringList { QStringLiteral("exit|legacy") });
    }

    void oldVisitsArePruned()
    {
        const QString file = m_dir.filePath(QStringLiteral("old.db"));
        {
            AnalyticsDatabase database(file);
            QVERIFY2(database.open(AnalyticsDatabase::Mode::ReadWrite),
                     qPrintable(database.error()));
            for (const int daysAgo : { 400, 30 }) {
                VisitRecord visit;
                visit.startedAt = QDateTime::currentDateTime().addDays(-daysAgo);
                visit.endedAt = visit.startedAt.addSecs(60);
                visit.endReason = QStringLiteral("idle");
                visit.languages = QStringList { QStringLiteral("en") };
                visit.chapters.append({ QStringLiteral("causes"), QStringLiteral("en"),
                                        visit.startedAt, 60000, false, 0 });
                QVERIFY2(database.write(visit), qPrintable(database.error()));
            }
        }
        AnalyticsStore store;
        store.start(file, 365);
        store.waitForWrites();
        QCOMPARE(rows(file, QStringLiteral("SELECT count(*) FROM visits")),
                 QStringList { QStringLiteral("1") });
        // What an old visit held went with it.
        QCOMPARE(rows(file, QStringLiteral("SELECT count(*) FROM chapter_views")),
                 QStringList { QStringLiteral("1") });
    }

    void anUnwritablePlaceDoesNotDisturbTheVisit()
    {
        // A file where the folder should be: nobody, not even root, can create the database.
        const QString blocker = m_dir.filePath(QStringLiteral("not-a-folder"));
        QVERIFY(TestHelpers::writeAll(blocker, "x"));
        const QString file = blocker + QStringLiteral("/analytics.db");
        QQmlEngine engine;
        KioskServices services(config(file), &engine);
        services.loadContent();
        HealthReporter &health = *services.health();
        health.setStatusFile(m_dir.filePath(QStringLiteral("status.json")));
        health.start();

        services.navigation()->begin();
        services.navigation()->openChapter(1);
        QCOMPARE(services.navigation()->screen(), NavigationController::ChapterScreen);
        services.navigation()->reset();
        services.analytics()->waitForWrites();
        QCOMPARE(services.analytics()->droppedVisits(), 1);
        QVERIFY2(services.analytics()->problem().startsWith(file + QStringLiteral(": ")),
                 qPrintable(services.analytics()->problem()));
        // The next visitor is welcomed as ever, and the status file says what is wrong.
        services.navigation()->begin();
        QCOMPARE(services.navigation()->screen(), NavigationController::MenuScreen);
        health.writeNow();
        const QJsonObject status
            = QJsonDocument::fromJson(
                  TestHelpers::readAll(m_dir.filePath(QStringLiteral("status.json"))))
                  .object();
        QCOMPARE(status.value(QStringLiteral("analytics")).toString(), QStringLiteral("failing"));
        QCOMPARE(status.value(QStringLiteral("analyticsVisitsDropped")).toInt(), 1);
        QVERIFY(status.value(QStringLiteral("analyticsMessage")).toString().contains(file));
    }

    void aFullDiskDropsTheVisitAndRecovers()
    {
        const QString file = m_dir.filePath(QStringLiteral("full.db"));
        AnalyticsStore store;
        store.start(file, 365);
        VisitRecord visit;
        visit.startedAt = QDateTime::currentDateTime();
        visit.endedAt = visit.startedAt.addSecs(90);
        visit.endReason = QStringLiteral("idle");
        visit.languages = QStringList { QStringLiteral("zh") };
        store.record(visit);
        store.waitForWrites();
        QCOMPARE(store.recordedVisits(), 1);

        // The disk fills: no file may grow past its present size (SIGXFSZ
        // ignored, so a write past it fails as on a full disk).
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit unlimited {};
        getrlimit(RLIMIT_FSIZE, &unlimited);
        rlimit full = unlimited;
        full.rlim_cur = 4096;
        setrlimit(RLIMIT_FSIZE, &full);
        for (int i = 0; i < 3; ++i)
            store.record(visit);
        store.waitForWrites();
        setrlimit(RLIMIT_FSIZE, &unlimited);
        QCOMPARE(store.droppedVisits(), 3);
        QVERIFY2(store.problem().startsWith(file + QStringLiteral(": ")),
                 qPrintable(store.problem()));

        // Space again: recording resumes by itself, and what was written before is still there.
        store.record(visit);
        store.waitForWrites();
        QCOMPARE(store.recordedVisits(), 2);
        QCOMPARE(store.problem(), QString());
        QCOMPARE(rows(file, QStringLiteral("SELECT count(*) FROM visits")),
                 QStringList { QStringLiteral("2") });
    }
};

QTEST_MAIN(TestVisitAnalytics)
#include "tst_visitanalytics.moc"
