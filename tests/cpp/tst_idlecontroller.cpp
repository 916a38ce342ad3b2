#include "config/kioskconfig.h"
#include "controllers/idlecontroller.h"
#include "kiosk/inputactivityfilter.h"

#include <QSignalSpy>
#include <QTest>
#include <QWindow>

/** The idle reset, with short timeouts: warning, dismissal, reset, waiting
 *  for narration, and nothing on the attract screen. */
class TestIdleController : public QObject
{
    Q_OBJECT

private:
    static constexpr int idleMs = 300;
    static constexpr int warningMs = 1200;

    static void startVisit(IdleController &idle)
    {
        idle.setTimeouts(idleMs, warningMs);
        idle.setVisitActive(true);
    }

private Q_SLOTS:
    // Before the kiosk configures it, the controller keeps kiosk.ini's defaults
    // (one table, config/kioskconfig.cpp), not numbers of its own.
    void startsWithTheConfigurationsDefaults()
    {
        const IdleController idle(nullptr);
        const KioskConfig defaults = KioskConfig::defaults();
        QCOMPARE(idle.idleMs(), defaults.idleTimeoutSeconds() * 1000);
        QCOMPARE(idle.warningMs(), defaults.idleWarningSeconds() * 1000);
        QCOMPARE(idle.idleMs(), 90 * 1000); // as kiosk-config/kiosk.ini documents
        QCOMPARE(idle.warningMs(), 20 * 1000);
    }

    void warnsThenResets()
    {
        IdleController idle(nullptr);
        QSignalSpy reset { &idle, &IdleController::resetRequested };
        QSignalSpy seconds { &idle, &IdleController::secondsLeftChanged };
        startVisit(idle);
        QVERIFY(!idle.isWarning());
        QTRY_VERIFY_WITH_TIMEOUT(idle.isWarning(), 2000);
        QCOMPARE(idle.secondsLeft(), 2); // 1.2 s, rounded up
        QCOMPARE(reset.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(reset.count(), 1, 3000);
        QVERIFY(!idle.isWarning());
        QVERIFY(seconds.count() >= 2); // 2, 1, 0
    }

    void activityDismissesTheWarning()
    {
        IdleController idle(nullptr);
        QSignalSpy reset { &idle, &IdleController::resetRequested };
        startVisit(idle);
        for (int round = 0; round < 3; ++round) { // as many times as the visitor likes
            QTRY_VERIFY_WITH_TIMEOUT(idle.isWarning(), 2000);
            idle.registerActivity();
            QVERIFY(!idle.isWarning());
            QVERIFY(idle.isCounting());
        }
        QCOMPARE(reset.count(), 0);
    }

    void activityRestartsTheTimeout()
    {
        IdleController idle(nullptr);
        startVisit(idle);
        for (int i = 0; i < 6; ++i) {
            QTest::qWait(idleMs / 2);
            idle.registerActivity();
        }
        QVERIFY(!idle.isWarning());
    }

    void nothingRunsOutsideAVisit()
    {
        IdleController idle(nullptr);
        QSignalSpy reset { &idle, &IdleController::resetRequested };
        idle.setTimeouts(idleMs, warningMs);
        QTest::qWait(idleMs * 2);
        QVERIFY(!idle.isWarning());
        QVERIFY(!idle.isCounting());
        idle.registerActivity(); // touches on the attract screen start nothing
        QVERIFY(!idle.isCounting());

        // Leaving the visit (e.g. the reset itself) clears a warning at once.
        startVisit(idle);
        QTRY_VERIFY_WITH_TIMEOUT(idle.isWarning(), 2000);
        idle.setVisitActive(false);
        QVERIFY(!idle.isWarning());
        QTest::qWait(warningMs + 200);
        QCOMPARE(reset.count(), 0);
    }

    void waitsWhileNarrationPlays_data()
    {
        QTest::addColumn<bool>("pause");
        QTest::newRow("pause_while_narrating = true") << true;
        QTest::newRow("pause_while_narrating = false") << false;
    }

    void waitsWhileNarrationPlays()
    {
        QFETCH(bool, pause);
        IdleController idle(nullptr);
        idle.setPauseWhileNarrating(pause);
        startVisit(idle);
        idle.setNarrationPlaying(true);
        QTest::qWait(idleMs * 3);
        QCOMPARE(idle.isWarning(), !pause);
        if (!pause)
            return;
        // When it ends, the full timeout runs again.
        idle.setNarrationPlaying(false);
        QVERIFY(idle.isCounting());
        QVERIFY(!idle.isWarning());
        QTRY_VERIFY_WITH_TIMEOUT(idle.isWarning(), 2000);
    }

    void inputAnywhereCounts_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("touch") << 0;
        QTest::newRow("click") << 1;
        QTest::newRow("key") << 2;
        QTest::newRow("wheel") << 3;
        QTest::newRow("cursor drift (not input)") << 4;
    }

    void inputAnywhereCounts()
    {
        QFETCH(int, kind);
        IdleController idle(nullptr);
        InputActivityFilter filter(&idle, nullptr);
        qApp->installEventFilter(&filter);
        QWindow window;
        window.resize(200, 200);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        startVisit(idle);
        QTRY_VERIFY_WITH_TIMEOUT(idle.isWarning(), 2000);

        QPointingDevice *touchscreen = QTest::createTouchDevice();
        switch (kind) {
        case 0:
            QTest::touchEvent(&window, touchscreen).press(0, QPoint(50, 50));
            QTest::touchEvent(&window, touchscreen).release(0, QPoint(50, 50));
            break;
        case 1:
            QTest::mouseClick(&window, Qt::LeftButton, {}, QPoint(60, 60));
            break;
        case 2:
            QTest::keyClick(&window, Qt::Key_Space);
            break;
        case 3: {
            QWheelEvent wheel(QPointF(50, 50), QPointF(50, 50), {}, QPoint(0, 120), Qt::NoButton,
                              {}, Qt::NoScrollPhase, false);
            QCoreApplication::sendEvent(&window, &wheel);
            break;
        }
        case 4:
            QTest::mouseMove(&window, QPoint(70, 70));
            break;
        }
        QCOMPARE(idle.isWarning(), kind == 4);
        qApp->removeEventFilter(&filter);
    }
};

QTEST_MAIN(TestIdleController)
#include "tst_idlecontroller.moc"
