// bench-bare-window: the floor for the kiosk's start (bench/first-frame.sh).
// The least a Qt Quick application can be and show what a chapter shows: a
// window with a title and four paragraphs, from QML, with the same Qt and the
// same renderer. It prints what `exhibit-kiosk --benchmark-startup` prints
// for its first frame, then exits.
#include <QDateTime>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

#include <cstdio>
#include <sys/resource.h>

namespace {

const char *const windowQml = R"(
import QtQuick
Window {
    width: 1920; height: 1080; visible: true; color: "#f4ecdc"
    Column {
        x: 160; y: 120; width: parent.width - 320; spacing: 28
        Text { text: "Causes"; font.pixelSize: 72; font.family: "Noto Serif" }
        Repeater {
            model: 4
            Text {
                width: parent.width; wrapMode: Text.WordWrap
                font.pixelSize: 30; font.family: "Noto Serif"; lineHeight: 1.3
                text: "Song had bought peace with the Liao for a century with silver and "
                    + "silk. When the Jurchen rose against the Liao in 1115, Song saw a chance "
                    + "to win back the Sixteen Prefectures and allied with them by sea; its "
                    + "own armies failed, and the Jin saw how weak it was."
            }
        }
    }
}
)";

void print(const char *name, long long value) { std::printf("%s %lld\n", name, value); }

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QGuiApplication app(argc, argv);
    QQmlApplicationEngine engine;
    engine.loadData(windowQml);
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window)
        return 1;
    QObject::connect(
        window, &QQuickWindow::frameSwapped, &app,
        [&sinceStart] {
            print("first-frame-ms", sinceStart.elapsed());
            print("first-frame-epoch-ms", QDateTime::currentMSecsSinceEpoch());
            rusage usage {};
            ::getrusage(RUSAGE_SELF, &usage);
            print("first-frame-peak-rss-kb", usage.ru_maxrss);
            std::fflush(stdout);
            QCoreApplication::exit(0);
        },
        Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
    return app.exec();
}
