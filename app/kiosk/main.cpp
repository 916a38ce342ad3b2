#include "admincontroller.h"
#include "bundledpaths.h"
#include "healthreporter.h"
#include "kioskcommands.h"
#include "kioskconfig.h"
#include "kioskservices.h"
#include "lockdown.h"
#include "logging.h"
#include "problemlog.h"
#include "systemdnotifier.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTextStream>
#include <QtQml/QQmlExtensionPlugin>

#include <cstdio>
#include <cstring>
#include <unistd.h>

Q_IMPORT_QML_PLUGIN(ExhibitPlugin)

namespace {

struct Options
{
    QCommandLineOption config { QStringLiteral("config"),
                                QStringLiteral("Kiosk configuration (default: the bundled kiosk-config/kiosk.ini)."),
                                QStringLiteral("FILE"), BundledPaths::configFile() };
    QCommandLineOption content { QStringLiteral("content"),
                                 QStringLiteral("Content database (default: [content] database, or the bundled content.db)."),
                                 QStringLiteral("DB") };
    QCommandLineOption windowed { QStringLiteral("windowed"),
                                  QStringLiteral("Run in a window, without kiosk lockdown (for development).") };
    QCommandLineOption statusFile { QStringLiteral("status-file"),
                                    QStringLiteral("Write the kiosk's status as JSON to FILE (overrides [health] status_file)."),
                                    QStringLiteral("FILE") };
    QCommandLineOption benchmarkStartup { QStringLiteral("benchmark-startup"),
                                          QStringLiteral("Print 'first-frame-ms N' when the first frame is shown, then exit.") };
    QCommandLineOption hashPin { QStringLiteral("hash-pin"),
                                 QStringLiteral("Read a staff PIN from standard input and print the kiosk.ini line that stores "
                                                "its salted hash.") };
    QCommandLineOption checkConfig { QStringLiteral("check-config"),
                                     QStringLiteral("Check the configuration (--config) and the content and media it points "
                                                    "to; print each problem; exit 1 if there are any.") };

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(QStringLiteral("Touchscreen museum exhibit kiosk."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({ config, content, windowed, statusFile, benchmarkStartup, hashPin, checkConfig });
    }
};

void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("exhibit-kiosk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EXHIBIT_VERSION));
}

// The technician's tools need no screen: they run without a GUI application,
// so they work over ssh and before a display exists.
bool isToolInvocation(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--hash-pin") == 0 || std::strcmp(argv[i], "--check-config") == 0)
            return true;
    }
    return false;
}

int runTool(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationNames();
    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    parser.process(app);
    QTextStream in(stdin);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.isSet(options.hashPin))
        return KioskCommands::hashPin(in, out, err, ::isatty(STDIN_FILENO));
    return KioskCommands::checkConfig(parser.value(options.config), out);
}

int runKiosk(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();

    QGuiApplication app(argc, argv);
    setApplicationNames();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Exhibit Kiosk"));
    const ProblemLog problems; // first, so the admin panel sees every warning

    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    parser.process(app);

    KioskConfig config = KioskConfig::load(parser.value(options.config));
    if (parser.isSet(options.content))
        config.setValue(QStringLiteral("content/database"), QDir::current().absoluteFilePath(parser.value(options.content)));
    if (parser.isSet(options.windowed))
        config.setValue(QStringLiteral("kiosk/fullscreen"), false);
    if (parser.isSet(options.statusFile))
        config.setValue(QStringLiteral("health/status_file"), QDir::current().absoluteFilePath(parser.value(options.statusFile)));

    KioskServices services(config);
    services.loadContent();
    QObject::connect(services.admin(), &AdminController::quitRequested, &app, &QCoreApplication::exit, Qt::QueuedConnection);

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
    SystemdNotifier systemd;
    QObject::connect(window, &QQuickWindow::frameSwapped, &app, [&systemd, &sinceStart, &parser, &options] {
        if (parser.isSet(options.benchmarkStartup)) {
            std::printf("first-frame-ms %lld\n", static_cast<long long>(sinceStart.elapsed()));
            std::fflush(stdout);
            QCoreApplication::exit(0); // not quit(): that asks the windows, and the kiosk window refuses
        }
        systemd.notifyReady();
        systemd.setStatus(QStringLiteral("showing the exhibit"));
    }, Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
    systemd.startWatchdog();

    Lockdown lockdown;
    if (services.config().fullscreen())
        lockdown.apply(window, services.config().hideCursor());
    else
        window->show();

    const int exitCode = app.exec();
    systemd.notifyStopping();
    return exitCode;
}

} // namespace

int main(int argc, char *argv[])
{
    if (isToolInvocation(argc, argv))
        return runTool(argc, argv);
    const int exitCode = runKiosk(argc, argv);
    if (exitCode == AdminController::restartExitCode && !qEnvironmentVariableIsSet("INVOCATION_ID")) {
        // Staff asked for a restart and no service manager will do it: start
        // afresh in this process, with the same arguments, once Qt is gone.
        // By its real path, not /proc/self/exe, so it keeps its name in ps and pgrep.
        char self[4096] = {};
        if (::readlink("/proc/self/exe", self, sizeof self - 1) > 0)
            ::execv(self, argv);
        std::perror("exhibit-kiosk: restart failed");
    }
    return exitCode;
}
