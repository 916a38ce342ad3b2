#include "kiosk/slowdrift.h"

#include <QSignalSpy>
#include <QTest>

#include <cstdlib>

// The attract screen's slow motion: where it is along its swing, and that it
// wakes only when it has a whole pixel to move.
class TestSlowDrift : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void positionAlongTheSwing_data()
    {
        QTest::addColumn<int>("pixels");
        QTest::addColumn<qint64>("elapsed");
        QTest::addColumn<int>("position");
        const qint64 period = 40000;
        QTest::newRow("start") << 120 << qint64(0) << 0;
        QTest::newRow("a quarter: halfway out") << 120 << period / 4 << 60;
        QTest::newRow("half: all the way") << 120 << period / 2 << 120;
        QTest::newRow("three quarters: halfway back") << 120 << 3 * period / 4 << 60;
        QTest::newRow("a period: back at the start") << 120 << period << 0;
        QTest::newRow("the next period as the first") << 120 << period + period / 4 << 60;
        QTest::newRow("eased: slow at the start") << 120 << period / 40 << 0;
        QTest::newRow("eased: an eighth, not an eighth of the way") << 120 << period / 8 << 17;
        QTest::newRow("no swing") << 0 << period / 4 << 0;
    }

    void positionAlongTheSwing()
    {
        QFETCH(int, pixels);
        QFETCH(qint64, elapsed);
        QFETCH(int, position);
        QCOMPARE(SlowDrift::positionAt(pixels, 40000, elapsed), position);
    }

    // Waking only when the next pixel is due: each wake moves it by one
    // pixel, and a period is 2 x pixels wakes, whatever the size.
    void wakesOncePerPixel_data()
    {
        QTest::addColumn<int>("pixels");
        QTest::addColumn<qint64>("period");
        QTest::newRow("the ridges") << 120 << qint64(45000);
        QTest::newRow("the burn-in shift") << 56 << qint64(840000);
        QTest::newRow("one pixel") << 1 << qint64(1000);
        QTest::newRow("faster than a millisecond a pixel") << 400 << qint64(500);
    }

    void wakesOncePerPixel()
    {
        QFETCH(int, pixels);
        QFETCH(qint64, period);
        qint64 elapsed = 0;
        int position = SlowDrift::positionAt(pixels, period, elapsed);
        int wakes = 0;
        int moves = 0;
        while (elapsed < period) {
            const qint64 wait = SlowDrift::untilNextPixel(pixels, period, elapsed);
            QVERIFY2(wait >= 1, "never a wait of nothing");
            elapsed += wait;
            const int next = SlowDrift::positionAt(pixels, period, elapsed);
            QVERIFY2(
                std::abs(next - position) <= 1 || period < 2 * pixels,
                qPrintable(
                    QStringLiteral("from %1 to %2 at %3 ms").arg(position).arg(next).arg(elapsed)));
            moves += next != position;
            position = next;
            ++wakes;
        }
        // Out and back, each pixel once (give or take the one at the turn).
        if (period >= 2 * pixels)
            QVERIFY2(std::abs(moves - 2 * pixels) <= 1, qPrintable(QString::number(moves)));
        QVERIFY2(wakes <= 2 * pixels + 4, qPrintable(QString::number(wakes)));
    }

    // A phase of a quarter period starts it halfway out, before it runs.
    void startsAtItsPhase()
    {
        SlowDrift drift;
        drift.setPixels(56);
        drift.setPeriod(840000);
        drift.setPhase(840000 / 4);
        QCOMPARE(drift.position(), 28);
        drift.setRunning(true);
        QCOMPARE(drift.position(), 28);
    }

    // Stopped, it stays; started again, it goes on from there.
    void stopsWhereItIsAndGoesOn()
    {
        SlowDrift drift;
        drift.setPixels(20);
        drift.setPeriod(1000);
        QSignalSpy moved(&drift, &SlowDrift::positionChanged);
        drift.setRunning(true);
        QTRY_VERIFY(drift.position() >= 5);
        drift.setRunning(false);
        const int stoppedAt = drift.position();
        const int movesBefore = int(moved.count());
        QTest::qWait(150);
        QCOMPARE(drift.position(), stoppedAt);
        QCOMPARE(int(moved.count()), movesBefore);
        drift.setRunning(true);
        QVERIFY(moved.wait());
        QCOMPARE(std::abs(drift.position() - stoppedAt), 1);
    }
};

QTEST_GUILESS_MAIN(TestSlowDrift)
#include "tst_slowdrift.moc"
