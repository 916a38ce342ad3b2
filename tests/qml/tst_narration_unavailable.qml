import QtQuick
import QtTest
import Exhibit

// Run with EXHIBIT_TEST_MEDIA pointing at a folder with no media: every
// chapter still works, the narration control says it is unavailable, no
// caption shows, and the pictures fall back to their seal panels.
Item {
    width: 1920
    height: 1080

    KioskRoot {
        id: kiosk

        anchors.fill: parent
    }

    KioskTestCase {
        id: testCase

        name: "NarrationUnavailable"
        kioskRoot: kiosk

        function init() {
            // ContentStore names each missing file once, as it loads; nothing more is expected.
            failOnWarning(/.*/)
            NavigationController.reset()
            LanguageController.reset()
        }

        function test_everyChapterStillWorks_data() {
            return [{ tag: "background", index: 0 }, { tag: "causes", index: 1 }, { tag: "battles", index: 2 },
                    { tag: "aftermath", index: 3 }, { tag: "legacy", index: 4 }]
        }

        function test_everyChapterStillWorks(data) {
            // The missing track is named once, by file and key, the first time it is needed.
            ignoreWarning(new RegExp("chapters\\[" + data.index + "\\]\\.narration\\.en\\.audio: media file .*"
                                     + data.tag + "\\.en\\.opus not found"))
            begin()
            tap(child(screenItem("menu"), "chapterTile_" + data.tag))
            tryCompare(NavigationController, "screen", NavigationController.ChapterScreen)
            const chapter = screenItem("chapter")
            compare(NarrationController.status, NarrationController.Unavailable)
            verify(child(chapter, "narrationUnavailable").visible)
            verify(!child(chapter, "playPauseButton").enabled)
            compare(child(chapter, "captionText").text, "")
            tap(child(chapter, "playPauseButton")) // does nothing, breaks nothing
            compare(NarrationController.status, NarrationController.Unavailable)
            // Back again: still unavailable, and not logged a second time (failOnWarning).
            tap(child(chapter, "homeButton"))
            tap(child(screenItem("menu"), "chapterTile_" + data.tag))
            compare(NarrationController.status, NarrationController.Unavailable)
            tap(child(chapter, "homeButton"))
            tryCompare(NavigationController, "screen", NavigationController.MenuScreen)
        }
    }
}
