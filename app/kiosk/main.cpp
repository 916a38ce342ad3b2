#include "base/problemlog.h"
#include "base/workerthread.h"
#include "config/bundledpaths.h"
#include "config/kioskconfig.h"
#include "keypad/labelspeaker.h"
#include "kiosk/healthreporter.h"
#include "kiosk/kioskcommands.h"
#include "kiosk/kioskservices.h"
#include "kiosk/lockdown.h"
#include "kiosk/logging.h"
#include "kiosk/memorytuning.h"
#include "kiosk/previewrenderer.h"
#include "kiosk/quietrestart.h"
#include "kiosk/sessionrelay.h"
#include "kiosk/startupbenchmark.h"
#include "kiosk/stopsignals.h"
#include "kiosk/systemdnotifier.h"
#include "models/chaptermodel.h"
#include "models/contentstore.h"
#include "staff/admincontroller.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickWindow>
#include <QScreen>
#include <QTextStream>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

Q_IMPORT_QML_PLUGIN(ExhibitPlugin)

namespace {

struct Options
{
    QCommandLineOption config {
        QStringLiteral("config"),
        QStringLiteral("Kiosk configuration (default: the bundled kiosk-config/kiosk.ini)."),
        QStringLiteral("FILE"), BundledPaths::configFile()
    };
    QCommandLineOption content {
        QStringLiteral("content"),
        QStringLiteral(
            "Content database (default: [content] database, or the bundled content.db)."),
        QStringLiteral("DB")
    };
    QCommandLineOption media {
        QStringLiteral("media"),
        QStringLiteral(
            "Media folder the content's paths are relative to (default: [content] media_root)."),
        QStringLiteral("DIR")
    };
    QCommandLineOption windowed {
        QStringLiteral("windowed"),
        QStringLiteral("Run in a window, without kiosk lockdown (for development).")
    };
    QCommandLineOption statusFile {
        QStringLiteral("status-file"),
        QStringLiteral(
            "Write the kiosk's status as JSON to FILE (overrides [health] status_file)."),
        QStringLiteral("FILE")
    };
    QCommandLineOption benchmarkStartup {
        QStringLiteral("benchmark-startup"),
        QStringLiteral("Print 'first-frame-ms N' when the first frame is shown and "
                       "'screens-ready-ms N' when every screen is made, then exit.")
    };
    QCommandLineOption hashPin {
        QStringLiteral("hash-pin"),
        QStringLiteral(
            "Read a staff PIN from standard input and print the kiosk.ini line that stores "
            "its salted hash.")
    };
    QCommandLineOption checkConfig {
        QStringLiteral("check-config"),
        QStringLiteral("Check the configuration (--config) and the content and media it points "
                       "to; print each problem; exit 1 if there are any.")
    };

    QCommandLineOption renderPreviews {
        QStringLiteral("render-previews"),
        QStringLiteral("Render every screen in every language, both orientations and both "
                       "text sizes to PNG files in DIR with an index.html, offscreen; "
                       "report every text that does not show whole; exit 1 if any."),
        QStringLiteral("DIR")
    };

    QCommandLineOption screens {
        QStringLiteral("screens"),
        QStringLiteral("With --render-previews: only these screens, named as the index names "
                       "them, separated by commas (\"menu,language chooser,chapter battles\")."),
        QStringLiteral("LIST")
    };

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(QStringLiteral("Touchscreen museum exhibit kiosk."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({ config, content, media, windowed, statusFile, benchmarkStartup, hashPin,
                            checkConfig, renderPreviews, screens });
    }
};

// Names the application (for --version and the logs) and reads the command
// line; --help and --version print and exit here.
void processCommandLine(QCoreApplication &app, QCommandLineParser &parser, const Options &options)
{
    QCoreApplication::setApplicationName(QStringLiteral("exhibit-kiosk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EXHIBIT_VERSION));
    options.addTo(parser);
    parser.process(app);
}

// Whether `--name` is on the command line, alone or as `--name=VALUE`.
bool hasArgument(int argc, char *argv[], const char *name)
{
    const size_t length = std::strlen(name);
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], name, length) == 0
            && (argv[i][length] == '\0' || argv[i][length] == '='))
            return true;
    }
    return false;
}

// The technician's tools (and --help, --version) need no screen: they run
// without a GUI application, so they work over ssh and before a display exists.
bool isToolInvocation(int argc, char *argv[])
{
    for (const char *name :
         { "--hash-pin", "--check-config", "--help", "-h", "--help-all", "--version", "-v" }) {
        if (hasArgument(argc, argv, name))
            return true;
    }
    return false;
}

KioskConfig configFromOptions(const QCommandLineParser &parser, const Options &options)
{
    KioskConfig config = KioskConfig::load(parser.value(options.config));
    if (parser.isSet(options.content))
        config.setValue(ConfigKey::ContentDatabase,
                        QDir::current().absoluteFilePath(parser.value(options.content)));
    if (parser.isSet(options.media))
        config.setValue(ConfigKey::MediaRoot,
                        QDir::current().absoluteFilePath(parser.value(options.media)));
    return config;
}

// Curators' previews: offscreen and with the software renderer unless told
// otherwise, so they need no display and look the same on every machine.
int runPreviews(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!qEnvironmentVariableIsSet("QT_QUICK_BACKEND"))
        qputenv("QT_QUICK_BACKEND", "software");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const Options options;
    processCommandLine(app, parser, options);
    QTextStream out(stdout);

    KioskConfig config = configFromOptions(parser, options);
    config.setValue(ConfigKey::NarrationAutoplay, false); // previews are silent
    config.setValue(ConfigKey::SpokenLabels, false);
    QQmlEngine engine;
    KioskServices services(config, &engine);
    services.loadContent();
    if (services.content()->chapters()->rowCount() == 0) {
        out << "exhibit-kiosk --render-previews: no content to preview in "
            << services.config().contentDatabase() << ": " << services.content()->statusMessage()
            << Qt::endl;
        return 2;
    }
    PreviewRenderer renderer(&services, &engine);
    if (parser.isSet(options.screens)) {
        const QStringList unknown = renderer.only(
            parser.value(options.screens).split(QLatin1Char(','), Qt::SkipEmptyParts));
        if (!unknown.isEmpty()) {
            out << "exhibit-kiosk --screens: no screen named '"
                << unknown.join(QStringLiteral("', '"))
                << "' (the screens: " << renderer.screenNames().join(QStringLiteral(", ")) << ')'
                << Qt::endl;
            return 2;
        }
    }
    const QString folder = QDir::current().absoluteFilePath(parser.value(options.renderPreviews));
    if (!renderer.render(folder, out))
        return 2;
    const int problems = renderer.problemCount();
    out << renderer.shots().size() << " screens in "
        << QDir(folder).filePath(QStringLiteral("index.html")) << "; "
        << (problems == 0 ? QStringLiteral("every text shows whole and legible, every control "
                                           "is in reach and named, every picture described")
                          : QStringLiteral("%1 problems").arg(problems))
        << Qt::endl;
    return problems == 0 ? 0 : 1;
}

int runTool(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const Options options;
    processCommandLine(app, parser, options);
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
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Exhibit Kiosk"));
    const ProblemLog problems; // first, so the admin panel sees every warning

    QCommandLineParser parser;
    const Options options;
    processCommandLine(app, parser, options);

    KioskConfig config = configFromOptions(parser, options);
    if (parser.isSet(options.windowed))
        config.setValue(ConfigKey::Fullscreen, false);
    if (parser.isSet(options.statusFile))
        config.setValue(ConfigKey::StatusFile,
                        QDir::current().absoluteFilePath(parser.value(options.statusFile)));

    // The services are the engine's: they go with it, after the interface.
    QQmlApplicationEngine engine;
    auto *services = new KioskServices(config, &engine, &engine);
    // The interface's types are loaded and compiled on the engine's own thread
    // while the content is read on another (bench/first-frame.sh).
    const QUrl interface(QStringLiteral("qrc:/qt/qml/Exhibit/qml/Main.qml"));
    const QQmlComponent typesLoading(&engine, interface, QQmlComponent::Asynchronous);
    services->loadContent();
    QObject::connect(services->admin(), &AdminController::quitRequested, &app,
                     &QCoreApplication::exit, Qt::QueuedConnection);
    QObject::connect(
        services->quietRestart(), &QuietRestart::restartDue, &app,
        [] { QCoreApplication::exit(AdminController::restartExitCode); }, Qt::QueuedConnection);

    services->health()->start();

    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        [] { QCoreApplication::exit(EXIT_FAILURE); }, Qt::QueuedConnection);
    // Made at the size it will show at: the interface's sizes follow the
    // window's (Theme.scale), and a window made at another size and then
    // made fullscreen lays out every text twice, loading each font at both.
    if (const QScreen *screen = QGuiApplication::primaryScreen();
        services->config().fullscreen() && screen && !screen->size().isEmpty()) {
        engine.setInitialProperties({ { QStringLiteral("width"), screen->size().width() },
                                      { QStringLiteral("height"), screen->size().height() } });
    }
    engine.load(interface);
    if (engine.rootObjects().isEmpty()) {
        qCCritical(lcKiosk) << "the user interface could not be loaded";
        return EXIT_FAILURE;
    }

    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    SystemdNotifier systemd;
    if (parser.isSet(options.benchmarkStartup))
        new StartupBenchmark(sinceStart, window, &app);
    QObject::connect(
        window, &QQuickWindow::frameSwapped, &app,
        [&systemd, services] {
            systemd.notifyReady();
            systemd.setStatus(QStringLiteral("showing the exhibit"));
            // Spoken labels ready before the first key press rather than started
            // by it (seconds, on a thread of their own); not in the first
            // seconds, which a --benchmark-startup run ends within.
            QTimer::singleShot(5000, services->speaker(), &LabelSpeaker::prepare);
        },
        Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
    systemd.startWatchdog();

    // systemd stopping the service (or Ctrl+C): stop as staff exit does, so
    // the visit in progress is recorded and every file closed.
    StopSignals stopSignals;
    QObject::connect(&stopSignals, &StopSignals::stopRequested, &app,
                     [] { QCoreApplication::exit(0); });

    Lockdown lockdown;
    if (services->config().fullscreen())
        lockdown.apply(window, services->config().hideCursor());
    else
        window->show();

    const int exitCode = app.exec();
    systemd.notifyStopping();
    return exitCode;
}

} // namespace

int main(int argc, char *argv[])
{
    // The session launcher's last step (kiosk-config/exhibit-kiosk-session):
    // before any option parsing, as what follows is another program's command line.
    if (argc >= 4 && std::strcmp(argv[1], "--session-relay") == 0) {
        int appArgc = 1;
        QCoreApplication app(appArgc, argv);
        QStringList command;
        for (int i = 3; i < argc; ++i)
            command.append(QString::fromLocal8Bit(argv[i]));
        return SessionRelay::run(QString::fromLocal8Bit(argv[2]), command);
    }
    MemoryTuning::apply();
    if (isToolInvocation(argc, argv))
        return runTool(argc, argv);
    if (hasArgument(argc, argv, "--render-previews"))
        return runPreviews(argc, argv);
    const int exitCode = runKiosk(argc, argv);
    if (exitCode == AdminController::restartExitCode
        && !qEnvironmentVariableIsSet("INVOCATION_ID")) {
        // Staff asked for a restart and no service manager will do it: start
        // afresh in this process, with the same arguments, once Qt is gone.
        // By its real path, not /proc/self/exe, so it keeps its name in ps and pgrep.
        char self[4096] = {};
        if (::readlink("/proc/self/exe", self, sizeof self - 1) > 0)
            ::execv(self, argv);
        std::perror("exhibit-kiosk: restart failed");
    }
    return WorkerThread::endProcess(exitCode);
}
