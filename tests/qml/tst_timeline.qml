import QtQuick
import QtTest
import Exhibit

// The timeline by touch: from the menu, dragged along the years, an event
// opened and read in both languages, and on to the chapter that tells of it.
Item {
    width: 1920
    height: 1080

    KioskRoot {
        id: kiosk

        anchors.fill: parent
    }

    KioskTestCase {
        name: "Timeline"
        kioskRoot: kiosk

        function openTimeline() {
            begin()
            tap(child(screenItem("menu"), "timelineButton"))
            tryCompare(NavigationController, "screen", NavigationController.TimelineScreen)
            tryCompare(screenItem("timeline"), "opacity", 1)
        }

        function test_menuOpensTheTimelineAndHomeLeavesIt() {
            openTimeline()
            compare(child(screenItem("timeline"), "timelineTitle").text, "Timeline")
            verify(!child(screenItem("timeline"), "backButton").visible) // opened from the menu
            tap(child(screenItem("timeline"), "homeButton"))
            compare(NavigationController.screen, NavigationController.MenuScreen)
        }

        function test_dragAlongTheYears() {
            openTimeline()
            const list = child(screenItem("timeline"), "timelineList")
            verify(list.count >= 20)
            const start = list.contentX
            swipe(list, -list.width * 0.6, 0)
            tryVerify(() => list.contentX > start + 300, 3000, "the timeline did not move: " + list.contentX)
        }

        function test_eventOpensItsStoryAndItsChapter() {
            openTimeline()
            const timeline = screenItem("timeline")
            tap(child(timeline, "timelineEvent_alliance-at-sea"))
            compare(NavigationController.timelineIndex, ContentStore.timeline.indexOf("alliance-at-sea"))
            const detail = child(timeline, "eventDetail")
            tryCompare(child(timeline, "eventDetailFader"), "opacity", 1)
            compare(child(detail, "eventTitle").text, "The Alliance Conducted at Sea")
            compare(child(detail, "eventDate").text, "1120  ·  Xuanhe 2")
            verify(child(detail, "eventText").text.indexOf("Bohai Sea") > 0)

            tap(child(detail, "eventCloseButton"))
            compare(NavigationController.timelineIndex, -1)

            // The story follows the language.
            tap(child(child(timeline, "languageButton"), "language_zh"))
            compare(LanguageController.language, "zh")
            tap(child(timeline, "timelineEvent_alliance-at-sea"))
            tryCompare(child(detail, "eventTitle"), "text", "海上之盟")
            compare(child(detail, "eventDate").text, "1120年  ·  宣和二年")

            tap(child(detail, "eventChapterButton"))
            compare(NavigationController.screen, NavigationController.ChapterScreen)
            compare(NavigationController.chapterIndex, ContentStore.chapters.indexOf("causes"))
        }

        function test_chapterOpensItsEventsOnTheTimeline() {
            begin()
            tap(child(screenItem("menu"), "chapterTile_battles"))
            tryCompare(screenItem("chapter"), "opacity", 1)
            const page = child(screenItem("chapter"), "chapterPage_battles")
            const chip = child(page, "chapterEvent_0")
            scrollIntoView(page, chip) // read down to the links under the text
            verify(chip.text.indexOf("The Jin invade") > 0, chip.text)
            tap(chip)
            compare(NavigationController.screen, NavigationController.TimelineScreen)
            compare(NavigationController.timelineIndex, ContentStore.timeline.indexOf("war-begins"))
            const timeline = screenItem("timeline")
            tryCompare(child(timeline, "eventDetailFader"), "opacity", 1)
            compare(child(timeline, "eventTitle").text, "The Jin invade")
            tap(child(timeline, "eventCloseButton"))
            tap(child(timeline, "backButton"))
            compare(NavigationController.screen, NavigationController.ChapterScreen)
            compare(NavigationController.chapterIndex, ContentStore.chapters.indexOf("battles"))
        }

        function test_resetClosesTheTimeline() {
            openTimeline()
            tap(child(screenItem("timeline"), "timelineEvent_jin-founded"))
            verify(NavigationController.timelineIndex >= 0)
            NavigationController.reset()
            compare(NavigationController.screen, NavigationController.AttractScreen)
            compare(NavigationController.timelineIndex, -1)
        }
    }
}
