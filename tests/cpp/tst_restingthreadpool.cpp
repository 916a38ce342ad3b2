#include "kiosk/restingthreadpool.h"

#include <QImage>
#include <QPainter>
#include <QTest>

/** Between visitors, Qt's pool paints with one thread once the kiosk has rested
 *  a moment; a visit has its count back at once. A short delay stands in for
 *  the kiosk's two seconds. */
class TestRestingThreadPool : public QObject
{
    Q_OBJECT

private:
    static constexpr int visitThreads = 4;
    static constexpr int poolsOwnThreads = 7; // what the pool had before any rest
    static constexpr int delayMs = 100;

private Q_SLOTS:
    void threadsFollowTheVisits_data()
    {
        QTest::addColumn<QList<bool>>("resting");
        QTest::addColumn<int>("threads");

        QTest::newRow("never rested") << QList<bool> {} << poolsOwnThreads;
        QTest::newRow("a visit first: nothing to give back")
            << QList<bool> { false } << poolsOwnThreads;
        QTest::newRow("resting") << QList<bool> { true } << 1;
        QTest::newRow("resting, told twice") << QList<bool> { true, true } << 1;
        QTest::newRow("a visit after a rest") << QList<bool> { true, false } << visitThreads;
        QTest::newRow("resting again") << QList<bool> { true, false, true } << 1;
    }

    // Each step after the delay: the pool has rested or not by then.
    void threadsFollowTheVisits()
    {
        QFETCH(const QList<bool>, resting);
        QFETCH(const int, threads);

        QThreadPool pool;
        pool.setMaxThreadCount(poolsOwnThreads);
        RestingThreadPool rest(&pool, visitThreads);
        rest.setDelay(delayMs);
        for (const bool r : resting) {
            rest.setResting(r);
            QTest::qWait(2 * delayMs);
        }
        QCOMPARE(pool.maxThreadCount(), threads);
        QCOMPARE(rest.isResting(), !resting.isEmpty() && resting.last());
    }

    // At start and after a reset, the screen's first frames and its fade keep
    // every thread; a visitor back within the delay never finds the pool rested.
    void restsOnlyOnceTheKioskHasRestedAMoment()
    {
        QThreadPool pool;
        pool.setMaxThreadCount(visitThreads);
        RestingThreadPool rest(&pool, visitThreads);
        rest.setDelay(delayMs);
        rest.setResting(true);
        QCOMPARE(pool.maxThreadCount(), visitThreads);
        QTest::qWait(delayMs / 4);
        rest.setResting(false);
        QTest::qWait(2 * delayMs);
        QCOMPARE(pool.maxThreadCount(), visitThreads);
        QVERIFY(!rest.isResting());

        rest.setResting(true);
        QTRY_COMPARE(pool.maxThreadCount(), 1);
        QVERIFY(rest.isResting());
    }

    void goneItGivesThePoolItsThreadsBack()
    {
        QThreadPool pool;
        pool.setMaxThreadCount(visitThreads);
        {
            RestingThreadPool rest(&pool, visitThreads);
            rest.setDelay(0);
            rest.setResting(true);
            QTRY_COMPARE(pool.maxThreadCount(), 1);
        }
        QCOMPARE(pool.maxThreadCount(), visitThreads);
    }

    // A machine with one core rests as it visits.
    void oneCoreRestsWithItsOne()
    {
        QThreadPool pool;
        RestingThreadPool rest(&pool, 1);
        rest.setDelay(0);
        rest.setResting(true);
        QTRY_VERIFY(rest.isResting());
        QCOMPARE(pool.maxThreadCount(), 1);
        rest.setResting(false);
        QCOMPARE(pool.maxThreadCount(), 1);
    }

    // The raster engine's fills, split among the global pool's one thread, are
    // all painted: what the attract screen draws while it rests.
    void aRestingPoolStillPaintsATallFill()
    {
        RestingThreadPool rest(QThreadPool::globalInstance(), QThread::idealThreadCount());
        rest.setDelay(0);
        rest.setResting(true);
        QTRY_VERIFY(rest.isResting());
        QImage image(640, 1080, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::black);
        {
            QPainter painter(&image);
            painter.setOpacity(0.5); // a blend, not a plain fill
            painter.fillRect(image.rect(), Qt::white);
        }
        rest.setResting(false);
        QCOMPARE(QThreadPool::globalInstance()->maxThreadCount(), QThread::idealThreadCount());
        for (const QPoint p : { QPoint(0, 0), QPoint(320, 540), QPoint(639, 1079) })
            QVERIFY2(
                qAbs(qRed(image.pixel(p)) - 128) <= 1,
                qPrintable(
                    QStringLiteral("%1,%2: %3").arg(p.x()).arg(p.y()).arg(qRed(image.pixel(p)))));
    }
};

QTEST_MAIN(TestRestingThreadPool)
#include "tst_restingthreadpool.moc"
