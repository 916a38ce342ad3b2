import QtQuick
import QtTest
import Exhibit

// The exhibit at a hundred times its size (bench/make-large-content.py: every
// timeline event and key figure a hundred times, chapter texts a hundred
// times as long): a chapter linked to hundreds of events and people opens
// with its first links and one button on to the rest.
Item {
    width: 1920
    height: 1080

    KioskRoot {
        id: kiosk

        anchors.fill: parent
    }

    KioskTestCase {
        name: "Scale"
        kioskRoot: kiosk

        function openAftermath() {
            begin()
            tap(child(screenItem("menu"), "chapterTile_aftermath"))
            tryCompare(NavigationController, "screen", NavigationController.ChapterScreen)
            return child(screenItem("chapter"), "chapterPage_aftermath")
        }

        function cleanup() {
            NavigationController.reset()
        }

        function test_aChapterShowsItsFirstEventsAndLeadsOnToTheRest() {
            const page = openAftermath()
            const events = page.eventRows
            compare(events.length, 1400)
            verify(findChild(page, "chapterEvent_15"))
            verify(!findChild(page, "chapterEvent_16"), "only the first 16 events are buttons")
            const more = child(page, "chapterEvent_more")
            verify(more.visible)
            compare(more.text, "1384 more on the timeline")
            scrollIntoView(page, more)
            tap(more)
            tryCompare(NavigationController, "screen", NavigationController.TimelineScreen)
            compare(NavigationController.timelineIndex, events[16])
        }

        function test_aChapterShowsItsFirstPeopleAndLeadsOnToTheGallery() {
            const page = openAftermath()
            verify(!findChild(page, "chapterFigure_16"))
            const more = child(page, "chapterFigure_more")
            compare(more.text, "784 more among the people")
            scrollIntoView(page, more)
            tap(more)
            tryCompare(NavigationController, "screen", NavigationController.FiguresScreen)
            compare(NavigationController.figureIndex, -1)
        }

        function test_aGalleryOfHundredsScrollsWithFullSizeCards() {
            begin()
            tap(child(screenItem("menu"), "figuresButton"))
            tryCompare(NavigationController, "screen", NavigationController.FiguresScreen)
            const grid = child(screenItem("figures"), "figuresGrid")
            compare(grid.count, 1200)
            verify(grid.interactive, "the gallery scrolls")
            verify(grid.cellHeight >= grid.cellWidth * 1.2, "cards keep their size: " + grid.cellHeight)
            verify(grid.contentItem.children.length < 100, "only the cards in view are made")
        }
    }
}
