#include "kiosk/quietrestart.h"

#include <QSignalSpy>
#include <QTest>

/** When the kiosk restarts itself: only once something asks for it, and only
 *  after a quiet spell with nobody visiting. Short delays stand in for the
 *  gallery's two minutes. */
class TestQuietRestart : public QObject
{
    Q_OBJECT

private:
    static constexpr int quietMs = 300;

    struct Fixture
    {
        QuietRestart restart;
        QSignalSpy due { &restart, &QuietRestart::restartDue };

        Fixture() { restart.setQuietDelay(quietMs); }
    };

private Q_SLOTS:
    // In what order things happen, and whether the restart comes.
    void restartsOnlyWhenAskedAndQuiet_data()
    {
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<bool>("restarts");

        QTest::newRow("asked, then quiet") << QStringList { "ask", "quiet" } << true;
        QTest::newRow("quiet, then asked") << QStringList { "quiet", "ask" } << true;
        QTest::newRow("quiet, never asked") << QStringList { "quiet" } << false;
        QTest::newRow("asked during a visit") << QStringList { "ask" } << false;
        QTest::newRow("a visit began in the quiet spell")
            << QStringList { "ask", "quiet", "half", "visit" } << false;
        QTest::newRow("the visit ended")
            << QStringList { "ask", "quiet", "half", "visit", "quiet" } << true;
    }

    void restartsOnlyWhenAskedAndQuiet()
    {
        QFETCH(QStringList, steps);
        QFETCH(bool, restarts);
        Fixture f;
        for (const QString &step : steps) {
            if (step == QLatin1String("ask"))
                f.restart.request(QStringLiteral("memory above the limit"));
            else if (step == QLatin1String("quiet"))
                f.restart.setQuiet(true);
            else if (step == QLatin1String("visit"))
                f.restart.setQuiet(false);
            else if (step == QLatin1String("half"))
                QTest::qWait(quietMs / 2);
        }
        if (restarts) {
            QTRY_COMPARE_WITH_TIMEOUT(f.due.count(), 1, quietMs * 10);
            QCOMPARE(f.due.first().first().toString(), QStringLiteral("memory above the limit"));
        } else {
            QTest::qWait(quietMs * 2);
            QCOMPARE(f.due.count(), 0);
        }
    }

    void aTouchStartsTheQuietSpellAgain()
    {
        Fixture f;
        f.restart.request(QStringLiteral("memory above the limit"));
        f.restart.setQuiet(true);
        QElapsedTimer since;
        since.start();
        for (int i = 0; i < 4; ++i) { // someone tapping the attract screen now and then
            QTest::qWait(quietMs / 2);
            f.restart.noteActivity();
        }
        QCOMPARE(f.due.count(), 0);
        const qint64 lastTouch = since.elapsed();
        QTRY_COMPARE_WITH_TIMEOUT(f.due.count(), 1, quietMs * 10);
        QVERIFY(since.elapsed() >= lastTouch + quietMs - 20); // QTimer may fire a little early
    }

    void reasonsAddUpOnce()
    {
        Fixture f;
        QSignalSpy pending { &f.restart, &QuietRestart::pendingChanged };
        QVERIFY(!f.restart.isPending());
        f.restart.request(QStringLiteral("one"));
        f.restart.request(QStringLiteral("one"));
        f.restart.request(QStringLiteral("two"));
        QVERIFY(f.restart.isPending());
        QCOMPARE(f.restart.reason(), QStringLiteral("one; two"));
        QCOMPARE(pending.count(), 2);
    }

    void memoryAboveTheLimitAfterTheFirstHour_data()
    {
        QTest::addColumn<qint64>("residentKb");
        QTest::addColumn<int>("minimumUptimeMs");
        QTest::addColumn<bool>("asks");

        QTest::newRow("below the limit") << qint64(900 * 1024) << 0 << false;
        QTest::newRow("at the limit") << qint64(1024 * 1024) << 0 << false;
        QTest::newRow("above the limit") << qint64(1100 * 1024) << 0 << true;
        QTest::newRow("above, but just started") << qint64(1100 * 1024) << 3600 * 1000 << false;
    }

    void memoryAboveTheLimitAfterTheFirstHour()
    {
        QFETCH(qint64, residentKb);
        QFETCH(int, minimumUptimeMs);
        QFETCH(bool, asks);
        Fixture f;
        f.restart.setMemoryLimit(1024 * 1024);
        f.restart.setMinimumUptime(minimumUptimeMs);
        f.restart.setMemoryProbe([residentKb] { return residentKb; });
        f.restart.checkMemory();
        QCOMPARE(f.restart.isPending(), asks);
        if (asks)
            QCOMPARE(f.restart.reason(),
                     QStringLiteral("resident memory 1100 MB is above the limit of 1024 MB "
                                    "([health] restart_above_mb)"));
    }

    void readsItsOwnResidentMemory()
    {
        const qint64 resident = QuietRestart::residentKilobytes();
        QVERIFY2(resident > 1024 && resident < 4 * 1024 * 1024,
                 qPrintable(QString::number(resident)));
    }
};

QTEST_GUILESS_MAIN(TestQuietRestart)
#include "tst_quietrestart.moc"
