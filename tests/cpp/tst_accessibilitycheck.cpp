#include "previews/accessibilitycheck.h"
#include "scenefixture.h"

#include <QColor>
#include <QQuickWindow>
#include <QTest>

/** The previews' accessibility rules on small real scenes, rendered
 *  offscreen: a control with nothing to say and a picture not described are
 *  found (a picture inside a button is the button's); a text is judged
 *  against what is drawn behind it, a painting or a gradient included, and
 *  an outlined text against its outline. */
class TestAccessibilityCheck : public QObject
{
    Q_OBJECT

    static QStringList unnamed(const QByteArray &qml)
    {
        return findingsInScene(qml, QSize(1000, 600), &AccessibilityCheck::findUnnamed);
    }

    static QStringList faint(const QByteArray &qml)
    {
        return findingsInScene(qml, QSize(1000, 600), [](QQuickItem *screen) {
            return AccessibilityCheck::findFaintText(screen, screen->window()->grabWindow(),
                                                     AccessibilityCheck::minimumContrast);
        });
    }

private Q_SLOTS:
    void namesAndDescriptions_data()
    {
        QTest::addColumn<QByteArray>("qml");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("a named button, a described picture")
            << QByteArray("Rectangle { objectName: 'home'; activeFocusOnTab: true; width: 96; "
                          "height: 96; Accessible.name: 'Back to the chapter menu' }\n"
                          "InkPicture { y: 200; width: 300; height: 200; description: 'A city' }")
            << QStringList();
        QTest::newRow("an icon button with no name")
            << QByteArray("Rectangle { objectName: 'replayButton'; activeFocusOnTab: true; "
                          "width: 96; height: 96 }")
            << QStringList { QStringLiteral(
                   "replayButton \"\" has no name for the keypad and the screen reader to say "
                   "(Accessible.name)") };
        QTest::newRow("a picture with no description")
            << QByteArray("InkPicture { objectName: 'chapterImage'; width: 300; height: 200 }")
            << QStringList { QStringLiteral(
                   "chapterImage \"\" is a picture with no description in words") };
        QTest::newRow("a picture inside a button is the button's")
            << QByteArray("Rectangle { objectName: 'chapterTile'; activeFocusOnTab: true; "
                          "width: 300; height: 300; Accessible.name: 'Battles'\n"
                          "  signal clicked()\n"
                          "  InkPicture { width: 300; height: 200 } }")
            << QStringList();
        QTest::newRow("under a dialog, only the dialog counts")
            << QByteArray("InkPicture { width: 300; height: 200 }\n"
                          "Rectangle { width: 1000; height: 600; Keypad.modal: true\n"
                          "  Rectangle { objectName: 'close'; activeFocusOnTab: true; width: 96; "
                          "height: 96; Accessible.name: 'Close' } }")
            << QStringList();
    }

    void namesAndDescriptions()
    {
        QFETCH(QByteArray, qml);
        QFETCH(QStringList, expected);
        QCOMPARE(unnamed(qml), expected);
    }

    void contrast_data()
    {
        QTest::addColumn<QByteArray>("qml");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("ink on paper")
            << QByteArray("Rectangle { anchors.fill: parent; color: '#f2ebdb' }\n"
                          "Text { text: 'The war began'; color: '#211c17'; font.pixelSize: 40 }")
            << QStringList();
        QTest::newRow("grey on a grey card")
            << QByteArray("Rectangle { anchors.fill: parent; color: '#9e998f' }\n"
                          "Text { objectName: 'lifespan'; text: '1082–1135'; color: '#6b6259'; "
                          "font.pixelSize: 40 }")
            << QStringList { QStringLiteral("lifespan \"1082–1135\" shows at 2.11:1 against "
                                            "#9e998f behind it; WCAG asks 4.5:1") };
        QTest::newRow("large light letters on a dark gradient") << QByteArray(
            "Rectangle { anchors.fill: parent\n"
            "  gradient: Gradient { GradientStop { position: 0; color: '#2a2622' }\n"
            "                       GradientStop { position: 1; color: '#48423c' } } }\n"
            "Text { text: '1126'; color: '#f2eadb'; font.pixelSize: 300 }")
                                                                << QStringList();
        QTest::newRow("a faded text is as faint as it looks")
            << QByteArray("Rectangle { anchors.fill: parent; color: 'white' }\n"
                          "Text { objectName: 'note'; text: 'Touch to begin'; color: 'black'; "
                          "opacity: 0.3; font.pixelSize: 40 }")
            << QStringList { QStringLiteral("note \"Touch to begin\" shows at 2.11:1 against "
                                            "#ffffff behind it; WCAG asks 4.5:1") };
        QTest::newRow("an outlined name on a map, read against its outline")
            << QByteArray("Rectangle { anchors.fill: parent; color: '#e0b071' }\n"
                          "Text { text: 'Yangtze'; color: '#2f5d80'; style: Text.Outline; "
                          "styleColor: '#f7f1e3'; font.pixelSize: 40 }")
            << QStringList();
    }

    void contrast()
    {
        QFETCH(QByteArray, qml);
        QFETCH(QStringList, expected);
        QCOMPARE(faint(qml), expected);
    }

    // WCAG's own reference values.
    void contrastRatio()
    {
        QCOMPARE(qRound(AccessibilityCheck::contrast(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(qRound(AccessibilityCheck::contrast(QColor(0x77, 0x77, 0x77), Qt::white) * 100),
                 448);
    }
};

QTEST_MAIN(TestAccessibilityCheck)
#include "tst_accessibilitycheck.moc"
