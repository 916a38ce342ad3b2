#include "config/bundledpaths.h"
#include "content/contentpublisher.h"
#include "studioapp/studioservices.h"
#include "studioapp/studiosession.h"

#include <QDir>
#include <QDirIterator>
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
 *  bundled exhibit (EXHIBIT_TEST_CONTENT) and a copy of its media folder,
 *  made afresh for each test file in a folder of its own (files a test
 *  chooses are copied into that media folder, never the source tree's);
 *  recent files go to Qt's test settings. The test sees the folder as
 *  `workingFolder`, the copy as `workingCopy`, the database it was copied
 *  from as `liveDatabase`, a live database published from it once (to
 *  publish to) as `publishedLive`, and the bundled media folder (files to
 *  choose from) as `bundledMedia`. */
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
        const QString media = m_folder.filePath(QStringLiteral("media"));
        const QDir bundled(BundledPaths::mediaRoot());
        QDirIterator files(bundled.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString file = files.next();
            const QString copied = QDir(media).filePath(bundled.relativeFilePath(file));
            QDir().mkpath(QFileInfo(copied).absolutePath());
            QFile::copy(file, copied);
        }
        auto *services = new StudioServices(engine, media, engine);
        services->session()->open(QUrl::fromLocalFile(copy));
        engine->rootContext()->setContextProperty(QStringLiteral("workingFolder"), m_folder.path());
        engine->rootContext()->setContextProperty(QStringLiteral("workingCopy"), copy);
        engine->rootContext()->setContextProperty(QStringLiteral("liveDatabase"),
                                                  qEnvironmentVariable("EXHIBIT_TEST_CONTENT"));
        // A live database of its own, published once, for publishing to: the
        // studio runs this build's exhibit-curator and exhibit-kiosk.
        const QString live = m_folder.filePath(QStringLiteral("live/content.db"));
        QDir().mkpath(QFileInfo(live).absolutePath());
        int version = 0;
        QString error;
        if (!ContentPublisher(live).publish(
                copy, &version, &error, {},
                { QStringLiteral("Curator"), QStringLiteral("First edition") }))
            qFatal("cannot publish %s: %s", qPrintable(live), qPrintable(error));
        services->session()->publisher()->setPrograms(QStringLiteral(EXHIBIT_BUILD_DIR));
        engine->rootContext()->setContextProperty(QStringLiteral("publishedLive"), live);
        engine->rootContext()->setContextProperty(QStringLiteral("bundledMedia"),
                                                  bundled.absolutePath());
    }

private:
    QTemporaryDir m_folder;
};

QUICK_TEST_MAIN_WITH_SETUP(studio_qml, StudioTestSetup)
#include "main.moc"
