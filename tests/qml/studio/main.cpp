#include "config/bundledpaths.h"
#include "studioapp/studioservices.h"
#include "studioapp/studiosession.h"

#include <QFile>
#include <QQmlContext>
#include <QQmlEngine>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(ExhibitPlugin)
Q_IMPORT_QML_PLUGIN(ExhibitStudioPlugin)

/** Exhibit Studio's services as main() builds them, on a working copy of the
 *  bundled exhibit (EXHIBIT_TEST_CONTENT) made afresh for each test file in
 *  a folder of its own; recent files go to Qt's test settings. The test
 *  sees the folder as `workingFolder` and the copy as `workingCopy`. */
class StudioTestSetup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable() { QStandardPaths::setTestModeEnabled(true); }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        const QString copy = m_folder.filePath(QStringLiteral("working.db"));
        QFile::copy(qEnvironmentVariable("EXHIBIT_TEST_CONTENT"), copy);
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        auto *services = new StudioServices(engine, BundledPaths::mediaRoot(), engine);
        services->session()->open(QUrl::fromLocalFile(copy));
        engine->rootContext()->setContextProperty(QStringLiteral("workingFolder"), m_folder.path());
        engine->rootContext()->setContextProperty(QStringLiteral("workingCopy"), copy);
    }

private:
    QTemporaryDir m_folder;
};

QUICK_TEST_MAIN_WITH_SETUP(studio_qml, StudioTestSetup)
#include "main.moc"
