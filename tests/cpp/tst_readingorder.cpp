#include "keypad/visiblescene.h"
#include "kiosk/exhibitmodule.h"

#include <QCoreApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

/** What the screen reader reads, and in what order, on layouts like the
 *  kiosk's: a menu of tiles, a chapter with its picture and caption beside
 *  its text, a dialog over a screen. Real Qt Quick scenes, offscreen. */
class TestReadingOrder : public QObject
{
    Q_OBJECT

private:
    // Lays `qml` (an Item filling a 1920×1080 window) out and reads it.
    static QStringList read(const QByteArray &qml)
    {
        QQmlEngine engine;
        ExhibitModule::prepare(&engine); // for the attached Keypad
        QQmlComponent component(&engine);
        component.setData("import QtQuick\nimport QtQuick.Controls.Basic\nimport Exhibit\n" + qml,
                          QUrl());
        QQuickWindow window;
        window.resize(1920, 1080);
        std::unique_ptr<QObject> object(component.create());
        auto *root = qobject_cast<QQuickItem *>(object.get());
        if (!root) {
            qWarning() << component.errors();
            return {};
        }
        root->setParentItem(window.contentItem());
        root->setSize(QSizeF(1920, 1080));
        window.show();
        QCoreApplication::processEvents();
        QStringList said;
        for (const VisibleScene::Readable &readable : VisibleScene::readables(window.contentItem()))
            said << QStringLiteral("%1:%2").arg(
                QLatin1String(readable.kind == VisibleScene::Readable::Control       ? "control"
                                  : readable.kind == VisibleScene::Readable::Picture ? "picture"
                                                                                     : "text"),
                readable.label);
        return said;
    }

private Q_SLOTS:
    void readsInTheOrderTheScreenIsWritten_data()
    {
        QTest::addColumn<QByteArray>("qml");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("a menu: heading, then each tile whole, left to right")
            << QByteArray("Item {\n"
                          "  Text { x: 60; y: 40; text: 'The Song dynasty' }\n"
                          "  Row { x: 60; y: 200; spacing: 20\n"
                          "    Repeater { model: ['Background', 'Causes', 'Battles']\n"
                          "      Button { required property string modelData\n"
                          "        width: 300; height: 400; text: modelData } } }\n"
                          "  Button { x: 60; y: 900; width: 200; height: 90; text: 'Timeline' }\n"
                          "}")
            << QStringList { "text:The Song dynasty", "control:Background", "control:Causes",
                             "control:Battles", "control:Timeline" };
        QTest::newRow("a chapter: the picture and its caption before the text beside them")
            << QByteArray(
                   "Item {\n"
                   "  Item { x: 60; y: 60; width: 800; height: 700\n"
                   "    Rectangle { width: 800; height: 600; color: 'grey'\n"
                   "      Accessible.role: Accessible.Graphic\n"
                   "      Accessible.name: 'A burning gate tower' }\n"
                   "    Text { y: 620; text: 'The walls of Kaifeng' } }\n"
                   "  Column { x: 960; y: 60; width: 900\n"
                   "    Text { text: 'Battles' }\n"
                   "    Flickable { width: 900; height: 500; contentHeight: 900; clip: true\n"
                   "      activeFocusOnTab: true; Accessible.name: 'the text, scroll it'\n"
                   "      Column { Text { text: 'First paragraph.' }\n"
                   "               Text { y: 600; text: 'Second paragraph.' } } } }\n"
                   "}")
            << QStringList { "picture:A burning gate tower", "text:The walls of Kaifeng",
                             "text:Battles", "text:First paragraph.", "text:Second paragraph." };
        QTest::newRow("hidden, empty, undescribed and scrolled-away items are not read")
            << QByteArray("Item {\n"
                          "  Text { text: 'Shown' }\n"
                          "  Text { y: 50; text: 'Hidden'; visible: false }\n"
                          "  Text { y: 100; text: 'Transparent'; opacity: 0 }\n"
                          "  Text { y: 150; text: '' }\n"
                          "  Rectangle { y: 200; width: 100; height: 100 }\n"
                          "  Item { y: 400; width: 200; height: 50; clip: true\n"
                          "    Text { y: 100; text: 'Scrolled away' } }\n"
                          "}")
            << QStringList { "text:Shown" };
        QTest::newRow("a long text: read on past the fold, not into the next page")
            << QByteArray(
                   "ListView { width: 1920; height: 1080; orientation: ListView.Horizontal\n"
                   "  clip: true; model: ['One', 'Two']; cacheBuffer: 3840\n"
                   "  delegate: Item { required property string modelData\n"
                   "    width: 1920; height: 1080\n"
                   "    Flickable { width: 1920; height: 300; contentHeight: 2000; clip: true\n"
                   "      Column { spacing: 400\n"
                   "        Text { text: modelData + ': first' }\n"
                   "        Text { text: modelData + ': below the fold' } } } } }")
            << QStringList { "text:One: first", "text:One: below the fold" };
        QTest::newRow("a dialog open: only the dialog")
            << QByteArray("Item {\n"
                          "  Text { text: 'Under the dialog' }\n"
                          "  Rectangle { anchors.fill: parent; color: 'white'\n"
                          "    Keypad.modal: true\n"
                          "    Text { x: 800; y: 400; text: 'Still there?' }\n"
                          "    Button { x: 800; y: 500; width: 300; height: 90; text: 'Yes' } }\n"
                          "}")
            << QStringList { "text:Still there?", "control:Yes" };
    }

    void readsInTheOrderTheScreenIsWritten()
    {
        QFETCH(QByteArray, qml);
        QFETCH(QStringList, expected);
        QCOMPARE(read(qml), expected);
    }
};

QTEST_MAIN(TestReadingOrder)
#include "tst_readingorder.moc"
