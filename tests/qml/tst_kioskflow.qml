import QtQuick
import QtTest
import Exhibit

// A visitor's whole path, by touch, on a 1920x1080 screen: attract, menu,
// every chapter, arrows, swipes, home and the language switch.
Item {
    width: 1920
    height: 1080

    KioskRoot {
        id: kiosk

        width: 1920
        height: 1080
    }

    KioskTestCase {
        id: testCase

        name: "KioskFlow"
        kioskRoot: kiosk

        function test_attractShowsTitleAndWaitsForTouch() {
            const attract = screenItem("attract")
            verify(attract.visible)
            compare(child(attract, "attractTitle").text, "1126")
            // The title wanders slowly against burn-in, only while it shows.
            const shift = child(attract, "attractBurnInShift")
            verify(shift.running)
            verify(shift.amplitude > 0)
            wait(500)
            compare(NavigationController.screen, NavigationController.AttractScreen)
            begin()
            tryCompare(screenItem("menu"), "opacity", 1)
            tryCompare(attract, "visible", false)
            compare(shift.running, false)
        }

        // The near ridge moves in a band only as tall as what it draws (each
        // move repaints the band, not the screen): what it leaves out above is sky.
        function test_attractNearRidgeLeavesOutOnlySky() {
            const attract = screenItem("attract")
            const ridge = child(attract, "attractNearRidge")
            const drift = child(attract, "attractDrift")
            tryCompare(ridge.picture, "status", Image.Ready)
            const emptyAbove = ridge.emptyAbove
            verify(emptyAbove > 0.5)
            const bandTop = ridge.bandTop
            verify(bandTop > ridge.height / 3)
            compare(ridge.picture.implicitHeight, ridge.height - bandTop, "only the band is decoded")
            drift.running = false // the two pictures the same but for the band
            // Where the two differ above the band, or "" (each picture taken
            // again if they do: something else on the screen may have moved).
            const drawnAbove = (whole, inBand) => {
                for (let y = 0; y < bandTop; y += 3) {
                    for (let x = 0; x < whole.width; x += 12) {
                        if (!Qt.colorEqual(whole.pixel(x, y), inBand.pixel(x, y)))
                            return x + "," + y + ": " + whole.pixel(x, y) + " " + inBand.pixel(x, y)
                    }
                }
                return ""
            }
            try {
                let whole = null
                let difference = "not compared"
                for (let attempt = 0; attempt < 3 && difference !== ""; ++attempt) {
                    ridge.emptyAbove = emptyAbove
                    tryCompare(ridge.picture, "implicitHeight", ridge.height - bandTop)
                    waitForScreensToSettle()
                    waitForRendering(ridge)
                    const inBand = grabImage(ridge)
                    ridge.emptyAbove = 0
                    tryCompare(ridge.picture, "implicitHeight", ridge.height, 5000, "decoded whole")
                    waitForRendering(ridge)
                    whole = grabImage(ridge)
                    difference = drawnAbove(whole, inBand)
                }
                compare(difference, "", "the ridge is drawn above its band")
                ridge.visible = false
                waitForRendering(attract)
                const without = grabImage(ridge)
                let drawn = 0
                for (let x = 0; x < whole.width; x += 4)
                    drawn += Qt.colorEqual(whole.pixel(x, bandTop + 40), without.pixel(x, bandTop + 40)) ? 0 : 1
                verify(drawn > 0, "nothing drawn at the top of the band")
            } finally {
                ridge.visible = true
                ridge.emptyAbove = emptyAbove
                drift.running = Qt.binding(() => attract.visible)
            }
        }

        function test_menuOpensEveryChapter_data() {
            return [
                { tag: "background", index: 0, title: "Background" },
                { tag: "causes", index: 1, title: "Causes" },
                { tag: "battles", index: 2, title: "Battles" },
                { tag: "aftermath", index: 3, title: "Aftermath" },
                { tag: "legacy", index: 4, title: "Legacy" },
            ]
        }

        function test_menuOpensEveryChapter(data) {
            begin()
            tap(child(screenItem("menu"), "chapterTile_" + data.tag))
            tryCompare(NavigationController, "screen", NavigationController.ChapterScreen)
            compare(NavigationController.chapterIndex, data.index)
            const pager = child(screenItem("chapter"), "chapterPager")
            tryCompare(pager, "currentIndex", data.index)
            const page = child(screenItem("chapter"), "chapterPage_" + data.tag)
            compare(child(page, "chapterTitle").text, data.title)
            // The page is the one on screen, not one scrolled past.
            tryCompare(pager, "contentX", page.x)
        }

        function test_arrowsMoveBetweenChapters() {
            begin()
            tap(child(screenItem("menu"), "chapterTile_background"))
            const chapter = screenItem("chapter")
            const next = child(chapter, "nextButton")
            const previous = child(chapter, "previousButton")
            verify(!previous.enabled)
            tap(next)
            compare(NavigationController.chapterIndex, 1)
            tap(next)
            tap(next)
            tap(next)
            compare(NavigationController.chapterIndex, 4)
            verify(!next.enabled)
            tap(previous)
            compare(NavigationController.chapterIndex, 3)
            tryCompare(child(chapter, "chapterPager"), "currentIndex", 3)
        }

        function test_swipeMovesBetweenChapters() {
            begin()
            tap(child(screenItem("menu"), "chapterTile_causes"))
            const pager = child(screenItem("chapter"), "chapterPager")
            tryCompare(pager, "contentX", pager.width)
            swipe(pager, -700, 0)
            tryCompare(NavigationController, "chapterIndex", 2)
            tryCompare(pager, "moving", false)
            swipe(pager, 700, 0)
            tryCompare(NavigationController, "chapterIndex", 1)
            tryCompare(pager, "moving", false)
            swipe(pager, 700, 0)
            tryCompare(NavigationController, "chapterIndex", 0)
            tryCompare(pager, "moving", false)
            swipe(pager, 700, 0) // nothing before the first chapter
            tryCompare(pager, "moving", false)
            compare(NavigationController.chapterIndex, 0)
        }

        function test_longTextScrollsInsideItsPage() {
            begin()
            tap(child(screenItem("menu"), "chapterTile_battles"))
            const page = child(screenItem("chapter"), "chapterPage_battles")
            const body = child(page, "bodyFlickable")
            verify(body.contentHeight > body.height, "the battles text should need scrolling at 1080p")
            swipe(body, 0, -body.height * 0.8) // a drag that starts and ends on the text
            tryCompare(body, "moving", false)
            verify(body.contentY > 0)
            compare(NavigationController.chapterIndex, 2) // a vertical drag is not a page swipe
        }

        function test_choosingALanguageOnAttractBeginsInIt() {
            tap(child(child(screenItem("attract"), "languageButton"), "language_zh"))
            tryCompare(NavigationController, "screen", NavigationController.MenuScreen)
            compare(LanguageController.language, "zh")
            compare(child(screenItem("menu"), "chapterTile_battles").title, "战役")
        }

        function test_homeReturnsToMenu() {
            begin()
            tap(child(screenItem("menu"), "chapterTile_legacy"))
            tap(child(screenItem("chapter"), "homeButton"))
            tryCompare(NavigationController, "screen", NavigationController.MenuScreen)
            tryCompare(screenItem("chapter"), "visible", false)
        }

        function test_languageSwitchChangesAllText() {
            begin()
            const menu = screenItem("menu")
            tap(child(child(menu, "languageButton"), "language_zh"))
            compare(LanguageController.language, "zh")
            tap(child(menu, "chapterTile_aftermath"))
            const page = child(screenItem("chapter"), "chapterPage_aftermath")
            compare(child(page, "chapterTitle").text, "余波")
            const chapterSwitch = child(screenItem("chapter"), "languageButton")
            // Each language is spoken by the name the content gives it, not its short label.
            compare(child(chapterSwitch, "language_en").Accessible.name, "English")
            compare(child(chapterSwitch, "language_zh").Accessible.name, "中文")
            tap(child(chapterSwitch, "language_zh")) // already Chinese: stays
            compare(LanguageController.language, "zh")
            tap(child(chapterSwitch, "language_en"))
            compare(LanguageController.language, "en")
            compare(child(page, "chapterTitle").text, "Aftermath")
        }

        function test_newVisitStartsInDefaultLanguage() {
            begin()
            tap(child(child(screenItem("menu"), "languageButton"), "language_zh"))
            compare(LanguageController.language, "zh")
            NavigationController.reset()
            compare(LanguageController.language, "en")
        }

        // The screens of a visit past the menu are made as it begins and let
        // go when it ends: the attract screen holds only what it shows.
        function test_aVisitsScreensAreMadeForItAndLetGoAfter() {
            const visitFaders = ["chapter", "timeline", "map", "figures"].map(
                name => findChild(kiosk, name + "ScreenFader"))
            tryVerify(() => visitFaders.every(f => !f.loaded), 5000, "made before a visit")
            verify(screenItem("menu").loaded)
            begin()
            tryVerify(() => visitFaders.every(f => f.loaded), 5000, "not made as the visit began")
            tap(child(screenItem("menu"), "chapterTile_causes"))
            tryCompare(screenItem("chapter"), "opacity", 1)
            NavigationController.reset()
            tryVerify(() => visitFaders.every(f => !f.loaded), 5000, "kept after the visit")
            verify(screenItem("menu").loaded)
        }

        // A visitor quicker than the screens are made (a keypad key, the
        // reader's gesture): a screen made as it opens, or finished then,
        // shows where it was opened, as one made before does.
        function test_aChapterOpenedEarlyShowsThatChapter_data() {
            return [{ tag: "before it is made", whileMade: false },
                    { tag: "while it is being made", whileMade: true }]
        }

        function test_aChapterOpenedEarlyShowsThatChapter(data) {
            beginHurried(data.whileMade)
            NavigationController.openChapter(4)
            verify(findChild(kiosk, "chapterScreenFader").loaded, "made at once")
            const pager = child(screenItem("chapter"), "chapterPager")
            compare(pager.currentIndex, 4)
            const page = child(screenItem("chapter"), "chapterPage_legacy")
            tryCompare(pager, "contentX", page.x)
        }

        function test_aTimelineOpenedEarlyShowsItsEvent_data() {
            return test_aChapterOpenedEarlyShowsThatChapter_data()
        }

        function test_aTimelineOpenedEarlyShowsItsEvent(data) {
            beginHurried(data.whileMade)
            NavigationController.openChapter(3)
            const last = ContentStore.timeline.rowCount() - 1
            NavigationController.openTimeline(last)
            verify(findChild(kiosk, "timelineScreenFader").loaded, "made at once")
            const list = child(screenItem("timeline"), "timelineList")
            tryVerify(() => list.itemAtIndex(last) !== null, 5000, "the event is not made")
            const event = list.itemAtIndex(last)
            tryVerify(() => event.x >= list.contentX && event.x + event.width <= list.contentX + list.width,
                      5000, "the event is out of view: " + event.x + " in " + list.contentX)
        }

        function beginHurried(whileMade) {
            tryVerify(() => !kiosk.visitScreensWanted, 5000, "the last visit's screens are kept")
            begin()
            verify(!kiosk.visitScreensWanted, "the screens are wanted only once the menu shows")
            if (whileMade)
                tryVerify(() => kiosk.visitScreensWanted, 2000)
        }
    }
}
