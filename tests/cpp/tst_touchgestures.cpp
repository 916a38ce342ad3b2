#include "keypad/touchgestures.h"

#include <QTest>

/** The screen reader's gestures from finger movements as a visitor makes
 *  them: each case is a script of touches ("press FINGER X Y MS", "move …",
 *  "release …", "tick MS") and the gestures it must give, in order. */
class TestTouchGestures : public QObject
{
    Q_OBJECT

private:
    static QString name(TouchGestures::Gesture gesture)
    {
        switch (gesture) {
        case TouchGestures::Gesture::Explore:
            return QStringLiteral("explore");
        case TouchGestures::Gesture::DoubleTap:
            return QStringLiteral("double-tap");
        case TouchGestures::Gesture::Next:
            return QStringLiteral("next");
        case TouchGestures::Gesture::Previous:
            return QStringLiteral("previous");
        case TouchGestures::Gesture::ReadOn:
            return QStringLiteral("read-on");
        case TouchGestures::Gesture::Toggle:
            return QStringLiteral("toggle");
        case TouchGestures::Gesture::None:
            break;
        }
        return {};
    }

    // Plays the script; each gesture as "name" or "name@X,Y" for exploring.
    static QStringList play(const QStringList &script)
    {
        TouchGestures gestures;
        QStringList heard;
        for (const QString &line : script) {
            const QStringList word = line.split(QLatin1Char(' '));
            TouchGestures::Result result;
            if (word.at(0) == QLatin1String("tick")) {
                result = gestures.tick(word.at(1).toLongLong());
            } else {
                const int finger = word.at(1).toInt();
                const QPointF at(word.at(2).toDouble(), word.at(3).toDouble());
                const qint64 ms = word.at(4).toLongLong();
                if (word.at(0) == QLatin1String("press"))
                    result = gestures.press(finger, at, ms);
                else if (word.at(0) == QLatin1String("move"))
                    result = gestures.move(finger, at, ms);
                else
                    result = gestures.release(finger, at, ms);
            }
            if (result.gesture == TouchGestures::Gesture::Explore)
                heard << QStringLiteral("explore@%1,%2").arg(result.at.x()).arg(result.at.y());
            else if (result.gesture != TouchGestures::Gesture::None)
                heard << name(result.gesture);
        }
        return heard;
    }

private Q_SLOTS:
    void gestures_data()
    {
        QTest::addColumn<QStringList>("script");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("a finger held still says what is under it")
            << QStringList { "press 1 500 400 0", "tick 100", "tick 320", "tick 800",
                             "release 1 500 400 900" }
            << QStringList { "explore@500,400" };
        QTest::newRow("a finger sliding over the screen says each place")
            << QStringList { "press 1 100 400 0", "move 1 120 400 100", "move 1 300 400 350",
                             "move 1 600 420 700", "release 1 600 420 800" }
            << QStringList { "explore@300,400", "explore@600,420" };
        QTest::newRow("one tap says what it touched, once no second tap came")
            << QStringList { "press 1 700 300 0", "release 1 702 301 120", "tick 300", "tick 600" }
            << QStringList { "explore@702,301" };
        QTest::newRow("a double tap anywhere activates, and says nothing itself")
            << QStringList { "press 1 700 300 0",   "release 1 700 300 100", "tick 200",
                             "press 1 705 303 250", "release 1 705 303 330", "tick 900" }
            << QStringList { "double-tap" };
        QTest::newRow("two taps too far apart in time are two explorations")
            << QStringList { "press 1 700 300 0",    "release 1 700 300 100",  "tick 600",
                             "press 1 900 300 1000", "release 1 900 300 1080", "tick 1600" }
            << QStringList { "explore@700,300", "explore@900,300" };
        QTest::newRow("a flick right moves to the next item")
            << QStringList { "press 1 400 500 0", "move 1 480 505 80", "release 1 560 510 160" }
            << QStringList { "next" };
        QTest::newRow("a flick left moves to the previous item")
            << QStringList { "press 1 900 500 0", "release 1 760 490 150" }
            << QStringList { "previous" };
        QTest::newRow("a slow drag is exploring, not a flick")
            << QStringList { "press 1 400 500 0", "move 1 500 500 350", "release 1 700 500 700" }
            << QStringList { "explore@500,500" };
        QTest::newRow("a short diagonal flick is nothing")
            << QStringList { "press 1 400 500 0", "release 1 500 600 150", "tick 800" }
            << QStringList {};
        QTest::newRow("two fingers flicked up read on from here")
            << QStringList { "press 1 800 800 0",
                             "press 2 900 800 20",
                             "move 1 800 650 150",
                             "move 2 900 640 160",
                             "release 1 800 600 200",
                             "release 2 900 600 210",
                             "tick 900" }
            << QStringList { "read-on" };
        QTest::newRow("two fingers held still three seconds toggle the reader, once")
            << QStringList { "press 1 800 800 0",
                             "press 2 900 800 40",
                             "tick 1000",
                             "tick 3000",
                             "tick 3050",
                             "tick 5000",
                             "release 1 800 800 5100",
                             "release 2 900 800 5120" }
            << QStringList { "toggle" };
        QTest::newRow("two fingers that move are no hold") << QStringList {
            "press 1 800 800 0", "press 2 900 800 40",     "move 1 800 700 500",
            "tick 3500",         "release 1 800 700 3600", "release 2 900 800 3620"
        } << QStringList {};
        QTest::newRow("a second finger ends the exploring and the pending tap")
            << QStringList { "press 1 500 500 0",
                             "release 1 500 500 100",
                             "press 1 500 500 200",
                             "press 2 600 500 210",
                             "tick 900",
                             "release 1 500 500 1000",
                             "release 2 600 500 1010",
                             "tick 2000" }
            << QStringList {};
    }

    void gestures()
    {
        QFETCH(QStringList, script);
        QFETCH(QStringList, expected);
        QCOMPARE(play(script), expected);
    }
};

QTEST_GUILESS_MAIN(TestTouchGestures)
#include "tst_touchgestures.moc"
