#include "kiosk/localonlynetworkaccessmanager.h"
#include "kiosk/localonlynetworkfactory.h"

#include <QImage>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

/** The QML engine's network guard, with a real listener on the loopback: an
 *  image or a styled text's <img> that names a remote address never reaches
 *  it, while local files still load. The same scene under Qt's own manager
 *  does reach it, so a silent listener proves the guard and not a dead test. */
class TestLocalOnlyNetwork : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Shows `qml` in a window of `engine`.
    static std::unique_ptr<QQuickItem> show(QQmlEngine &engine, QQuickWindow &window,
                                            const QString &qml)
    {
        QQmlComponent component(&engine);
        component.setData(qml.toUtf8(), QUrl::fromLocalFile(QStringLiteral("/scene.qml")));
        std::unique_ptr<QQuickItem> root(qobject_cast<QQuickItem *>(component.create()));
        if (!root)
            qWarning() << component.errors();
        else
            root->setParentItem(window.contentItem());
        window.resize(400, 300);
        window.show();
        return root;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(
            QImage(8, 8, QImage::Format_RGB32).save(m_dir.filePath(QStringLiteral("local.png"))));
    }

    void remoteAddresses_data()
    {
        // REMOTE is a listener's address, new for each run: Qt caches images
        // and fonts by address, for every engine in the process.
        QTest::addColumn<QString>("qml");
        QTest::newRow("image") << QStringLiteral("Image { source: 'REMOTE/t.png' }");
        QTest::newRow("the same image twice")
            << QStringLiteral("Item { Image { source: 'REMOTE/t.png' } "
                              "Image { source: 'REMOTE/t.png' } }");
        QTest::newRow("styled text")
            << QStringLiteral("Text { textFormat: Text.StyledText; "
                              "text: 'Background<img src=\"REMOTE/s.png\">' }");
        QTest::newRow("font") << QStringLiteral("FontLoader { source: 'REMOTE/f.ttf' }");
    }

    void remoteAddresses()
    {
        QFETCH(QString, qml);
        for (const bool guarded : { false, true }) {
            QTcpServer listener;
            QVERIFY(listener.listen(QHostAddress::LocalHost));
            QSignalSpy connections(&listener, &QTcpServer::newConnection);
            LocalOnlyNetworkFactory factory;
            QQmlEngine engine;
            if (guarded)
                engine.setNetworkAccessManagerFactory(&factory);
            QQuickWindow window;
            const QString remote = QStringLiteral("http://127.0.0.1:%1").arg(listener.serverPort());
            const auto root = show(engine, window,
                                   QStringLiteral("import QtQuick\nItem { %1 }")
                                       .arg(QString(qml).replace(QLatin1String("REMOTE"), remote)));
            QVERIFY(root);
            if (!guarded) {
                // Qt's own manager asks the listener: the scene does go out.
                QTRY_VERIFY_WITH_TIMEOUT(connections.count() > 0, 5000);
                continue;
            }
            QTRY_COMPARE_WITH_TIMEOUT(factory.refusedCount(), 1, 5000);
            QTest::qWait(500); // time enough for a request that got past the guard
            QCOMPARE(connections.count(), 0);
        }
    }

    void localFilesLoad()
    {
        LocalOnlyNetworkFactory factory;
        QQmlEngine engine;
        engine.setNetworkAccessManagerFactory(&factory);
        QQuickWindow window;
        const QString source
            = QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("local.png"))).toString();
        const auto root
            = show(engine, window,
                   QStringLiteral("import QtQuick\nImage { asynchronous: true; source: '%1' }")
                       .arg(source));
        QVERIFY(root);
        QTRY_COMPARE(root->property("status").toInt(), 1); // Image.Ready
        QCOMPARE(factory.refusedCount(), 0);
    }

    void isLocal_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("local");
        QTest::newRow("file") << "file:///usr/share/x.png" << true;
        QTest::newRow("qrc") << "qrc:/qt/qml/Exhibit/qml/Main.qml" << true;
        QTest::newRow("http") << "http://example.org/x.png" << false;
        QTest::newRow("https") << "https://example.org/x.png" << false;
        QTest::newRow("ftp") << "ftp://example.org/x.png" << false;
        QTest::newRow("no scheme") << "//example.org/x.png" << false;
    }

    void isLocal()
    {
        QFETCH(QString, url);
        QFETCH(bool, local);
        QCOMPARE(LocalOnlyNetworkAccessManager::isLocal(QUrl(url)), local);
    }
};

QTEST_MAIN(TestLocalOnlyNetwork)
#include "tst_localonlynetwork.moc"
