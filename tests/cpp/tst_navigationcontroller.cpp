#include "controllers/navigationcontroller.h"

#include <QSignalSpy>
#include <QTest>

/** The visitor's path through the exhibit, decided in one place. Each row
 *  plays a sequence of visitor actions and checks where the kiosk ends up. */
class TestNavigationController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flow_data()
    {
        QTest::addColumn<QStringList>("actions");
        QTest::addColumn<int>("screen");
        QTest::addColumn<int>("chapter");

        using N = NavigationController;
        QTest::newRow("starts on attract") << QStringList {} << int(N::AttractScreen) << 0;
        QTest::newRow("touch opens menu") << QStringList { "begin" } << int(N::MenuScreen) << 0;
        QTest::newRow("menu opens a chapter")
            << QStringList { "begin", "open 3" } << int(N::ChapterScreen) << 3;
        QTest::newRow("next and previous")
            << QStringList { "begin", "open 1", "next", "next", "previous" }
            << int(N::ChapterScreen) << 2;
        QTest::newRow("next stops at the last")
            << QStringList { "begin", "open 4", "next", "next" } << int(N::ChapterScreen) << 4;
        QTest::newRow("previous stops at the first")
            << QStringList { "begin", "open 0", "previous" } << int(N::ChapterScreen) << 0;
        QTest::newRow("home returns to the menu")
            << QStringList { "begin", "open 2", "home" } << int(N::MenuScreen) << 2;
        QTest::newRow("reset returns to attract")
            << QStringList { "begin", "open 2", "reset" } << int(N::AttractScreen) << 0;
        QTest::newRow("chapters only from the menu")
            << QStringList { "open 2" } << int(N::AttractScreen) << 0;
        QTest::newRow("next ignored on the menu")
            << QStringList { "begin", "next" } << int(N::MenuScreen) << 0;
        QTest::newRow("out of range ignored")
            << QStringList { "begin", "open 9", "open -1" } << int(N::MenuScreen) << 0;
        QTest::newRow("begin only from attract")
            << QStringList { "begin", "open 3", "begin" } << int(N::ChapterScreen) << 3;
        QTest::newRow("content lost")
            << QStringList { "begin", "open 3", "count 0" } << int(N::UnavailableScreen) << 3;
        QTest::newRow("content back")
            << QStringList { "count 0", "count 5" } << int(N::AttractScreen) << 0;
        QTest::newRow("fewer chapters clamp")
            << QStringList { "begin", "open 4", "count 3" } << int(N::ChapterScreen) << 2;
        QTest::newRow("closing ends a visit")
            << QStringList { "begin", "open 3", "close" } << int(N::ClosedScreen) << 0;
        QTest::newRow("no visits while closed")
            << QStringList { "close", "begin", "open 1", "reset" } << int(N::ClosedScreen) << 0;
        QTest::newRow("opening shows attract")
            << QStringList { "close", "open" } << int(N::AttractScreen) << 0;
        QTest::newRow("closed beats unavailable")
            << QStringList { "close", "count 0", "count 5" } << int(N::ClosedScreen) << 0;
        QTest::newRow("opens unavailable without content")
            << QStringList { "close", "count 0", "open" } << int(N::UnavailableScreen) << 0;
        QTest::newRow("timeline from the menu")
            << QStringList { "begin", "timeline", "back" } << int(N::MenuScreen) << 0;
        QTest::newRow("timeline from a chapter, back to it")
            << QStringList { "begin", "open 3", "timeline", "back" } << int(N::ChapterScreen) << 3;
        QTest::newRow("home from the timeline")
            << QStringList { "begin", "open 3", "timeline", "home" } << int(N::MenuScreen) << 3;
        QTest::newRow("a chapter from the timeline")
            << QStringList { "begin", "timeline", "open 2" } << int(N::ChapterScreen) << 2;
        QTest::newRow("no timeline before a visit")
            << QStringList { "timeline" } << int(N::AttractScreen) << 0;
        QTest::newRow("reset from the timeline")
            << QStringList { "begin", "timeline", "reset" } << int(N::AttractScreen) << 0;
        QTest::newRow("map from the menu")
            << QStringList { "begin", "map", "back" } << int(N::MenuScreen) << 0;
        QTest::newRow("map from a chapter, back to it")
            << QStringList { "begin", "open 2", "map", "back" } << int(N::ChapterScreen) << 2;
        QTest::newRow("home from the map")
            << QStringList { "begin", "map", "home" } << int(N::MenuScreen) << 0;
        QTest::newRow("no map before a visit")
            << QStringList { "map" } << int(N::AttractScreen) << 0;
        QTest::newRow("reset from the map")
            << QStringList { "begin", "map", "reset" } << int(N::AttractScreen) << 0;
        QTest::newRow("figures from the menu")
            << QStringList { "begin", "figures", "back" } << int(N::MenuScreen) << 0;
        QTest::newRow("figures from a chapter, back to it")
            << QStringList { "begin", "open 4", "figures", "back" } << int(N::ChapterScreen) << 4;
        QTest::newRow("a chapter from a figure")
            << QStringList { "begin", "figures", "open 1" } << int(N::ChapterScreen) << 1;
        QTest::newRow("no figures before a visit")
            << QStringList { "figures" } << int(N::AttractScreen) << 0;
        QTest::newRow("reset from the figures")
            << QStringList { "begin", "figures", "reset" } << int(N::AttractScreen) << 0;
        QTest::newRow("no moves while unavailable")
            << QStringList { "count 0", "begin", "reset" } << int(N::UnavailableScreen) << 0;
    }

    void flow()
    {
        QFETCH(QStringList, actions);
        QFETCH(int, screen);
        QFETCH(int, chapter);

        NavigationController navigation(nullptr);
        navigation.setChapterCount(5);
        for (const QString &action : actions) {
            const QStringList words = action.split(QLatin1Char(' '));
            const QString verb = words.first();
            const int number = words.value(1).toInt();
            if (verb == QLatin1String("begin"))
                navigation.begin();
            else if (verb == QLatin1String("open") && words.size() == 2)
                navigation.openChapter(number);
            else if (verb == QLatin1String("next"))
                navigation.nextChapter();
            else if (verb == QLatin1String("previous"))
                navigation.previousChapter();
            else if (verb == QLatin1String("timeline"))
                navigation.openTimeline();
            else if (verb == QLatin1String("map"))
                navigation.openMap();
            else if (verb == QLatin1String("figures"))
                navigation.openFigures();
            else if (verb == QLatin1String("back"))
                navigation.back();
            else if (verb == QLatin1String("home"))
                navigation.home();
            else if (verb == QLatin1String("reset"))
                navigation.reset();
            else if (verb == QLatin1String("close")
                     || (verb == QLatin1String("open") && words.size() == 1))
                navigation.setOpen(verb == QLatin1String("open"));
            else if (verb == QLatin1String("count"))
                navigation.setChapterCount(number);
            else
                QFAIL(qPrintable(action));
        }
        QCOMPARE(int(navigation.screen()), screen);
        QCOMPARE(navigation.chapterIndex(), chapter);
    }

    void visitSignals()
    {
        NavigationController navigation(nullptr);
        navigation.setChapterCount(5);
        QSignalSpy started { &navigation, &NavigationController::visitStarted };
        QSignalSpy ended { &navigation, &NavigationController::visitEnded };
        QSignalSpy screens { &navigation, &NavigationController::screenChanged };

        navigation.reset(); // already on attract: no visit to end
        QCOMPARE(ended.count(), 0);
        navigation.begin();
        navigation.openChapter(1);
        navigation.reset();
        QCOMPARE(started.count(), 1);
        QCOMPARE(ended.count(), 1);
        QCOMPARE(screens.count(), 3); // menu, chapter, attract

        navigation.begin();
        navigation.setOpen(false); // closing time ends the visit too
        QCOMPARE(ended.count(), 2);
    }

    // The map opens at its first year each time, and a new visitor finds it there.
    void mapYear()
    {
        NavigationController navigation(nullptr);
        navigation.setChapterCount(5);
        navigation.setMapYearCount(4);
        QSignalSpy years { &navigation, &NavigationController::mapYearIndexChanged };
        navigation.selectMapYear(2); // not on the map: still remembered, harmless
        navigation.begin();
        navigation.openMap();
        QCOMPARE(navigation.mapYearIndex(), 0);
        navigation.selectMapYear(3);
        navigation.selectMapYear(-1); // ignored
        navigation.selectMapYear(4); // past the last year: ignored
        QCOMPARE(navigation.mapYearIndex(), 3);
        QVERIFY(navigation.isVisiting());
        navigation.reset();
        QCOMPARE(navigation.mapYearIndex(), 0);
        QCOMPARE(years.count(), 4); // 2, 0, 3, 0

        // New content with fewer years: the year shown is one of them.
        navigation.selectMapYear(3);
        navigation.setMapYearCount(2);
        QCOMPARE(navigation.mapYearIndex(), 1);
    }

    // A figure's page opens from a chapter straight away; the next visitor
    // finds the gallery.
    void figurePage()
    {
        NavigationController navigation(nullptr);
        navigation.setChapterCount(5);
        navigation.begin();
        navigation.openChapter(2);
        navigation.openFigures(4);
        QCOMPARE(navigation.screen(), NavigationController::FiguresScreen);
        QCOMPARE(navigation.figureIndex(), 4);
        QVERIFY(navigation.openedFromChapter());
        navigation.selectFigure(-1);
        QCOMPARE(navigation.figureIndex(), -1);
        navigation.selectFigure(7);
        navigation.reset();
        QCOMPARE(navigation.figureIndex(), -1);
        navigation.selectFigure(3); // not on the figures screen: ignored
        QCOMPARE(navigation.figureIndex(), -1);
    }

    void hasNextAndPrevious()
    {
        NavigationController navigation(nullptr);
        navigation.setChapterCount(2);
        navigation.begin();
        navigation.openChapter(0);
        QVERIFY(!navigation.hasPrevious());
        QVERIFY(navigation.hasNext());
        navigation.nextChapter();
        QVERIFY(navigation.hasPrevious());
        QVERIFY(!navigation.hasNext());
    }
};

QTEST_GUILESS_MAIN(TestNavigationController)
#include "tst_navigationcontroller.moc"
