#include "config/kioskconfig.h"
#include "kiosk/kioskservices.h"

#include <QQmlEngine>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(ExhibitPlugin)

/** Builds the kiosk's services exactly as main() does, so the QML under test
 *  runs against the real content database, media and controllers. The
 *  environment variables EXHIBIT_TEST_CONFIG, EXHIBIT_TEST_CONTENT and
 *  EXHIBIT_TEST_MEDIA point a test at another kiosk.ini, database or media. */
class KioskTestSetup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        KioskConfig config = qEnvironmentVariableIsSet("EXHIBIT_TEST_CONFIG")
            ? KioskConfig::load(qEnvironmentVariable("EXHIBIT_TEST_CONFIG"))
            : KioskConfig::defaults();
        if (qEnvironmentVariableIsSet("EXHIBIT_TEST_CONTENT"))
            config.setValue(ConfigKey::ContentDatabase,
                            qEnvironmentVariable("EXHIBIT_TEST_CONTENT"));
        if (qEnvironmentVariableIsSet("EXHIBIT_TEST_MEDIA"))
            config.setValue(ConfigKey::MediaRoot, qEnvironmentVariable("EXHIBIT_TEST_MEDIA"));
        // The engine's own services, gone with it.
        auto *services = new KioskServices(config, engine, engine);
        services->loadContent();
    }
};

QUICK_TEST_MAIN_WITH_SETUP(kiosk_qml, KioskTestSetup)
#include "main.moc"
