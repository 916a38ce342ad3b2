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
constexpr int visitStarts = 10;
// A hurried visitor's tap on a chapter: as soon as the menu has faded in.
constexpr int hurriedMilliseconds = 300;

bool visitScreensMade(const BenchKiosk &kiosk)
{
    for (const char *fader :
         { "chapterScreenFader", "timelineScreenFader", "mapScreenFader", "figuresScreenFader" }) {
        if (!kiosk.isScreenMade(QLatin1String(fader)))
            return false;
    }
    return true;
}

// The screens of a visit past the menu are made when it begins (issue 26):
// the first tap's own work, and how long until they are all made, against
// how soon a visitor could reach one (the menu's fade-in, then a tap); then
// hurried visitors, who tap a chapter as soon as the menu shows.
bool beginVisits(BenchKiosk &kiosk, NavigationController *navigation, QTextStream &out)
{
    for (int i = 0; i < 2 * visitStarts; ++i) {
        const bool hurried = i >= visitStarts;
        if (!kiosk.waitFor([&kiosk] { return !visitScreensMade(kiosk); }, 10000)) {
            out << "error the visit's screens were kept after it ended" << Qt::endl;
            return false;
        }
        QElapsedTimer wall;
        wall.start();
        qint64 cpuBefore = BenchKiosk::threadCpuNanoseconds();
        kiosk.tap();
        kiosk.waitForFrame();
        if (!navigation->isVisiting()) {
            out << "error the attract screen's tap did not begin a visit" << Qt::endl;
            return false;
        }
        if (hurried) {
            kiosk.wait(hurriedMilliseconds - int(wall.elapsed()));
            QQuickItem *tile = kiosk.visibleItem(QStringLiteral("chapterTile_"), true);
            if (!tile) {
                out << "error no chapter tile on the menu" << Qt::endl;
                return false;
            }
            cpuBefore = BenchKiosk::threadCpuNanoseconds();
            kiosk.tap(tile);
            kiosk.waitForFrame();
            out << "hurried-tap-work-ms ";
        } else {
            out << "begin-work-ms ";
        }
        out << QString::number((BenchKiosk::threadCpuNanoseconds() - cpuBefore) / 1e6, 'f', 2)
            << Qt::endl;
        if (!kiosk.waitFor([&kiosk] { return visitScreensMade(kiosk); }, 10000)) {
            out << "error the visit's screens were not made within 10 s" << Qt::endl;
            return false;
        }
        if (!hurried) {
            out << "visit-screens-ready-ms " << QString::number(wall.nsecsElapsed() / 1e6, 'f', 1)
                << Qt::endl;
        }
        kiosk.wait(settleMilliseconds);
        navigation->reset();
        kiosk.wait(settleMilliseconds);
    }
    return true;
}
} // namespace

int BenchModes::tapLatency(BenchKiosk &kiosk, int count, QTextStream &out)
{
    NavigationController *navigation = kiosk.services()->navigation();
    if (!beginVisits(kiosk, navigation, out))
        return 1;
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
