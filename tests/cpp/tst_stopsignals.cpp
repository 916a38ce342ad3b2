#include "kiosk/stopsignals.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>

/** SIGTERM and SIGINT reach the event loop as stopRequested, instead of
 *  killing the kiosk before it records the visit in progress. */
class TestStopSignals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signalsBecomeRequests_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGTERM (systemd stopping the service)") << int(SIGTERM);
        QTest::newRow("SIGINT (Ctrl+C)") << int(SIGINT);
    }

    void signalsBecomeRequests()
    {
        QFETCH(int, signalNumber);
        StopSignals stop;
        QSignalSpy requested(&stop, &StopSignals::stopRequested);
        ::raise(signalNumber); // still alive: the handler only writes a byte
        QTRY_COMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toInt(), signalNumber);
    }
};

QTEST_GUILESS_MAIN(TestStopSignals)
#include "tst_stopsignals.moc"
