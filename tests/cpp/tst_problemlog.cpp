#include "base/problemlog.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <thread>

Q_LOGGING_CATEGORY(lcTest, "exhibit.test")

/** The admin panel's problem log, as the kiosk lives it: warnings from the
 *  interface thread are counted at once, those of other threads when the
 *  event loop runs, and a thread left behind that goes on logging while the
 *  log is torn down (a hung player's, at exit) harms nothing. */
class TestProblemLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsWarningsFromEveryThread()
    {
        ProblemLog log;
        QSignalSpy changed(&log, &ProblemLog::changed);
        QTest::ignoreMessage(QtWarningMsg, "from the interface");
        qCWarning(lcTest) << "from the interface";
        QCOMPARE(log.count(), 1);
        QCOMPARE(changed.count(), 1);
        QTest::ignoreMessage(QtWarningMsg, "from a worker");
        std::thread worker([] { qCWarning(lcTest) << "from a worker"; });
        worker.join();
        QTRY_COMPARE(log.count(), 2);
        QVERIFY(log.recent().first().endsWith(QLatin1String("exhibit.test: from a worker")));
        qCInfo(lcTest) << "information is not a problem";
        QCOMPARE(log.count(), 2);
    }

    void aThreadLoggingThroughTeardownIsHarmless()
    {
        std::atomic<bool> done = false;
        std::thread worker([&] {
            for (int i = 0; i < 3000; ++i)
                qCWarning(lcTest) << "still here" << i;
            done = true;
        });
        int rounds = 0;
        while (!done || rounds < 50) {
            auto *log = new ProblemLog;
            QCoreApplication::processEvents();
            delete log;
            ++rounds;
        }
        worker.join();
        QCoreApplication::processEvents(); // posts to logs long gone are dropped
    }
};

QTEST_GUILESS_MAIN(TestProblemLog)
#include "tst_problemlog.moc"
