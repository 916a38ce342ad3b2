#include "benchkiosk.h"
#include "benchmodes.h"
#include "config/bundledpaths.h"
#include "config/kioskconfig.h"
#include "kiosk/memorytuning.h"
#include "warningcount.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

/* exhibit-bench MODE: the measurements behind bench/*.sh (see
 * docs/PERFORMANCE.md). Prints "key value" lines; exit 1 if a step failed or,
 * for the soaks, if anything was logged as a warning. */

int main(int argc, char *argv[])
{
    MemoryTuning::apply(); // as the kiosk runs
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("exhibit-bench"));
    WarningCount::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Exhibit Kiosk benchmarks and soaks: taps, visits, idle-resets, idle-cpu."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("mode"),
        QStringLiteral("taps | visits | idle-resets | switches | narration-cycles | idle-cpu"));
    const QCommandLineOption count { QStringLiteral("count"),
                                     QStringLiteral("Taps, visits or resets (default 200)."),
                                     QStringLiteral("N"), QStringLiteral("200") };
    const QCommandLineOption seconds { QStringLiteral("seconds"),
                                       QStringLiteral("idle-cpu: how long (default 60)."),
                                       QStringLiteral("S"), QStringLiteral("60") };
    const QCommandLineOption config {
        QStringLiteral("config"), QStringLiteral("Kiosk configuration (default: the bundled one)."),
        QStringLiteral("FILE"), BundledPaths::configFile()
    };
    const QCommandLineOption content { QStringLiteral("content"),
                                       QStringLiteral("Content database."), QStringLiteral("DB") };
    const QCommandLineOption portrait { QStringLiteral("portrait"),
                                        QStringLiteral("A 1080x1920 screen (default 1920x1080).") };
    const QCommandLineOption firstVisit {
        QStringLiteral("first-visit"),
        QStringLiteral("visits: number the visits from N (a run restarted part way)."),
        QStringLiteral("N"), QStringLiteral("1")
    };
    const QCommandLineOption quietRestart {
        QStringLiteral("quiet-restart"),
        QStringLiteral("visits: when the kiosk asks for a restart, leave it quiet for S seconds "
                       "after the visit, as a gallery would, and exit with status 11 when it "
                       "restarts (bench/memory.sh starts it again)."),
        QStringLiteral("S")
    };
    parser.addOptions({ count, seconds, config, content, portrait, firstVisit, quietRestart });
    parser.process(app);
    const QString mode = parser.positionalArguments().value(0);
    QTextStream out(stdout);
    QTextStream err(stderr);
    // A number the run would silently misread (0 taps, a negative wait) is refused, naming the
    // option.
    const auto positive = [&parser, &err](const QCommandLineOption &option) {
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value <= 0)
            err << "exhibit-bench: --" << option.names().constFirst() << ": '"
                << parser.value(option) << "' is not a positive whole number" << Qt::endl;
        return ok && value > 0 ? value : 0;
    };
    const int n = positive(count);
    const int runSeconds = positive(seconds);
    const int first = positive(firstVisit);
    const int quietSeconds = parser.isSet(quietRestart) ? positive(quietRestart) : -1;
    if (n == 0 || runSeconds == 0 || first == 0 || quietSeconds == 0)
        return 2;

    KioskConfig kioskConfig = KioskConfig::load(parser.value(config));
    if (parser.isSet(content))
        kioskConfig.setValue(ConfigKey::ContentDatabase,
                             QDir::current().absoluteFilePath(parser.value(content)));
    // Visits are recorded as in the gallery, into a database of the run's own.
    QTemporaryDir state;
    kioskConfig.setValue(ConfigKey::AnalyticsDatabase,
                         state.filePath(QStringLiteral("analytics.db")));

    BenchKiosk kiosk(kioskConfig, parser.isSet(portrait) ? QSize(1080, 1920) : QSize(1920, 1080));
    if (!kiosk.isReady()) {
        out << "error the kiosk's interface did not load" << Qt::endl;
        return 2;
    }
    out << "renderer " << kiosk.renderer() << Qt::endl;
    int result = 2;
    if (mode == QLatin1String("taps"))
        result = BenchModes::tapLatency(kiosk, n, out);
    else if (mode == QLatin1String("visits"))
        result = BenchModes::visits(kiosk, first, n, quietSeconds, out);
    else if (mode == QLatin1String("idle-resets"))
        result = BenchModes::idleResets(kiosk, n, out);
    else if (mode == QLatin1String("switches"))
        result = BenchModes::narrationSwitches(kiosk, n, out);
    else if (mode == QLatin1String("narration-cycles"))
        result = BenchModes::narrationCycles(kiosk, n, out);
    else if (mode == QLatin1String("idle-cpu"))
        result = BenchModes::idleCpu(kiosk, runSeconds, out);
    else
        parser.showHelp(2);
    out << "warnings " << WarningCount::count() << Qt::endl;
    const bool soak = mode != QLatin1String("taps") && mode != QLatin1String("idle-cpu");
    return result != 0 ? result : (soak && WarningCount::count() > 0 ? 1 : 0);
}
