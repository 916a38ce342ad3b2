#include "previews/textoverflow.h"
#include "scenefixture.h"

#include <QTest>

/** The rules --render-previews reports by, on small real scenes: what a
 *  visitor would not see whole is found, and what merely scrolls is not. */
class TestTextOverflow : public QObject
{
    Q_OBJECT

    static QStringList findingsIn(const QByteArray &qml, qreal scale = 1)
    {
        return findingsInScene(qml, QSize(800, 600), &TextOverflow::find, scale);
    }

private Q_SLOTS:
    void scenes_data()
    {
        QTest::addColumn<QByteArray>("qml");
        QTest::addColumn<QStringList>("expected");

        const QByteArray longText
            = "text: 'The walls of Kaifeng under siege in the winter of 1126'; font.pixelSize: 30";
        QTest::newRow("a text that fits")
            << QByteArray("Text { text: 'Battles'; font.pixelSize: 30 }") << QStringList();
        QTest::newRow("elided")
            << QByteArray("Text { objectName: 'caption'; width: 200; elide: Text.ElideRight; "
                          + longText + " }")
            << QStringList { QStringLiteral(
                   "caption \"The walls of Kaifeng under sie…\" is cut short by %1 px") };
        QTest::newRow("past its lines")
            << QByteArray("Text { objectName: 'teaser'; width: 200; wrapMode: Text.WordWrap; "
                          "maximumLineCount: 2; "
                          + longText + " }")
            << QStringList { QStringLiteral(
                   "teaser \"The walls of Kaifeng under sie…\" is cut short by %1 px") };
        QTest::newRow("taller than its box")
            << QByteArray(
                   "Text { objectName: 'body'; width: 200; height: 40; wrapMode: Text.WordWrap; "
                   + longText + " }")
            << QStringList { QStringLiteral(
                   "body \"The walls of Kaifeng under sie…\" overflows its box by %1 px") };
        QTest::newRow("a word too long for its line")
            << QByteArray("Text { objectName: 'teaser'; width: 100; wrapMode: Text.WordWrap; text: "
                          "'Aftermathsandlegacies'; font.pixelSize: 30 }")
            << QStringList { QStringLiteral(
                   "teaser \"Aftermathsandlegacies\" overflows its box by %1 px") };
        QTest::newRow("out of its card")
            << QByteArray("Rectangle { objectName: 'card'; width: 200; height: 60; Column { width: "
                          "200; Text { width: 200; wrapMode: Text.WordWrap; "
                          + longText + " } } }")
            << QStringList { QStringLiteral(
                   "card \"The walls of Kaifeng under sie…\" overflows by %1 px") };
        QTest::newRow("past the screen's edge")
            << QByteArray("Text { objectName: 'title'; x: 700; " + longText + " }")
            << QStringList { QStringLiteral(
                   "title \"The walls of Kaifeng under sie…\" runs off the screen by %1 px") };
        QTest::newRow("below the fold of a scrolling view")
            << QByteArray("Flickable { width: 400; height: 100; contentHeight: 2000; clip: true; "
                          "Text { y: 1500; width: 380; wrapMode: Text.WordWrap; "
                          + longText + " } }")
            << QStringList();
        QTest::newRow("hidden") << QByteArray(
            "Text { visible: false; width: 10; elide: Text.ElideRight; " + longText + " }")
                                << QStringList();
        QTest::newRow("transparent") << QByteArray(
            "Text { opacity: 0; width: 10; elide: Text.ElideRight; " + longText + " }")
                                     << QStringList();
        QTest::newRow("under a dialog: only the dialog counts")
            << QByteArray("Text { width: 10; elide: Text.ElideRight; " + longText
                          + " }\n"
                            "Item { Keypad.modal: true; anchors.fill: parent; Text { "
                            "objectName: 'dialog'; text: 'Close' } }")
            << QStringList();
    }

    void scenes()
    {
        QFETCH(QByteArray, qml);
        QFETCH(QStringList, expected);
        const QStringList findings = findingsIn(qml);
        QCOMPARE(findings.size(), expected.size());
        for (int i = 0; i < findings.size(); ++i) {
            // The pixel count depends on the font; the words around it do not.
            const QStringList parts = expected.at(i).split(QStringLiteral("%1"));
            QVERIFY2(findings.at(i).startsWith(parts.first())
                         && findings.at(i).endsWith(parts.last()),
                     qPrintable(findings.at(i)));
        }
        // Drawn at half size in Exhibit Studio's preview, judged the same.
        QCOMPARE(findingsIn(qml, 0.5), findings);
    }
};

QTEST_MAIN(TestTextOverflow)
#include "tst_textoverflow.moc"
