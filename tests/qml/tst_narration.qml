import QtQuick
import QtTest
import Exhibit

// Narration by touch, with real audio through PulseAudio: it starts with the
// chapter, captions follow it, the controls work, and leaving stops it.
Item {
    width: 1920
    height: 1080

    KioskRoot {
        id: kiosk

        anchors.fill: parent
    }

    KioskTestCase {
        id: testCase

        name: "Narration"
        kioskRoot: kiosk

        function openChapter(id) {
            begin()
            tap(child(screenItem("menu"), "chapterTile_" + id))
            tryCompare(NavigationController, "screen", NavigationController.ChapterScreen)
            tryCompare(NarrationController, "status", NarrationController.Playing, 10000)
            // The audio pipeline can be slow to start on a loaded machine; wait
            // until the voice is under way before judging captions.
            tryVerify(() => NarrationController.position > 400, 15000)
        }

        function captionText() { return child(screenItem("chapter"), "captionText") }

        function test_opensPlayingWithTheTitleCaption() {
            openChapter("causes")
            tryVerify(() => captionText().text !== "", 5000)
            compare(captionText().text, NarrationController.caption)
            verify(captionText().visible)
            compare(child(screenItem("chapter"), "narrationBar").visible, true)
            // The first cue is the chapter's title (0.3 s to about 1.7 s).
            tap(child(screenItem("chapter"), "playPauseButton"))
            tryCompare(NarrationController, "status", NarrationController.Paused)
            NarrationController.seek(800)
            compare(captionText().text, "Causes")
        }

        function test_pauseAndPlay() {
            openChapter("background")
            const button = child(screenItem("chapter"), "playPauseButton")
            tap(button)
            tryCompare(NarrationController, "status", NarrationController.Paused)
            const held = NarrationController.position
            wait(400)
            compare(NarrationController.position, held)
            tap(button)
            tryCompare(NarrationController, "status", NarrationController.Playing)
        }

        function test_draggingTheProgressBarMovesTheCaption() {
            openChapter("battles")
            const bar = child(screenItem("chapter"), "narrationProgress")
            // Drag the handle to about 60% of the way.
            const y = bar.height / 2
            touchEvent(bar).press(0, bar, bar.leftPadding + 4, y).commit()
            for (let i = 1; i <= 10; ++i) {
                wait(16)
                touchEvent(bar).move(0, bar, bar.leftPadding + (bar.availableWidth * 0.6) * i / 10, y).commit()
            }
            touchEvent(bar).release(0, bar, bar.leftPadding + bar.availableWidth * 0.6, y).commit()
            tryVerify(() => Math.abs(NarrationController.position - 0.6 * NarrationController.duration) < 3000, 5000)
            tryVerify(() => captionText().text !== "" && captionText().text !== "Battles")
            compare(captionText().text, NarrationController.caption)
        }

        function test_captionsToggle() {
            openChapter("legacy")
            tryVerify(() => captionText().text !== "", 5000)
            tap(child(screenItem("chapter"), "captionsButton"))
            compare(NarrationController.captionsEnabled, false)
            compare(captionText().text, "")
            tap(child(screenItem("chapter"), "captionsButton"))
            tryVerify(() => captionText().text !== "", 5000)
            // A new visitor gets captions on again.
            tap(child(screenItem("chapter"), "captionsButton"))
            NavigationController.reset()
            compare(NarrationController.captionsEnabled, true)
        }

        function test_nextChapterPlaysItsOwnTrack() {
            openChapter("causes")
            tap(child(screenItem("chapter"), "nextButton"))
            tryCompare(NarrationController, "status", NarrationController.Playing, 10000)
            tryCompare(captionText(), "text", "Battles", 5000)
        }

        function test_languageSwitchRestartsInThatLanguage() {
            openChapter("aftermath")
            tryVerify(() => NarrationController.position > 1500, 10000)
            tap(child(child(screenItem("chapter"), "languageButton"), "language_zh"))
            tryCompare(NarrationController, "status", NarrationController.Playing, 10000)
            verify(NarrationController.position < 1500)
            tryCompare(captionText(), "text", "余波", 5000)
        }

        function test_homeAndResetStopIt_data() {
            return [{ tag: "home" }, { tag: "reset" }]
        }

        function test_homeAndResetStopIt(data) {
            openChapter("causes")
            if (data.tag === "home")
                tap(child(screenItem("chapter"), "homeButton"))
            else
                NavigationController.reset()
            compare(NarrationController.status, NarrationController.NoNarration)
            compare(NarrationController.caption, "")
        }
    }
}
