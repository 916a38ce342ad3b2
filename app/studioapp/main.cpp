// exhibit-studio [DATABASE] [--media FOLDER] [--live DATABASE]: Exhibit Studio, the curators'
// editor, on a working copy of the exhibit's database.

#include "base/workerthread.h"
#include "config/bundledpaths.h"
#include "studioapp/studioservices.h"
#include "studioapp/studiosession.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QTranslator>
#include <QUrl>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(ExhibitPlugin)
Q_IMPORT_QML_PLUGIN(ExhibitStudioPlugin)

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("Exhibit Kiosk"));
    QGuiApplication::setApplicationName(QStringLiteral("Exhibit Studio"));
    QGuiApplication::setApplicationVersion(QStringLiteral(EXHIBIT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Exhibit Studio: edit the exhibit in a working copy of its database, see each change on "
        "the kiosk's own screens, and publish it."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("database"),
                                 QStringLiteral("A working copy to open (optional)."));
    const QCommandLineOption media(QStringLiteral("media"),
                                   QStringLiteral("The media folder the exhibit's paths are "
                                                  "relative to (default: the bundled one)."),
                                   QStringLiteral("folder"), BundledPaths::mediaRoot());
    parser.addOption(media);
    const QCommandLineOption live(QStringLiteral("live"),
                                  QStringLiteral("The live database the working copy is "
                                                 "compared with and published to (remembered "
                                                 "for it)."),
                                  QStringLiteral("database"));
    parser.addOption(live);
    parser.process(app);

    // The studio's own words in the curator's language (LANG): Chinese, or
    // English with its plural forms when the language is any other.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("exhibit-studio"), QStringLiteral("_"),
                        QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral(":/i18n/exhibit-studio_en")))
        QCoreApplication::installTranslator(&translator);

    // The services are the engine's: they go with it, after the interface.
    QQmlApplicationEngine engine;
    auto *services = new StudioServices(
        &engine, QDir::current().absoluteFilePath(parser.value(media)), &engine);
    if (!parser.positionalArguments().isEmpty()
        && services->session()->open(QUrl::fromLocalFile(
            QDir::current().absoluteFilePath(parser.positionalArguments().first())))
        && parser.isSet(live))
        services->session()->setLiveFile(
            QUrl::fromLocalFile(QDir::current().absoluteFilePath(parser.value(live))));

    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        [] { QCoreApplication::exit(EXIT_FAILURE); }, Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/ExhibitStudio/qml/studio/StudioWindow.qml")));
    if (engine.rootObjects().isEmpty())
        return EXIT_FAILURE;
    return WorkerThread::endProcess(QCoreApplication::exec());
}
