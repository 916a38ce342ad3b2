import QtQuick
import QtTest
import Exhibit

// Idle reset end to end, by touch, with tests/data/short-idle.ini (5 s idle,
// 3 s warning): the warning comes, a tap dismisses it, silence resets the
// kiosk for the next visitor, and a listener is never cut off.
Item {
    width: 1920
    height: 1080

    KioskRoot {
        id: kiosk

        anchors.fill: parent
    }

    KioskTestCase {
        id: testCase

        name: "IdleReset"
        kioskRoot: kiosk

        function warning() { return child(kiosk, "idleWarning") }

        function test_warningThenTapContinues() {
            begin()
            tryCompare(IdleController, "warning", true, 15000)
            tryCompare(warning(), "opacity", 1)
            verify(child(warning(), "idleCountdown").text > 0)
            tap(warning(), 40, 40) // anywhere on it
            compare(IdleController.warning, false)
            compare(NavigationController.screen, NavigationController.MenuScreen)
            // ...as many times as the visitor likes.
            tryCompare(IdleController, "warning", true, 15000)
            tap(child(warning(), "continueButton"))
            compare(IdleController.warning, false)
            compare(NavigationController.screen, NavigationController.MenuScreen)
        }

        function test_silenceResetsForTheNextVisitor() {
            begin()
            tap(child(child(screenItem("menu"), "languageButton"), "language_zh"))
            tap(child(screenItem("menu"), "chapterTile_battles"))
            tryCompare(NarrationController, "status", NarrationController.Playing, 10000)
            tap(child(screenItem("chapter"), "captionsButton"))   // captions off
            tap(child(screenItem("chapter"), "playPauseButton"))  // pause the narration
            const body = child(child(screenItem("chapter"), "chapterPage_battles"), "bodyFlickable")
            swipe(body, 0, -body.height * 0.8)
            tryVerify(() => body.contentY > 0)
            // 5 s idle + 3 s warning, then back to the start with every choice reset.
            tryCompare(IdleController, "warning", true, 15000)
            tryCompare(NavigationController, "screen", NavigationController.AttractScreen, 15000)
            compare(IdleController.warning, false)
            compare(LanguageController.language, "en")
            compare(NarrationController.captionsEnabled, true)
            compare(NarrationController.status, NarrationController.NoNarration)
            compare(body.contentY, 0)
        }

        function test_noCountdownWhileNarrationPlays() {
            begin()
            tap(child(screenItem("menu"), "chapterTile_causes"))
            tryCompare(NarrationController, "status", NarrationController.Playing, 10000)
            wait(6000) // longer than the idle timeout
            compare(IdleController.warning, false)
            tap(child(screenItem("chapter"), "playPauseButton"))
            tryCompare(NarrationController, "status", NarrationController.Paused)
            tryCompare(IdleController, "warning", true, 15000)
        }

        function test_noCountdownOnTheAttractScreen() {
            wait(6000)
            compare(IdleController.warning, false)
            compare(NavigationController.screen, NavigationController.AttractScreen)
        }
    }
}
