#include "benchkiosk.h"
#include "benchmodes.h"
#include "controllers/navigationcontroller.h"
#include "kiosk/kioskservices.h"

#include <QMetaEnum>
#include <QQuickWindow>
#include <QTextStream>

#include <sys/resource.h>

namespace {

qint64 processCpuMicroseconds()
{
    rusage usage {};
    ::getrusage(RUSAGE_SELF, &usage); // every thread: GUI, render, audio, analytics
    return (qint64(usage.ru_utime.tv_sec) + usage.ru_stime.tv_sec) * 1000000
        + usage.ru_utime.tv_usec + usage.ru_stime.tv_usec;
}

} // namespace

int BenchModes::idleCpu(BenchKiosk &kiosk, int seconds, QTextStream &out)
{
    int frames = 0;
    QObject::connect(kiosk.window(), &QQuickWindow::frameSwapped, kiosk.window(),
                     [&frames] { ++frames; });
    kiosk.wait(2000); // past the start's own work
    frames = 0;
    const qint64 before = processCpuMicroseconds();
    kiosk.wait(seconds * 1000);
    const qint64 used = processCpuMicroseconds() - before;
    // Which screen that was: the attract screen, or the closed one outside opening hours.
    const QMetaEnum screens = QMetaEnum::fromType<NavigationController::Screen>();
    out << "idle-screen " << screens.valueToKey(kiosk.services()->navigation()->screen()) << '\n'
        << "idle-cpu-percent " << QString::number(100.0 * used / (seconds * 1e6), 'f', 2) << '\n'
        << "idle-frames-per-second " << QString::number(double(frames) / seconds, 'f', 1)
        << Qt::endl;
    return 0;
}
