#include "benchkiosk.h"
#include "benchmodes.h"
#include "controllers/idlecontroller.h"
#include "controllers/narrationcontroller.h"
#include "controllers/navigationcontroller.h"
#include "kiosk/heaptrimmer.h"
#include "kiosk/kioskservices.h"
#include "kiosk/quietrestart.h"
#include "staff/admincontroller.h"

#include <QQuickItem>
#include <QRandomGenerator>
#include <QTextStream>

namespace {

constexpr int stepTimeoutMilliseconds = 10000;
// How often resident memory is printed along the way (visits; resets and
// switches, which are quicker, print less often).
constexpr int memoryEvery = 100;
constexpr int restMilliseconds = HeapTrimmer::defaultDelayMilliseconds + 500;

class Visitor
{
public:
    Visitor(BenchKiosk &kiosk, QTextStream &out)
        : m_kiosk(kiosk)
        , m_navigation(kiosk.services()->navigation())
        , m_narration(kiosk.services()->narration())
        , m_out(out)
    { }

    bool tap(const QString &objectName, NavigationController::Screen arrivesAt, bool prefix = false)
    {
        QQuickItem *item = m_kiosk.visibleItem(objectName, prefix);
        if (!item)
            return fail(QStringLiteral("no %1 on screen %2")
                            .arg(objectName)
                            .arg(int(m_navigation->screen())));
        m_kiosk.tap(item);
        return arrive(arrivesAt);
    }

    bool begin()
    {
        m_kiosk.tap();
        return arrive(NavigationController::MenuScreen);
    }

    // The narration is playing and its position moves on (the audio thread answers).
    bool hearItMoveOn()
    {
        if (!hearChapter())
            return false;
        const qint64 from = m_narration->position();
        return m_kiosk.waitFor([this, from] { return m_narration->position() > from + 200; },
                               stepTimeoutMilliseconds)
            || fail(QStringLiteral("chapter %1's narration stopped at %2 ms")
                        .arg(m_navigation->chapterIndex())
                        .arg(m_narration->position()));
    }

    bool hearChapter()
    {
        return m_kiosk.waitFor(
                   [this] { return m_narration->status() == NarrationController::Playing; },
                   stepTimeoutMilliseconds)
            || fail(QStringLiteral("chapter %1's narration did not play")
                        .arg(m_navigation->chapterIndex()));
    }

    // Idle reset with the controller's real timers, shortened for the benchmark.
    bool walkAway(IdleController *idle, int idleMs, int warningMs)
    {
        idle->setTimeouts(idleMs, warningMs);
        const bool reset = arrive(NavigationController::AttractScreen);
        idle->setTimeouts(600000, 20000); // nobody walks away in the middle of the next visit
        return reset;
    }

    bool fail(const QString &why)
    {
        m_out << "error " << why << Qt::endl;
        return false;
    }

private:
    bool arrive(NavigationController::Screen screen)
    {
        return m_kiosk.waitFor([this, screen] { return m_navigation->screen() == screen; },
                               stepTimeoutMilliseconds)
            || fail(QStringLiteral("did not reach screen %1").arg(int(screen)));
    }

    BenchKiosk &m_kiosk;
    NavigationController *m_navigation;
    NarrationController *m_narration;
    QTextStream &m_out;
};

bool visitEverything(Visitor &visitor, NavigationController *navigation, IdleController *idle)
{
    if (!visitor.begin()
        || !visitor.tap(QStringLiteral("chapterTile_"), NavigationController::ChapterScreen, true)
        || !visitor.hearChapter())
        return false;
    while (navigation->hasNext()) {
        if (!visitor.tap(QStringLiteral("nextButton"), NavigationController::ChapterScreen)
            || !visitor.hearChapter())
            return false;
    }
    return visitor.tap(QStringLiteral("homeButton"), NavigationController::MenuScreen)
        && visitor.tap(QStringLiteral("timelineButton"), NavigationController::TimelineScreen)
        && visitor.tap(QStringLiteral("homeButton"), NavigationController::MenuScreen)
        && visitor.tap(QStringLiteral("mapButton"), NavigationController::MapScreen)
        && visitor.tap(QStringLiteral("homeButton"), NavigationController::MenuScreen)
        && visitor.tap(QStringLiteral("figuresButton"), NavigationController::FiguresScreen)
        && visitor.walkAway(idle, 50, 50);
}

void printMemory(QTextStream &out, const char *when, int cycle)
{
    out << "rss-kb " << when << ' ' << cycle << ' ' << BenchKiosk::residentKilobytes() << Qt::endl;
    out << "heap-kb " << when << ' ' << cycle << ' ' << BenchKiosk::heapInUseKilobytes()
        << Qt::endl;
    out << "heap-free-kb " << when << ' ' << cycle << ' ' << BenchKiosk::heapFreeKilobytes()
        << Qt::endl;
    out << "anon-kb " << when << ' ' << cycle << ' ' << BenchKiosk::statusKilobytes("RssAnon")
        << Qt::endl;
    out << "file-kb " << when << ' ' << cycle << ' ' << BenchKiosk::statusKilobytes("RssFile")
        << Qt::endl;
}

// Memory after the first cycle (everything made once), along the way while
// caches warm (10, 20, 50) and then every `every` cycles, and after the last;
// each once the attract screen is at rest (the visit's screen faded out, its
// pictures let go and what it freed trimmed, as between visitors).
void noteMemory(QTextStream &out, int cycle, int count, int every)
{
    const bool warming = cycle < every && (cycle == 10 || cycle == 20 || cycle == 50);
    const char *when = cycle == 1       ? "first"
        : cycle == count                ? "end"
        : warming || cycle % every == 0 ? "along"
                                        : nullptr;
    if (!when)
        return;
    BenchKiosk::wait(restMilliseconds);
    printMemory(out, when, cycle);
}

} // namespace

int BenchModes::visits(BenchKiosk &kiosk, int first, int last, int quietSeconds, QTextStream &out)
{
    Visitor visitor(kiosk, out);
    NavigationController *navigation = kiosk.services()->navigation();
    IdleController *idle = kiosk.services()->idle();
    QuietRestart *restart = kiosk.services()->quietRestart();
    idle->setTimeouts(600000, 20000);
    bool restartDue = false;
    if (quietSeconds > 0) {
        restart->setQuietDelay(quietSeconds * 1000);
        QObject::connect(restart, &QuietRestart::restartDue, restart,
                         [&restartDue] { restartDue = true; });
    }
    printMemory(out, "start", first - 1);
    for (int i = first; i <= last; ++i) {
        if (!visitEverything(visitor, navigation, idle))
            return 1;
        noteMemory(out, i, last, memoryEvery);
        if (quietSeconds > 0 && restart->isPending() && i < last) {
            if (!kiosk.waitFor([&restartDue] { return restartDue; }, (quietSeconds + 10) * 1000)) {
                visitor.fail(QStringLiteral(
                    "the kiosk asked for a restart but did not restart when left quiet"));
                return 1;
            }
            printMemory(out, "restart", i);
            out << "restart-after " << i << ' ' << restart->reason() << Qt::endl;
            return AdminController::restartExitCode;
        }
    }
    return 0;
}

int BenchModes::idleResets(BenchKiosk &kiosk, int count, QTextStream &out)
{
    Visitor visitor(kiosk, out);
    IdleController *idle = kiosk.services()->idle();
    printMemory(out, "start", 0);
    for (int i = 1; i <= count; ++i) {
        if (!visitor.begin() || !visitor.walkAway(idle, 20, 20))
            return 1;
        noteMemory(out, i, count, memoryEvery * 10);
    }
    return 0;
}

int BenchModes::narrationSwitches(BenchKiosk &kiosk, int count, QTextStream &out)
{
    // A restless visitor: chapters and languages changed at random moments
    // while narration loads and starts, the moments a player is most
    // fragile in (Qt 6.4's GStreamer player deadlocked there).
    Visitor visitor(kiosk, out);
    NavigationController *navigation = kiosk.services()->navigation();
    kiosk.services()->idle()->setTimeouts(600000, 20000);
    if (!visitor.begin()
        || !visitor.tap(QStringLiteral("chapterTile_"), NavigationController::ChapterScreen, true))
        return 1;
    QRandomGenerator random(8);
    for (int i = 1; i <= count; ++i) {
        const int chapter = random.bounded(navigation->chapterCount());
        navigation->openChapter(chapter);
        switch (random.bounded(3)) {
        case 0: // while it loads
            kiosk.wait(random.bounded(250));
            break;
        case 1: // the moment it starts
            if (!visitor.hearChapter())
                return 1;
            break;
        default: // a moment after it started, as a quick reader taps on
            if (!visitor.hearChapter())
                return 1;
            kiosk.wait(250 + random.bounded(300));
            break;
        }
        noteMemory(out, i, count, memoryEvery * 5);
    }
    return visitor.hearChapter() ? 0 : 1;
}

int BenchModes::narrationCycles(BenchKiosk &kiosk, int count, QTextStream &out)
{
    // What a restless visitor does to the player, as fast as a finger can:
    // a chapter opens (its track loads), the progress bar is dragged, pause,
    // play, and on to the next chapter; every tenth cycle the narration must
    // play on, its position moving.
    Visitor visitor(kiosk, out);
    NavigationController *navigation = kiosk.services()->navigation();
    NarrationController *narration = kiosk.services()->narration();
    kiosk.services()->idle()->setTimeouts(600000, 20000);
    if (!visitor.begin()
        || !visitor.tap(QStringLiteral("chapterTile_"), NavigationController::ChapterScreen, true))
        return 1;
    QRandomGenerator random(21);
    for (int i = 1; i <= count; ++i) {
        navigation->openChapter(random.bounded(navigation->chapterCount()));
        kiosk.wait(random.bounded(80)); // sometimes while it loads
        narration->seek(random.bounded(120000));
        kiosk.wait(random.bounded(40));
        narration->pause();
        kiosk.wait(random.bounded(40));
        narration->play();
        kiosk.wait(random.bounded(40));
        if (navigation->hasNext())
            navigation->nextChapter();
        else
            navigation->previousChapter();
        if (i % 10 == 0 && !visitor.hearItMoveOn())
            return 1;
        noteMemory(out, i, count, memoryEvery * 5);
    }
    out << "cycles " << count << Qt::endl;
    return visitor.hearItMoveOn() ? 0 : 1;
}
