#include "config/kioskconfig.h"
#include "controllers/accessibilitycontroller.h"
#include "controllers/languagecontroller.h"
#include "controllers/navigationcontroller.h"
#include "curator/curatorcommands.h"
#include "kiosk/kioskservices.h"
#include "models/contentstore.h"
#include "testhelpers.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QThreadPool>

/** Each QML engine has its own kiosk: the singletons QML sees are the
 *  engine's, so two engines in one process (a curator's previews beside the
 *  studio's editor, say) show two databases and two visits. */
class TestEngineServices : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    [[nodiscard]] QString minimalDatabase() const
    {
        const QString db = m_dir.filePath(QStringLiteral("minimal.db"));
        QString out, err;
        QTextStream o(&out), e(&err);
        CuratorCommands commands(o, e);
        if (QFile::exists(db))
            return db;
        const int code
            = commands.run({ QStringLiteral("import"), db,
                             TestHelpers::dataFile(QStringLiteral("minimal-exhibit.json")) });
        if (code != 0)
            qWarning().noquote() << err;
        return code == 0 ? db : QString();
    }

    static KioskConfig configFor(const QString &database)
    {
        KioskConfig config = KioskConfig::defaults();
        config.setValue(ConfigKey::ContentDatabase, database);
        config.setValue(ConfigKey::NarrationAutoplay, false);
        config.setValue(ConfigKey::SpokenLabels, false);
        return config;
    }

    // One kiosk: an engine and its services, with `database` loaded.
    struct Kiosk
    {
        explicit Kiosk(const QString &database)
            : services(configFor(database), &engine)
        {
            services.loadContent();
        }
        QQmlEngine engine;
        KioskServices services; // made after the engine, gone before it
    };

    static QString bundledDatabase()
    {
        return TestHelpers::buildFile(QStringLiteral("content/content.db"));
    }

    // What QML in `engine` reads from the module's singletons.
    static QVariantMap seenFromQml(QQmlEngine *engine)
    {
        QQmlComponent component(engine);
        component.setData("import QtQml\nimport Exhibit\nQtObject {\n"
                          "    property string subtitle: ContentStore.subtitle\n"
                          "    property string language: LanguageController.language\n"
                          "    property int screen: NavigationController.screen\n"
                          "}\n",
                          QUrl(QStringLiteral("qrc:/seen.qml")));
        std::unique_ptr<QObject> object(component.create());
        if (!object)
            return { { QStringLiteral("error"), component.errorString() } };
        QVariantMap seen;
        for (const char *name : { "subtitle", "language", "screen" })
            seen.insert(QLatin1String(name), object->property(name));
        return seen;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void twoEnginesShowTwoDatabases()
    {
        const QString minimal = minimalDatabase();
        QVERIFY(!minimal.isEmpty());
        Kiosk first(bundledDatabase());
        Kiosk second(minimal);
        KioskServices &bundled = first.services;
        KioskServices &small = second.services;

        QCOMPARE(bundled.content()->status(), ContentStore::Ready);
        QCOMPARE(small.content()->status(), ContentStore::Ready);
        QVERIFY(bundled.content() != small.content());

        const QVariantMap seenFirst = seenFromQml(&first.engine);
        const QVariantMap seenSecond = seenFromQml(&second.engine);
        QVERIFY2(!seenFirst.contains(QStringLiteral("error")),
                 qPrintable(seenFirst.value(QStringLiteral("error")).toString()));
        QVERIFY2(!seenSecond.contains(QStringLiteral("error")),
                 qPrintable(seenSecond.value(QStringLiteral("error")).toString()));
        QCOMPARE(seenFirst.value(QStringLiteral("subtitle")).toString(),
                 bundled.content()->subtitle());
        QCOMPARE(seenSecond.value(QStringLiteral("subtitle")).toString(),
                 QStringLiteral("A test exhibit"));
        QVERIFY(seenFirst.value(QStringLiteral("subtitle"))
                != seenSecond.value(QStringLiteral("subtitle")));
        QVERIFY(bundled.content()->chapters()->rowCount()
                != small.content()->chapters()->rowCount());
    }

    void aVisitInOneEngineLeavesTheOtherAlone()
    {
        const QString minimal = minimalDatabase();
        QVERIFY(!minimal.isEmpty());
        Kiosk oneKiosk(bundledDatabase());
        Kiosk otherKiosk(minimal);
        KioskServices &one = oneKiosk.services;
        QQmlEngine &oneEngine = oneKiosk.engine;
        QQmlEngine &otherEngine = otherKiosk.engine;

        one.navigation()->begin();
        one.language()->setLanguage(QStringLiteral("zh"));
        QCOMPARE(seenFromQml(&oneEngine).value(QStringLiteral("language")).toString(),
                 QStringLiteral("zh"));
        QCOMPARE(seenFromQml(&oneEngine).value(QStringLiteral("screen")).toInt(),
                 int(NavigationController::MenuScreen));
        QCOMPARE(seenFromQml(&otherEngine).value(QStringLiteral("language")).toString(),
                 QStringLiteral("en"));
        QCOMPARE(seenFromQml(&otherEngine).value(QStringLiteral("screen")).toInt(),
                 int(NavigationController::AttractScreen));
    }

    // Two choices a visitor makes before any visit: each begins one.
    void choicesOnTheAttractScreenBeginTheVisit()
    {
        Kiosk kiosk(bundledDatabase());
        KioskServices &services = kiosk.services;
        services.language()->beginVisitIn(QStringLiteral("zh"));
        QCOMPARE(services.navigation()->screen(), NavigationController::MenuScreen);
        QCOMPARE(services.language()->language(), QStringLiteral("zh"));

        services.navigation()->reset();
        services.accessibility()->requestHelp(); // the keypad's help key
        QVERIFY(services.navigation()->isVisiting());
        QVERIFY(services.accessibility()->helpOpen());

        // Closed: no visit, so no help over the closed screen.
        services.navigation()->reset();
        services.navigation()->setOpen(false);
        services.accessibility()->requestHelp();
        QVERIFY(!services.navigation()->isVisiting());
        QVERIFY(!services.accessibility()->helpOpen());
    }

    // Between visitors (once the kiosk has rested a moment), Qt's raster engine
    // paints the attract screen with one helper thread; a visit has one a core again.
    void theKioskRestsQtsPoolBetweenVisitors()
    {
        QThreadPool *pool = QThreadPool::globalInstance();
        Kiosk kiosk(bundledDatabase());
        NavigationController *navigation = kiosk.services.navigation();
        QCOMPARE(navigation->screen(), NavigationController::AttractScreen);
        QCOMPARE(pool->maxThreadCount(), QThread::idealThreadCount()); // its first frames
        QTRY_COMPARE(pool->maxThreadCount(), 1);
        navigation->begin();
        QCOMPARE(pool->maxThreadCount(), QThread::idealThreadCount());
        navigation->reset();
        QTRY_COMPARE(pool->maxThreadCount(), 1);
        navigation->setOpen(false);
        QCOMPARE(pool->maxThreadCount(), 1);
    }

    void theServicesMayBeTheEnginesChild()
    {
        // As the kiosk and the QML tests hold them: made with the engine, gone with it.
        auto *engine = new QQmlEngine;
        QPointer<KioskServices> services
            = new KioskServices(configFor(bundledDatabase()), engine, engine);
        services->loadContent();
        services->navigation()->begin();
        QCOMPARE(seenFromQml(engine).value(QStringLiteral("screen")).toInt(),
                 int(NavigationController::MenuScreen));
        delete engine;
        QVERIFY(services.isNull());
    }
};

QTEST_MAIN(TestEngineServices)
#include "tst_engineservices.moc"
