#include "kiosk/lockdown.h"

#include <QDesktopServices>
#include <QGuiApplication>
#include <QQuickWindow>
#include <QTest>

/** Kiosk lockdown on a real window: frameless, on top, fullscreen, cursor
 *  hidden, closing refused, no way out to a browser. */
class TestLockdown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void locksTheWindow()
    {
        QQuickWindow window;
        Lockdown lockdown;
        lockdown.apply(&window, true);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.flags().testFlag(Qt::FramelessWindowHint));
        QVERIFY(window.flags().testFlag(Qt::WindowStaysOnTopHint));
        QCOMPARE(window.windowState(), Qt::WindowFullScreen);
        QVERIFY(QGuiApplication::overrideCursor());
        QCOMPARE(QGuiApplication::overrideCursor()->shape(), Qt::BlankCursor);

        // Alt+F4, a window manager's close button, QWindow::close(): refused.
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());

        // Anything that leaves fullscreen is put back.
        window.showNormal();
        QTRY_COMPARE(window.windowState(), Qt::WindowFullScreen);
    }

    void noBrowserNoOtherProgram_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::newRow("web") << QUrl(QStringLiteral("https://example.org/"));
        QTest::newRow("file") << QUrl(QStringLiteral("file:///etc/passwd"));
        QTest::newRow("mail") << QUrl(QStringLiteral("mailto:someone@example.org"));
    }

    void noBrowserNoOtherProgram()
    {
        QFETCH(QUrl, url);
        QQuickWindow window;
        Lockdown lockdown;
        lockdown.apply(&window, false);
        QTest::ignoreMessage(
            QtWarningMsg,
            QRegularExpression(QStringLiteral("refused to open .* outside the kiosk")));
        QVERIFY(QDesktopServices::openUrl(url));
        QCOMPARE(lockdown.blockedUrlCount(), 1);
    }
};

QTEST_MAIN(TestLockdown)
#include "tst_lockdown.moc"
