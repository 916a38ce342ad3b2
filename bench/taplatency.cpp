#include "benchkiosk.h"
#include "benchmodes.h"
#include "controllers/navigationcontroller.h"
#include "kiosk/kioskservices.h"

#include <QElapsedTimer>
#include <QQuickItem>
#include <QTextStream>

namespace {
// Longer than a screen's cross-fade, so each tap starts from a still screen.
constexpr int settleMilliseconds = 400;
constexpr int chaptersEachWay = 3;
}

int BenchModes::tapLatency(BenchKiosk &kiosk, int count, QTextStream &out)
{
    NavigationController *navigation = kiosk.services()->navigation();
    kiosk.tap();
    kiosk.wait(settleMilliseconds);
    QQuickItem *tile = kiosk.visibleItem(QStringLiteral("chapterTile_"), true);
    if (!tile) {
        out << "error no chapter tile on the menu (screen " << int(navigation->screen()) << ")"
            << Qt::endl;
        return 1;
    }
    kiosk.tap(tile);
    kiosk.wait(settleMilliseconds);

    for (int i = 0; i < count; ++i) {
        // Back and forth through the first chapters: next ×3, previous ×3.
        const bool forward = (i / chaptersEachWay) % 2 == 0;
        QQuickItem *button = kiosk.visibleItem(forward ? QStringLiteral("nextButton")
                                                       : QStringLiteral("previousButton"));
        if (!button || navigation->screen() != NavigationController::ChapterScreen) {
            out << "error no " << (forward ? "next" : "previous") << " button on the chapter screen"
                << Qt::endl;
            return 1;
        }
        const int chapterBefore = navigation->chapterIndex();
        QElapsedTimer wall;
        wall.start();
        const qint64 cpuBefore = BenchKiosk::threadCpuNanoseconds();
        kiosk.tap(button);
        kiosk.waitForFrame();
        const qint64 cpu = BenchKiosk::threadCpuNanoseconds() - cpuBefore;
        const qint64 wallNs = wall.nsecsElapsed();
        if (navigation->chapterIndex() == chapterBefore) {
            out << "error tap " << i << " did not change the chapter" << Qt::endl;
            return 1;
        }
        out << "tap-work-ms " << QString::number(cpu / 1e6, 'f', 2) << '\n'
            << "tap-wall-ms " << QString::number(wallNs / 1e6, 'f', 2) << Qt::endl;
        kiosk.wait(settleMilliseconds);
    }
    return 0;
}
