#include "analytics/listeningtracker.h"

#include <QTest>

// Stretches played: from–to in ms, each reported every 250 ms; a new stretch
// comes after a pause or a drag.
using Stretches = QList<QPair<qint64, qint64>>;

/** How much of a narration counts as heard, from the positions a playing
 *  player reports (every 250 ms here), with pauses and drags between. */
class TestListeningTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void heard_data()
    {
        QTest::addColumn<qint64>("duration");
        QTest::addColumn<Stretches>("stretches");
        QTest::addColumn<int>("percent");
        QTest::addColumn<bool>("started");

        QTest::newRow("never played") << qint64(10000) << Stretches {} << 0 << false;
        QTest::newRow("to the end") << qint64(10000) << Stretches { { 0, 10000 } } << 100 << true;
        QTest::newRow("the first half") << qint64(10000) << Stretches { { 0, 5000 } } << 50 << true;
        QTest::newRow("paused and resumed")
            << qint64(10000) << Stretches { { 0, 3000 }, { 3000, 6000 } } << 60 << true;
        QTest::newRow("replayed: heard once")
            << qint64(10000) << Stretches { { 0, 4000 }, { 0, 4000 } } << 40 << true;
        QTest::newRow("dragged ahead: the skipped part is not heard")
            << qint64(10000) << Stretches { { 0, 2000 }, { 8000, 10000 } } << 40 << true;
        QTest::newRow("started and stopped at once")
            << qint64(10000) << Stretches { { 0, 0 } } << 0 << true;
        QTest::newRow("no duration known") << qint64(0) << Stretches { { 0, 3000 } } << 0 << true;
    }

    void heard()
    {
        QFETCH(qint64, duration);
        QFETCH(Stretches, stretches);
        QFETCH(int, percent);
        QFETCH(bool, started);

        ListeningTracker tracker;
        tracker.setDuration(duration);
        for (const auto &[from, to] : stretches) {
            tracker.interrupt();
            for (qint64 at = from; at <= to; at += 250)
                tracker.playedTo(at);
        }
        QCOMPARE(tracker.heardPercent(), percent);
        QCOMPARE(tracker.started(), started);
    }

    void aJumpIsNotListening()
    {
        // Without a pause between, a jump from 1 s to 9 s is a drag while playing.
        ListeningTracker tracker;
        tracker.setDuration(10000);
        for (const qint64 at : { 0, 250, 500, 750, 1000, 9000, 9250, 9500, 9750, 10000 })
            tracker.playedTo(at);
        QCOMPARE(tracker.heardPercent(), 20);
    }
};

QTEST_APPLESS_MAIN(TestListeningTracker)
#include "tst_listeningtracker.moc"
