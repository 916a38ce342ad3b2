import QtQuick
import QtTest
import Exhibit

// The whole exhibit from a keypad or keyboard, as a visitor who cannot use
// the touchscreen would: Enter begins, arrows move a visible ring that says
// what it is on, Enter presses, Back steps back (never out of the kiosk),
// Help explains the keys, + and − change the volume; a touch hides the ring
// and the next visitor starts without it.
Item {
    width: 1920
    height: 1080

    KioskRoot {
        id: kiosk

        anchors.fill: parent
    }

    KioskTestCase {
        id: testCase

        name: "Keypad"
        kioskRoot: kiosk

        readonly property KeypadNavigator keypad: findChild(kiosk, "keypadNavigator")

        function press(key) {
            keyClick(key)
            wait(20)
        }

        // The ring is drawn round the control the keypad is on, and says its name.
        // The control is measured afresh each time: a screen still fading in
        // is still growing to its full size, and the ring grows with it.
        function verifyRingOn(control) {
            tryCompare(keypad, "focusedControl", control)
            const ring = child(kiosk, "focusRing")
            verify(ring.visible, "the ring shows")
            let seen = ""
            const ringIsRound = () => {
                const rect = control.mapToItem(kiosk, 0, 0, control.width, control.height)
                seen = "ring " + ring.x + "," + ring.width + " control " + rect.x + "," + rect.width
                return Math.abs(ring.x + ring.gap - rect.x) < 1 && Math.abs(ring.width - 2 * ring.gap - rect.width) < 1
            }
            for (let waited = 0; waited < 2000 && !ringIsRound(); waited += 20)
                wait(20)
            verify(ringIsRound(), "the ring is round " + control.objectName + ": " + seen)
            compare(LabelSpeaker.lastText, keypad.labelOf(control))
            verify(LabelSpeaker.lastText !== "", "the control has a name to say")
        }

        function beginByKeypad() {
            press(Qt.Key_Return) // the ring appears on "Touch to begin"…
            const callToAction = findChild(screenItem("attract"), "callToAction")
            verifyRingOn(callToAction)
            compare(keypad.focusRadius, callToAction.height / 2) // its Keypad.radius: the pill's
            compare(NavigationController.screen, NavigationController.AttractScreen)
            press(Qt.Key_Return) // …and Enter begins
            tryCompare(NavigationController, "screen", NavigationController.MenuScreen)
        }

        function test_enterBeginsAndArrowsCrossTheMenu() {
            beginByKeypad()
            const menu = screenItem("menu")
            // The ring lands on the menu by itself, near where it was.
            tryVerify(() => keypad.focusedControl !== null && menu.contains(keypad.focusedControl.mapToItem(menu, 1, 1)))
            // Left to the end of the tiles, then step through them to the right.
            for (let i = 0; i < 8; ++i)
                press(Qt.Key_Up)
            for (let i = 0; i < 8; ++i)
                press(Qt.Key_Left)
            verifyRingOn(child(menu, "chapterTile_background"))
            press(Qt.Key_Right)
            verifyRingOn(child(menu, "chapterTile_causes"))
            press(Qt.Key_Down)
            verify(keypad.focusedControl !== child(menu, "chapterTile_causes"))
            verify(keypad.focusedControl.mapToItem(kiosk, 0, 0).y > child(menu, "chapterTile_causes").mapToItem(kiosk, 0, 0).y)
        }

        function test_enterOpensAChapterAndBackReturns() {
            beginByKeypad()
            const menu = screenItem("menu")
            for (let i = 0; i < 8; ++i)
                press(Qt.Key_Up)
            for (let i = 0; i < 8; ++i)
                press(Qt.Key_Left)
            press(Qt.Key_Right)
            press(Qt.Key_Right)
            verifyRingOn(child(menu, "chapterTile_battles"))
            press(Qt.Key_Return)
            tryCompare(NavigationController, "screen", NavigationController.ChapterScreen)
            compare(NavigationController.chapterIndex, 2)
            // The ring starts on the chapter's text, and Down reads on through it.
            tryVerify(() => keypad.focusedControl && keypad.focusedControl.objectName === "bodyFlickable")
            const body = keypad.focusedControl
            verify(LabelSpeaker.lastText.startsWith("Battles"), LabelSpeaker.lastText)
            if (body.contentHeight > body.height) {
                press(Qt.Key_Down)
                verify(body.contentY > 0, "the text scrolled")
            }
            press(Qt.Key_Escape)
            tryCompare(NavigationController, "screen", NavigationController.MenuScreen)
            // Back on the menu stays on the menu: nothing quits, the visit goes on.
            press(Qt.Key_Escape)
            press(Qt.Key_Back)
            compare(NavigationController.screen, NavigationController.MenuScreen)
            verify(NavigationController.visiting)
        }

        function test_nextChapterKeepsTheRing() {
            beginByKeypad()
            NavigationController.openChapter(0)
            tryCompare(NavigationController, "screen", NavigationController.ChapterScreen)
            const next = child(screenItem("chapter"), "nextButton")
            tryVerify(() => keypad.focusedControl !== null)
            // Tab goes through the controls in reading order, Next among them.
            for (let i = 0; i < 20 && keypad.focusedControl !== next; ++i)
                press(Qt.Key_Tab)
            verifyRingOn(next)
            press(Qt.Key_Return)
            tryCompare(NavigationController, "chapterIndex", 1)
            verifyRingOn(next)
        }

        // A picture is a stop for the ring, which says what it shows.
        function test_theRingSaysWhatAPictureShows() {
            beginByKeypad()
            NavigationController.openChapter(2)
            tryCompare(NavigationController, "screen", NavigationController.ChapterScreen)
            const picture = child(child(screenItem("chapter"), "chapterPage_battles"), "chapterImage")
            tryVerify(() => keypad.focusedControl !== null)
            for (let i = 0; i < 20 && keypad.focusedControl !== picture; ++i)
                press(Qt.Key_Tab)
            verifyRingOn(picture)
            compare(LabelSpeaker.lastText, picture.description)
            verify(picture.description.length > 40, picture.description)
            press(Qt.Key_Return) // nothing to press: the visit goes on where it was
            compare(NavigationController.screen, NavigationController.ChapterScreen)
        }

        function test_aDialogHoldsTheRingAndBackClosesIt() {
            beginByKeypad()
            const options = child(screenItem("menu"), "accessibilityButton")
            for (let i = 0; i < 15 && keypad.focusedControl !== options; ++i)
                press(Qt.Key_Tab)
            verifyRingOn(options)
            press(Qt.Key_Return)
            tryCompare(AccessibilityController, "panelOpen", true)
            const panel = child(kiosk, "accessibilityPanel")
            tryVerify(() => keypad.focusedControl && panel.contains(keypad.focusedControl.mapToItem(panel, 1, 1))
                            && keypad.focusedControl.objectName.startsWith("accessibility"))
            // Tab goes round the dialog's own buttons only.
            for (let i = 0; i < 6; ++i) {
                press(Qt.Key_Tab)
                verify(keypad.focusedControl.objectName.startsWith("accessibility"), keypad.focusedControl.objectName)
            }
            const large = child(panel, "accessibility_largeText")
            for (let i = 0; i < 6 && keypad.focusedControl !== large; ++i)
                press(Qt.Key_Tab)
            press(Qt.Key_Return)
            verify(AccessibilityController.largeText)
            press(Qt.Key_Escape)
            tryCompare(AccessibilityController, "panelOpen", false)
            compare(NavigationController.screen, NavigationController.MenuScreen)
        }

        function test_helpExplainsTheKeys() {
            beginByKeypad()
            press(Qt.Key_F1)
            tryCompare(AccessibilityController, "helpOpen", true)
            const keys = child(kiosk, "keypadHelpKeys")
            verifyRingOn(keys)
            verify(LabelSpeaker.lastText.indexOf("Enter") >= 0, LabelSpeaker.lastText)
            press(Qt.Key_Escape)
            tryCompare(AccessibilityController, "helpOpen", false)
            // Help from the attract screen begins the visit and opens it.
            NavigationController.reset()
            press(Qt.Key_Question)
            tryCompare(NavigationController, "screen", NavigationController.MenuScreen)
            tryCompare(AccessibilityController, "helpOpen", true)
        }

        function test_plusAndMinusSetTheVolume() {
            beginByKeypad()
            const start = AccessibilityController.volume
            press(Qt.Key_Plus)
            compare(AccessibilityController.volume, Math.min(100, start + 10))
            tryCompare(child(kiosk, "volumeIndicator"), "opacity", 1)
            verify(LabelSpeaker.lastText.startsWith("Volume"), LabelSpeaker.lastText)
            press(Qt.Key_Minus)
            press(Qt.Key_Minus)
            compare(AccessibilityController.volume, start - 10)
            for (let i = 0; i < 12; ++i)
                press(Qt.Key_Minus)
            compare(AccessibilityController.volume, 10) // quiet, never silent
            NavigationController.reset()
            compare(AccessibilityController.volume, start) // the next visitor hears the kiosk's level
        }

        function test_aTouchHidesTheRingAndTheNextVisitorStartsWithout() {
            beginByKeypad()
            verify(keypad.active)
            tap(child(screenItem("menu"), "chapterTile_causes"))
            verify(!keypad.active)
            verify(!child(kiosk, "focusRing").visible)
            NavigationController.reset()
            compare(keypad.focusedControl, null)
        }

        // A short label can be said and done between two looks at `speaking`
        // (on a slow run, as under the sanitizers): count the changes instead.
        SignalSpy {
            id: speechChanges

            target: LabelSpeaker
            signalName: "speakingChanged"
        }

        function test_labelsAreSpokenAloud() {
            verify(LabelSpeaker.available, "speech engine " + LabelSpeaker.engine)
            speechChanges.clear()
            beginByKeypad()
            // Said through speech-dispatcher, in English and then in Mandarin.
            tryVerify(() => speechChanges.count > 0, 10000, "speaking " + LabelSpeaker.lastText)
            verify(LabelSpeaker.voiceName("zh") !== "", "a Mandarin voice")
            LanguageController.setLanguage("zh")
            tryVerify(() => !LabelSpeaker.speaking, 10000, "the English label ends")
            speechChanges.clear()
            press(Qt.Key_Tab)
            tryVerify(() => speechChanges.count > 0, 10000, "speaking " + LabelSpeaker.lastText)
        }
    }
}
