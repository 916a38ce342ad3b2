#include "keypad/keypadaction.h"

#include <QKeyEvent>
#include <QTest>

using namespace KeypadAction;

/** What each key of a visitor keypad or keyboard means; nothing quits. */
class TestKeypadAction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keys_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::addColumn<int>("action");

        QTest::newRow("up") << int(Qt::Key_Up) << 0 << int(Up);
        QTest::newRow("down") << int(Qt::Key_Down) << 0 << int(Down);
        QTest::newRow("left") << int(Qt::Key_Left) << 0 << int(Left);
        QTest::newRow("right") << int(Qt::Key_Right) << 0 << int(Right);
        QTest::newRow("keypad arrow") << int(Qt::Key_Up) << int(Qt::KeypadModifier) << int(Up);
        QTest::newRow("tab") << int(Qt::Key_Tab) << 0 << int(Next);
        QTest::newRow("shift tab")
            << int(Qt::Key_Backtab) << int(Qt::ShiftModifier) << int(Previous);
        QTest::newRow("return") << int(Qt::Key_Return) << 0 << int(Activate);
        QTest::newRow("keypad enter")
            << int(Qt::Key_Enter) << int(Qt::KeypadModifier) << int(Activate);
        QTest::newRow("space") << int(Qt::Key_Space) << 0 << int(Activate);
        QTest::newRow("escape is back, not quit") << int(Qt::Key_Escape) << 0 << int(Back);
        QTest::newRow("back key") << int(Qt::Key_Back) << 0 << int(Back);
        QTest::newRow("backspace") << int(Qt::Key_Backspace) << 0 << int(Back);
        QTest::newRow("f1") << int(Qt::Key_F1) << 0 << int(Help);
        QTest::newRow("r: the screen reader") << int(Qt::Key_R) << 0 << int(ScreenReader);
        QTest::newRow("f2: the screen reader") << int(Qt::Key_F2) << 0 << int(ScreenReader);
        QTest::newRow("help key") << int(Qt::Key_Help) << 0 << int(Help);
        QTest::newRow("question mark")
            << int(Qt::Key_Question) << int(Qt::ShiftModifier) << int(Help);
        QTest::newRow("plus") << int(Qt::Key_Plus) << int(Qt::ShiftModifier) << int(VolumeUp);
        QTest::newRow("keypad plus")
            << int(Qt::Key_Plus) << int(Qt::KeypadModifier) << int(VolumeUp);
        QTest::newRow("equals (unshifted plus)") << int(Qt::Key_Equal) << 0 << int(VolumeUp);
        QTest::newRow("volume up key") << int(Qt::Key_VolumeUp) << 0 << int(VolumeUp);
        QTest::newRow("minus") << int(Qt::Key_Minus) << 0 << int(VolumeDown);
        QTest::newRow("volume down key") << int(Qt::Key_VolumeDown) << 0 << int(VolumeDown);
        QTest::newRow("a letter") << int(Qt::Key_Q) << 0 << int(None);
        QTest::newRow("alt f4 is the desktop's")
            << int(Qt::Key_F4) << int(Qt::AltModifier) << int(None);
        QTest::newRow("ctrl arrow is the desktop's")
            << int(Qt::Key_Left) << int(Qt::ControlModifier) << int(None);
    }

    void keys()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        QFETCH(int, action);
        const QKeyEvent event(QEvent::KeyPress, key, Qt::KeyboardModifiers(modifiers));
        QCOMPARE(int(fromEvent(event)), action);
    }
};

QTEST_APPLESS_MAIN(TestKeypadAction)
#include "tst_keypadaction.moc"
