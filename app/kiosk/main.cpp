#include "bundledpaths.h"
#include "healthreporter.h"
#include "kioskconfig.h"
#include "kioskservices.h"
#include "logging.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QScreen>
#include <QtQml/QQmlExtensionPlugin>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(ExhibitPlugin)

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();

    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("exhibit-kiosk"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Exhibit Kiosk"));
    QGuiApplication::setApplicationVersion(QStringLiteral(EXHIBIT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Touchscreen museum exhibit kiosk."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(QStringLiteral("config"),
                                          QStringLiteral("Kiosk configuration (default: the bundled kiosk-config/kiosk.ini)."),
                                          QStringLiteral("FILE"), BundledPaths::configFile());
    const QCommandLineOption contentOption(QStringLiteral("content"),
                                           QStringLiteral("Content database (default: [content] database, or the bundled content.db)."),
                                           QStringLiteral("DB"));
    const QCommandLineOption windowedOption(QStringLiteral("windowed"),
                                            QStringLiteral("Run in a window instead of fullscreen (for development)."));
    const QCommandLineOption statusOption(QStringLiteral("status-file"),
                                          QStringLiteral("Write the kiosk's status as JSON to FILE (overrides [health] status_file)."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption startupOption(QStringLiteral("benchmark-startup"),
                                           QStringLiteral("Print 'first-frame-ms N' when the first frame is shown, then exit."));
    parser.addOptions({ configOption, contentOption, windowedOption, statusOption, startupOption });
    parser.process(app);

    KioskConfig config = KioskConfig::load(parser.value(configOption));
    if (parser.isSet(contentOption))
        config.setValue(QStringLiteral("content/database"), QDir::current().absoluteFilePath(parser.value(contentOption)));
    if (parser.isSet(windowedOption))
        config.setValue(QStringLiteral("kiosk/fullscreen"), false);
    if (parser.isSet(statusOption))
        config.setValue(QStringLiteral("health/status_file"), QDir::current().absoluteFilePath(parser.value(statusOption)));

    KioskServices services(config);
    services.loadContent();

    HealthReporter health(&services, nullptr);
    health.setStatusFile(services.config().statusFile());
    health.setMetricsFile(services.config().metricsFile());
    health.setHeartbeat(services.config().heartbeatSeconds() * 1000);
    health.start();

    QQmlApplicationEngine engine;
    services.attachEngine(&engine);
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app,
                     [] { QCoreApplication::exit(EXIT_FAILURE); }, Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Exhibit/qml/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        qCCritical(lcKiosk) << "the user interface could not be loaded";
        return EXIT_FAILURE;
    }

    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (parser.isSet(startupOption)) {
        QObject::connect(window, &QQuickWindow::frameSwapped, &app, [&sinceStart] {
            std::printf("first-frame-ms %lld\n", static_cast<long long>(sinceStart.elapsed()));
            std::fflush(stdout);
            QCoreApplication::quit();
        }, Qt::QueuedConnection);
    }
    if (services.config().fullscreen()) {
        // Without a window manager (cage, a bare X server) nothing resizes a
        // fullscreen window for us, so cover the screen explicitly.
        window->setFlags(window->flags() | Qt::FramelessWindowHint);
        window->setGeometry(window->screen()->geometry());
        window->showFullScreen();
    } else {
        window->show();
    }
    return app.exec();
}
