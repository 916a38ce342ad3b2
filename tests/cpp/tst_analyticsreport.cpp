#include "analytics/analyticsdatabase.h"
#include "curatorrunner.h"
#include "testhelpers.h"

#include <QTemporaryDir>
#include <QTest>

/** exhibit-curator analytics on a fixture database of three visits over two
 *  days: the table, the CSV and the report say exactly what they hold. */
class TestAnalyticsReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;
    CuratorRunner curator;

    static VisitRecord visit(const QDateTime &start, int seconds, const QStringList &languages)
    {
        VisitRecord record;
        record.startedAt = start;
        record.endedAt = start.addSecs(seconds);
        record.endReason = QStringLiteral("idle");
        record.languages = languages;
        return record;
    }

    static VisitRecord::Chapter chapter(const char *id, int seconds, bool started, int heard)
    {
        return { QLatin1String(id), QStringLiteral("en"),
                 QDateTime(),       seconds * 1000LL,
                 started,           heard };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("analytics.db"));
        AnalyticsDatabase database(m_file);
        QVERIFY2(database.open(AnalyticsDatabase::Mode::ReadWrite), qPrintable(database.error()));
        VisitRecord first
            = visit(QDateTime(QDate(2026, 11, 2), QTime(10, 15)), 240, { QStringLiteral("en") });
        first.chapters = { chapter("background", 60, true, 100), chapter("causes", 30, false, 0) };
        first.views = { { QStringLiteral("timeline"), QString(), first.startedAt.addSecs(100) } };
        VisitRecord second
            = visit(QDateTime(QDate(2026, 11, 2), QTime(14, 5)), 120, { QStringLiteral("zh") });
        second.chapters = { chapter("background", 20, true, 40) };
        VisitRecord third = visit(QDateTime(QDate(2026, 11, 3), QTime(10, 40)), 360,
                                  { QStringLiteral("en"), QStringLiteral("zh") });
        third.chapters = { chapter("battles", 120, true, 95) };
        first.accessibility = { QStringLiteral("easy_read"), QStringLiteral("large_text") };
        third.accessibility = { QStringLiteral("easy_read") };
        third.views = { { QStringLiteral("map"), QString(), third.startedAt.addSecs(200) },
                        { QStringLiteral("map_year"), QStringLiteral("1127"),
                          third.startedAt.addSecs(210) } };
        for (const VisitRecord &record : { first, second, third })
            QVERIFY2(database.write(record), qPrintable(database.error()));
    }

    void table()
    {
        QCOMPARE(curator({ QStringLiteral("analytics"), m_file }), 0);
        QVERIFY2(
            curator.out.startsWith(
                m_file
                + QStringLiteral(
                    ": 3 visits, 2026-11-02 to 2026-11-03; median length 4:00 (minutes:seconds)\n"
                    "Languages: en 2 · zh 2. Explored: map 1 · timeline 1.\n"
                    "Accessibility choices: easy_read 2 · large_text 1.\n")),
            qPrintable(curator.out));
        const QStringList lines = curator.out.split(QLatin1Char('\n'));
        QVERIFY(lines.contains(QStringLiteral("2026-11-02         2           3:00")));
        QVERIFY(lines.contains(QStringLiteral("2026-11-03         1           6:00")));
        QVERIFY2(lines.contains(QStringLiteral("background          2         0:40               "
                                               "100%               50%               70%")),
                 qPrintable(curator.out));
        QVERIFY(lines.contains(QStringLiteral("causes              1         0:30                 "
                                              "0%                0%                0%")));
    }

    void csv_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("expected");
        QTest::newRow("all days")
            << QStringList()
            << QStringLiteral(
                   "day,visits,median_visit_seconds\n2026-11-02,2,180\n2026-11-03,1,360\n\n"
                   "chapter,opens,median_seconds_on_screen,narration_started_percent,heard_to_the_"
                   "end_percent,heard_on_average_percent\n"
                   "background,2,40,100,50,70\nbattles,1,120,100,100,95\ncauses,1,30,0,0,0\n");
        QTest::newRow("from a day")
            << QStringList { QStringLiteral("--from"), QStringLiteral("2026-11-03") }
            << QStringLiteral("day,visits,median_visit_seconds\n2026-11-03,1,360\n\n"
                              "chapter,opens,median_seconds_on_screen,narration_started_percent,"
                              "heard_to_the_end_percent,heard_on_average_percent\n"
                              "battles,1,120,100,100,95\n");
        QTest::newRow("to a day")
            << QStringList { QStringLiteral("--to"), QStringLiteral("2026-11-02") }
            << QStringLiteral("day,visits,median_visit_seconds\n2026-11-02,2,180\n\n"
                              "chapter,opens,median_seconds_on_screen,narration_started_percent,"
                              "heard_to_the_end_percent,heard_on_average_percent\n"
                              "background,2,40,100,50,70\ncauses,1,30,0,0,0\n");
        QTest::newRow("no visits in the span")
            << QStringList { QStringLiteral("--from"), QStringLiteral("2026-12-01") }
            << QStringLiteral("day,visits,median_visit_seconds\n\n"
                              "chapter,opens,median_seconds_on_screen,narration_started_percent,"
                              "heard_to_the_end_percent,heard_on_average_percent\n");
    }

    void csv()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, expected);
        QCOMPARE(
            curator(QStringList { QStringLiteral("analytics"), m_file, QStringLiteral("--csv") }
                    + options),
            0);
        QCOMPARE(curator.out, expected);
    }

    void report()
    {
        const QString page = m_dir.filePath(QStringLiteral("report.html"));
        QCOMPARE(curator({ QStringLiteral("analytics"), m_file, QStringLiteral("--report"), page }),
                 0);
        QVERIFY(
            curator.out.endsWith(QStringLiteral("Report written to ") + page + QLatin1Char('\n')));
        const QString html = QString::fromUtf8(TestHelpers::readAll(page));
        QVERIFY(html.contains(
            QStringLiteral("<strong>3</strong> visits, median length <strong>4:00</strong>")));
        QVERIFY(html.contains(QStringLiteral("2026-11-02 – 2026-11-03")));
        // The dwell chart, most opened first: background's bar is a third of battles' (0:40 against
        // 2:00).
        QVERIFY(html.contains(QStringLiteral("<rect x=\"150\" y=\"4\" width=\"173\"")));
        QVERIFY(html.contains(QStringLiteral("<rect x=\"150\" y=\"38\" width=\"520\"")));
        // The hours chart: two visits at 10, one at 14.
        QVERIFY(html.contains(QStringLiteral("<title>10:00 – 2 visits</title>")));
        QVERIFY(html.contains(QStringLiteral("<title>14:00 – 1 visits</title>")));
        QVERIFY(html.contains(QStringLiteral(
            "<td>background</td><td>2</td><td>0:40</td><td>100%</td><td>50%</td><td>70%</td>")));
        QVERIFY(!html.contains(QStringLiteral("<script")));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("a bad day")
            << QStringList { QStringLiteral("--from"), QStringLiteral("2026-13-01") }
            << QStringLiteral(
                   "exhibit-curator analytics: --from: '2026-13-01' is not a day (YYYY-MM-DD)\n");
        QTest::newRow("from after to")
            << QStringList { QStringLiteral("--from"), QStringLiteral("2026-11-05"),
                             QStringLiteral("--to"), QStringLiteral("2026-11-01") }
            << QStringLiteral(
                   "exhibit-curator analytics: --from 2026-11-05 is after --to 2026-11-01\n");
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QCOMPARE(curator(QStringList { QStringLiteral("analytics"), m_file } + arguments), 2);
        QCOMPARE(curator.err, message);
        QCOMPARE(curator.out, QString());
    }

    void notAnAnalyticsDatabase()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.db"));
        QCOMPARE(curator({ QStringLiteral("analytics"), missing }), 2);
        QCOMPARE(curator.err, missing + QStringLiteral(": no such file\n"));

        const QString content = TestHelpers::buildFile(QStringLiteral("content/content.db"));
        QCOMPARE(curator({ QStringLiteral("analytics"), content }), 2);
        QVERIFY2(curator.err.startsWith(content
                                        + QStringLiteral(": not a visitor analytics database (")),
                 qPrintable(curator.err));

        const QString garbage = m_dir.filePath(QStringLiteral("garbage.db"));
        QVERIFY(TestHelpers::writeAll(garbage, QByteArray(4096, 'x')));
        QCOMPARE(curator({ QStringLiteral("analytics"), garbage }), 2);
        QVERIFY2(curator.err.startsWith(garbage + QStringLiteral(": not an SQLite database")),
                 qPrintable(curator.err));
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsReport)
#include "tst_analyticsreport.moc"
