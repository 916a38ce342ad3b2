import QtQuick
import QtTest
import Exhibit

// Layout in both orientations: every control within reach and at least
// 80 px, tiles in a row (landscape) or a column (portrait), nothing off-screen.
Item {
    width: 1920
    height: 1920

    KioskRoot {
        id: kiosk
    }

    KioskTestCase {
        id: testCase

        name: "Layout"
        kioskRoot: kiosk

        function init_data() {
            return [
                { tag: "landscape 1920x1080", w: 1920, h: 1080, portrait: false },
                { tag: "portrait 1080x1920", w: 1080, h: 1920, portrait: true },
            ]
        }

        function applySize(data) {
            kiosk.width = data.w
            kiosk.height = data.h
            wait(50)
        }

        function collectButtons(item, found) {
            for (let i = 0; i < item.children.length; ++i) {
                const c = item.children[i]
                if (c.visible && (c.objectName.indexOf("Button") >= 0 || c.objectName.indexOf("chapterTile_") === 0
                              || c.objectName.indexOf("language_") === 0))
                    found.push(c)
                collectButtons(c, found)
            }
            return found
        }

        function checkWithinScreen(item, label) {
            const p = item.mapToItem(kiosk, 0, 0)
            verify(p.x >= 0 && p.y >= 0 && p.x + item.width <= kiosk.width + 0.5 && p.y + item.height <= kiosk.height + 0.5,
                   label + " is off-screen at " + p.x + "," + p.y + " size " + item.width + "x" + item.height)
        }

        function test_tilesFollowOrientation_data() { return init_data() }
        function test_tilesFollowOrientation(data) {
            applySize(data)
            begin()
            const menu = screenItem("menu")
            const first = child(menu, "chapterTile_background")
            const second = child(menu, "chapterTile_causes")
            if (data.portrait)
                verify(second.mapToItem(kiosk, 0, 0).y > first.mapToItem(kiosk, 0, 0).y + first.height - 1)
            else
                verify(second.mapToItem(kiosk, 0, 0).x > first.mapToItem(kiosk, 0, 0).x + first.width - 1)
            const ids = ["background", "causes", "battles", "aftermath", "legacy"]
            for (let i = 0; i < ids.length; ++i)
                checkWithinScreen(child(menu, "chapterTile_" + ids[i]), ids[i])
        }

        function test_touchTargetsAreLargeEnough_data() { return init_data() }
        function test_touchTargetsAreLargeEnough(data) {
            applySize(data)
            const onAttract = collectButtons(screenItem("attract"), [])
            verify(onAttract.length >= 3, "the attract screen's language switch")
            begin()
            const onMenu = collectButtons(screenItem("menu"), [])
            tap(child(screenItem("menu"), "chapterTile_battles"))
            tryCompare(screenItem("chapter"), "opacity", 1)
            const onChapter = collectButtons(screenItem("chapter"), [])
            const all = onAttract.concat(onMenu, onChapter)
            verify(all.length >= 3 + 8 + 6, "found only " + all.length + " controls")
            for (let i = 0; i < all.length; ++i) {
                verify(all[i].width >= 80 && all[i].height >= 80,
                       all[i].objectName + " is " + all[i].width + "x" + all[i].height)
                if (all[i].objectName.indexOf("Button") >= 0)
                    checkWithinScreen(all[i], all[i].objectName)
            }
        }

        function test_chapterTextFitsBesideOrBelowThePicture_data() { return init_data() }
        function test_chapterTextFitsBesideOrBelowThePicture(data) {
            applySize(data)
            begin()
            tap(child(screenItem("menu"), "chapterTile_legacy"))
            const page = child(screenItem("chapter"), "chapterPage_legacy")
            const image = child(page, "chapterImage")
            const title = child(page, "chapterTitle")
            const body = child(page, "bodyFlickable")
            tryCompare(image, "status", Image.Ready)
            const imageBox = image.mapToItem(kiosk, 0, 0)
            const titleBox = title.mapToItem(kiosk, 0, 0)
            if (data.portrait)
                verify(titleBox.y > imageBox.y + image.height, "title should sit below the picture")
            else
                verify(titleBox.x > imageBox.x + image.width, "title should sit beside the picture")
            checkWithinScreen(body, "body text")
            verify(body.height > 200, "body text area too small: " + body.height)
        }

        // The pager follows navigation and reports only a visitor's swipe
        // back: where it puts itself while it lays out (after the screen
        // turns, on a slow machine before it has caught up) opens nothing.
        function test_aChapterOpenedBeforeThePagerIsLaidOutStaysOpen_data() { return init_data() }
        function test_aChapterOpenedBeforeThePagerIsLaidOutStaysOpen(data) {
            applySize(data.portrait ? init_data()[0] : init_data()[1])
            begin()
            kiosk.width = data.w
            kiosk.height = data.h
            NavigationController.openChapter(3)
            compare(NavigationController.chapterIndex, 3)
            const pager = child(screenItem("chapter"), "chapterPager")
            tryCompare(pager, "contentX", child(pager, "chapterPage_aftermath").x)
            compare(NavigationController.chapterIndex, 3)
        }

        function test_arrowsTurnThePage_data() { return init_data() }
        function test_arrowsTurnThePage(data) {
            applySize(data)
            begin()
            tap(child(screenItem("menu"), "chapterTile_causes"))
            const pager = child(screenItem("chapter"), "chapterPager")
            tap(child(screenItem("chapter"), "nextButton"))
            compare(NavigationController.chapterIndex, 2)
            // The page on screen really is the next one, not only the dots.
            tryCompare(pager, "contentX", child(pager, "chapterPage_battles").x)
            tap(child(screenItem("chapter"), "previousButton"))
            tryCompare(pager, "contentX", child(pager, "chapterPage_causes").x)
        }
    }
}
