#include "controllers/accessibilitycontroller.h"

#include <QSignalSpy>
#include <QTest>

/** The visitor's volume steps (keypad + and −) and the fresh start of each visit. */
class TestAccessibilityController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void volumeSteps_data()
    {
        QTest::addColumn<int>("kioskVolume");
        QTest::addColumn<QList<int>>("steps");
        QTest::addColumn<int>("expected");

        QTest::newRow("one louder") << 80 << QList<int> { +1 } << 90;
        QTest::newRow("one quieter") << 80 << QList<int> { -1 } << 70;
        QTest::newRow("off the grid, up onto it") << 75 << QList<int> { +1 } << 80;
        QTest::newRow("off the grid, down onto it") << 75 << QList<int> { -1 } << 70;
        QTest::newRow("never past full") << 90 << QList<int> { +1, +1, +1 } << 100;
        QTest::newRow("never silent") << 30 << QList<int> { -1, -1, -1, -1, -1 } << 10;
        QTest::newRow("there and back") << 60 << QList<int> { +1, +1, -1, -1 } << 60;
    }

    void volumeSteps()
    {
        QFETCH(int, kioskVolume);
        QFETCH(QList<int>, steps);
        QFETCH(int, expected);
        AccessibilityController controller(nullptr);
        controller.setDefaultVolume(kioskVolume);
        QCOMPARE(controller.volume(), kioskVolume);
        for (int step : steps)
            controller.stepVolume(step);
        QCOMPARE(controller.volume(), expected);
    }

    // What the keypad's volume keys say and light: the volume in steps of ten.
    void volumeLevel_data()
    {
        QTest::addColumn<int>("volume");
        QTest::addColumn<int>("level");
        QTest::newRow("full") << 100 << 10;
        QTest::newRow("default") << 80 << 8;
        QTest::newRow("off the grid rounds up") << 75 << 8;
        QTest::newRow("quietest") << 10 << 1;
    }

    void volumeLevel()
    {
        QFETCH(int, volume);
        QFETCH(int, level);
        AccessibilityController controller(nullptr);
        controller.setDefaultVolume(volume);
        QCOMPARE(controller.volumeLevel(), level);
        QCOMPARE(controller.volumeLevels(), 10);
    }

    void eachVisitStartsAfresh()
    {
        AccessibilityController controller(nullptr);
        controller.setDefaultVolume(80);
        controller.stepVolume(+1);
        controller.setLargeText(true);
        controller.setHelpOpen(true);
        controller.setPanelOpen(true);
        QSignalSpy volume { &controller, &AccessibilityController::volumeChanged };
        controller.reset();
        QCOMPARE(controller.volume(), 80);
        QCOMPARE(volume.count(), 1);
        QVERIFY(!controller.largeText());
        QVERIFY(!controller.helpOpen());
        QVERIFY(!controller.panelOpen());
    }

    // The screen reader goes with its visitor, who is told why it went.
    void theScreenReaderEndsWithTheVisit()
    {
        AccessibilityController controller(nullptr);
        QSignalSpy ended { &controller, &AccessibilityController::screenReaderEndedWithVisit };
        controller.reset();
        QCOMPARE(ended.count(), 0); // it was off: nothing to say
        controller.setScreenReader(true);
        controller.setEasyRead(true);
        bool offWhenTold = false;
        connect(&controller, &AccessibilityController::screenReaderEndedWithVisit, &controller,
                [&] { offWhenTold = !controller.screenReader(); });
        controller.reset();
        QCOMPARE(ended.count(), 1);
        QVERIFY(offWhenTold);
        QVERIFY(!controller.easyRead());
    }
};

QTEST_APPLESS_MAIN(TestAccessibilityController)
#include "tst_accessibilitycontroller.moc"
