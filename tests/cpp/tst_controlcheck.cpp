#include "previews/controlcheck.h"
#include "scenefixture.h"

#include <QTest>

/** The rules --render-previews judges controls by, on small real scenes in
 *  a portrait window (600 x 1000: the reach zone starts 450 px down): a
 *  control under another, or above a wheelchair user's reach, is found;
 *  what is meant to be (a link inside a scrolling text, a card scrolled
 *  half away, the screen under a dialog) is not. */
class TestControlCheck : public QObject
{
    Q_OBJECT

    // A control here: a Rectangle taking Tab focus, named by its text.
    static QByteArray withControl(const QByteArray &qml)
    {
        return "component Control: Rectangle { property string text; activeFocusOnTab: true; "
               "width: 200; height: 96; Accessible.name: text }\n"
            + qml;
    }

    static QStringList findingsIn(const QByteArray &qml, const QSize &size, qreal scale = 1)
    {
        return findingsInScene(withControl(qml), size, &ControlCheck::find, scale);
    }

private Q_SLOTS:
    void scenes_data()
    {
        QTest::addColumn<QByteArray>("qml");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QStringList>("expected");

        const QSize portrait(600, 1000);
        const QSize landscape(1000, 600);
        const QString reach = QStringLiteral(
            " is above a wheelchair user's reach (the top 45% of a portrait screen) by %1 px");

        QTest::newRow("side by side, in reach")
            << QByteArray("Control { objectName: 'home'; text: 'Home'; y: 800 }\n"
                          "Control { objectName: 'language'; text: 'EN'; x: 220; y: 800 }")
            << portrait << QStringList();
        QTest::newRow("one under another")
            << QByteArray(
                   "Control { objectName: 'figuresButton'; text: 'People'; y: 800 }\n"
                   "Control { objectName: 'accessibilityButton'; text: 'Aa'; x: 150; y: 800 }")
            << portrait
            << QStringList { QStringLiteral(
                   "figuresButton \"People\" is covered by accessibilityButton \"Aa\" by 50 px") };
        QTest::newRow("a link inside a scrolling text")
            << QByteArray("Flickable { objectName: 'body'; activeFocusOnTab: true; y: 500; width: "
                          "600; height: 400; contentHeight: 900\n"
                          "  Control { text: 'Treaty of Haishang'; y: 40 } }")
            << portrait << QStringList();
        QTest::newRow("a button high on a portrait screen")
            << QByteArray(
                   "Control { objectName: 'chapterTile_background'; text: 'Background'; y: 300 }")
            << portrait
            << QStringList { QStringLiteral("chapterTile_background \"Background\"")
                             + reach.arg(150) };
        QTest::newRow("the same button on a landscape screen") << QByteArray(
            "Control { objectName: 'chapterTile_background'; text: 'Background'; y: 300 }")
                                                               << landscape << QStringList();
        QTest::newRow("a scrolling text with its lower half in reach")
            << QByteArray("Flickable { objectName: 'figureStory'; activeFocusOnTab: true; "
                          "Accessible.name: 'Yue Fei'; y: 300; "
                          "width: 600; height: 400; contentHeight: 900 }")
            << portrait << QStringList();
        QTest::newRow("a scrolling text mostly out of reach")
            << QByteArray("Flickable { objectName: 'figureStory'; activeFocusOnTab: true; "
                          "Accessible.name: 'Yue Fei'; y: 0; "
                          "width: 600; height: 400; contentHeight: 900 }")
            << portrait
            << QStringList { QStringLiteral("figureStory \"Yue Fei\"") + reach.arg(250) };
        QTest::newRow("a card scrolled half out of its list: the half that shows")
            << QByteArray("Flickable { y: 450; width: 600; height: 400; contentHeight: 900; "
                          "contentY: 48; clip: true\n"
                          "  Control { objectName: 'chapterTile_causes'; text: 'Causes' } }\n"
                          "Control { objectName: 'footerButton'; text: 'Map'; y: 860 }")
            << portrait << QStringList();
        QTest::newRow("under a dialog: only the dialog's controls")
            << QByteArray("Control { text: 'Background'; y: 0 }\n"
                          "Item { Keypad.modal: true; anchors.fill: parent\n"
                          "  Control { objectName: 'close'; text: 'Close'; y: 850 } }")
            << portrait << QStringList();
        QTest::newRow("the captions' strip in a place of its own")
            << QByteArray("Text { objectName: 'body'; y: 500; width: 600; height: 300; "
                          "text: 'The war began in November 1125.' }\n"
                          "Rectangle { objectName: 'captionBand'; y: 800; width: 600; height: 96\n"
                          "  Text { text: 'Two Jin armies marched south.' } }\n"
                          "Control { text: 'Play'; y: 900 }")
            << QSize(1000, 1000) << QStringList();
        QTest::newRow("the captions' strip over the text and a control")
            << QByteArray("Text { objectName: 'body'; y: 500; width: 600; height: 300; "
                          "text: 'The war began in November 1125.' }\n"
                          "Control { text: 'Play'; y: 860 }\n"
                          "Rectangle { objectName: 'captionBand'; y: 700; width: 600; height: 200\n"
                          "  Text { text: 'Two Jin armies marched south.' } }")
            << QSize(1000, 1000)
            << QStringList { QStringLiteral("\"Play\" shows under the captions by 40 px"),
                             QStringLiteral("body \"The war began in November 1125.\" shows under "
                                            "the captions by 100 px") };
        QTest::newRow("disabled and hidden controls are not there")
            << QByteArray("Control { text: 'Replay'; y: 0; enabled: false }\nControl { text: 'CC'; "
                          "y: 0; visible: false }")
            << portrait << QStringList();
    }

    void scenes()
    {
        QFETCH(QByteArray, qml);
        QFETCH(QSize, size);
        QFETCH(QStringList, expected);
        QCOMPARE(findingsIn(qml, size), expected);
        // Drawn at half size in Exhibit Studio's preview, judged the same.
        QCOMPARE(findingsIn(qml, size, 0.5), expected);
    }

    // Where each finding is, in the screen's coordinates at any drawn size:
    // what Exhibit Studio outlines in red.
    void findingsSayWhere()
    {
        const QByteArray qml("Control { objectName: 'home'; text: 'Home'; y: 800 }\n"
                             "Control { objectName: 'language'; text: 'EN'; x: 150; y: 820 }\n"
                             "Control { objectName: 'map'; text: 'Map'; x: 300; y: 100 }");
        for (const qreal scale : { 1.0, 0.5 }) {
            const QList<PreviewFinding> findings
                = findingsOnScreen(withControl(qml), QSize(600, 1000), &ControlCheck::find, scale);
            QCOMPARE(findings.size(), 2);
            QCOMPARE(findings.at(0).area, QRectF(150, 820, 50, 76)); // where they overlap
            QCOMPARE(findings.at(1).area, QRectF(300, 100, 200, 96)); // the control out of reach
        }
    }
};

QTEST_MAIN(TestControlCheck)
#include "tst_controlcheck.moc"
