import QtQuick
import QtTest
import Exhibit

// The kiosk's screen reader as a blind visitor uses it, with the real speech
// engine: a finger on the screen hears what is under it and presses nothing;
// a double tap presses what was heard; flicks go on in reading order; two
// fingers flicked up read on; two fingers held turn it on and off; the
// narration waits while it speaks; the visit's end turns it off, and says so.
Item {
    width: 1920
    height: 1080

    KioskRoot {
        id: kiosk

        anchors.fill: parent
    }

    KioskTestCase {
        id: testCase

        name: "ScreenReader"
        kioskRoot: kiosk

        readonly property ScreenReader reader: findChild(kiosk, "screenReader")

        SignalSpy {
            id: speechChanges

            target: LabelSpeaker
            signalName: "speakingChanged"
        }

        SignalSpy {
            id: said

            target: LabelSpeaker
            signalName: "spoke"
        }

        function readerOn() {
            begin()
            AccessibilityController.screenReader = true
            tryVerify(() => LabelSpeaker.lastText.startsWith("Screen reader on"), 5000, LabelSpeaker.lastText)
        }

        // A finger put down on `item` and held still a moment: the reader
        // says what is there while it is down (a tap is said only once no
        // second tap follows; a finger held is said at once).
        function touchAndHold(item, x, y) {
            waitForScreensToSettle()
            const px = x === undefined ? item.width / 2 : x
            const py = y === undefined ? item.height / 2 : y
            touchEvent(item).press(0, item, px, py).commit()
            wait(450) // past a tap (300 ms): the finger explores
            touchEvent(item).release(0, item, px, py).commit()
            wait(30)
        }

        function doubleTap(item) {
            for (let i = 0; i < 2; ++i) {
                touchEvent(item).press(0, item, item.width / 2, item.height / 2).commit()
                wait(40)
                touchEvent(item).release(0, item, item.width / 2, item.height / 2).commit()
                wait(60)
            }
        }

        // A quick flick of one finger sideways (+1 right: next; -1 left: previous),
        // over well within a flick's 300 ms even on a slow run (as under the sanitizers).
        function flick(direction) {
            const y = kiosk.height / 2
            const x0 = kiosk.width / 2 - direction * 150
            touchEvent(kiosk).press(0, kiosk, x0, y).commit()
            for (let i = 1; i <= 3; ++i)
                touchEvent(kiosk).move(0, kiosk, x0 + direction * 100 * i, y).commit()
            touchEvent(kiosk).release(0, kiosk, x0 + direction * 300, y).commit()
            wait(30)
        }

        function twoFingerFlickUp() {
            const x = kiosk.width / 2
            const y0 = kiosk.height * 0.7
            touchEvent(kiosk).press(0, kiosk, x - 100, y0).press(1, kiosk, x + 100, y0).commit()
            for (let i = 1; i <= 3; ++i)
                touchEvent(kiosk).move(0, kiosk, x - 100, y0 - 70 * i).move(1, kiosk, x + 100, y0 - 70 * i).commit()
            touchEvent(kiosk).release(0, kiosk, x - 100, y0 - 210).release(1, kiosk, x + 100, y0 - 210).commit()
            wait(30)
        }

        function twoFingerHold() {
            const x = kiosk.width / 2
            const y = kiosk.height / 2
            touchEvent(kiosk).press(0, kiosk, x - 100, y).press(1, kiosk, x + 100, y).commit()
            wait(3300) // the hold is 3 s
            touchEvent(kiosk).release(0, kiosk, x - 100, y).release(1, kiosk, x + 100, y).commit()
            wait(30)
        }

        function openChapter(index) {
            NavigationController.openChapter(index)
            tryCompare(NavigationController, "screen", NavigationController.ChapterScreen)
            waitForScreensToSettle()
            return findChild(screenItem("chapter"), "chapterPage_" + ["background", "causes", "battles", "aftermath", "legacy"][index])
        }

        function test_touchingATitleSpeaksItInEachLanguage() {
            verify(LabelSpeaker.available, "speech engine " + LabelSpeaker.engine)
            readerOn()
            const page = openChapter(2)
            const title = child(page, "chapterTitle")
            speechChanges.clear()
            touchAndHold(title)
            compare(reader.currentItem, title)
            compare(LabelSpeaker.lastText, title.text)
            tryVerify(() => speechChanges.count > 0, 10000, "spoken aloud: " + LabelSpeaker.lastText)
            verify(child(kiosk, "readerRing").visible, "the ring shows what is spoken")

            verify(LabelSpeaker.voiceName("zh") !== "", "a Mandarin voice")
            LanguageController.setLanguage("zh")
            tryVerify(() => !LabelSpeaker.speaking, 10000, "the English title ends")
            tryVerify(() => /[\u4e00-\u9fff]/.test(title.text), 5000, title.text)
            speechChanges.clear()
            touchAndHold(title)
            compare(LabelSpeaker.lastText, title.text)
            tryVerify(() => speechChanges.count > 0, 10000, "spoken aloud: " + LabelSpeaker.lastText)
        }

        function test_aButtonIsSaidNotPressedUntilDoubleTapped() {
            readerOn()
            const tile = child(screenItem("menu"), "chapterTile_battles")
            tap(tile)
            // A tap is said once no second tap comes.
            tryVerify(() => reader.currentItem === tile, 3000)
            verify(LabelSpeaker.lastText.endsWith(", button"), LabelSpeaker.lastText)
            verify(LabelSpeaker.lastText.indexOf(tile.Accessible.name) === 0, LabelSpeaker.lastText)
            wait(500)
            compare(NavigationController.screen, NavigationController.MenuScreen) // nothing pressed
            // A double tap anywhere presses what was said: here, far from the tile.
            doubleTap(child(screenItem("menu"), "menuFooter"))
            tryCompare(NavigationController, "screen", NavigationController.ChapterScreen)
            compare(NavigationController.chapterIndex, 2)
            // The new screen is read from its start.
            tryVerify(() => reader.currentItem !== tile && reader.currentItem !== null, 5000)
        }

        function test_flicksGoInReadingOrderAcrossTheMenu() {
            readerOn()
            const menu = screenItem("menu")
            const order = []
            for (let i = 0; i < 12; ++i) {
                flick(+1)
                tryVerify(() => reader.currentItem !== null)
                order.push(reader.currentItem)
            }
            const at = name => order.indexOf(child(menu, name))
            verify(at("chapterTile_background") >= 0, "the first tile is read")
            verify(at("chapterTile_background") < at("chapterTile_causes"), "left to right")
            verify(at("chapterTile_causes") < at("chapterTile_battles"), "left to right")
            // Back again: the one before.
            const here = reader.currentItem
            flick(-1)
            verify(reader.currentItem !== here)
            compare(order.indexOf(reader.currentItem), order.indexOf(here) - 1)
        }

        function test_flicksReadAChapterAndScrollItsText() {
            readerOn()
            const page = openChapter(0)
            const body = child(page, "bodyFlickable")
            touchAndHold(child(page, "chapterTitle"))
            compare(body.contentY, 0)
            const spoken = []
            for (let i = 0; i < 15 && body.contentY === 0; ++i) {
                flick(+1)
                spoken.push(LabelSpeaker.lastText)
            }
            verify(body.contentY > 0, "reading on scrolled the text: " + spoken.join(" | "))
            // What is in the ring is in view.
            const ring = reader.focusRect
            const view = body.mapToItem(kiosk, 0, 0, body.width, body.height)
            verify(ring.y >= view.y - 1 && ring.y < view.y + view.height, "ring " + ring.y + " view " + view.y)
        }

        function test_twoFingersUpReadOnInTurn() {
            verify(LabelSpeaker.available)
            readerOn()
            const page = openChapter(4)
            touchAndHold(child(page, "chapterTitle"))
            tryVerify(() => !LabelSpeaker.speaking, 10000)
            said.clear()
            twoFingerFlickUp()
            // The title, then the texts after it, each as the last has ended, the ring along.
            tryVerify(() => said.count >= 3, 30000, "read on: " + said.count)
            verify(reader.currentItem !== child(page, "chapterTitle"), "the ring moved on")
            // Any touch stops the reading.
            touchAndHold(child(page, "chapterTitle"))
            const count = said.count
            wait(1500)
            verify(said.count <= count + 1, "stopped: " + said.count + " after " + count)
        }

        function test_twoFingersHeldTurnTheReaderOnAndOff() {
            // From the attract screen: it begins the visit, with the reader on.
            twoFingerHold()
            tryCompare(AccessibilityController, "screenReader", true)
            verify(NavigationController.visiting)
            verify(LabelSpeaker.lastText.startsWith("Screen reader on"), LabelSpeaker.lastText)
            waitForScreensToSettle()
            twoFingerHold()
            tryCompare(AccessibilityController, "screenReader", false)
            compare(LabelSpeaker.lastText, "Screen reader off.")
            verify(NavigationController.visiting)
        }

        function test_theKeypadKeyAndTheOptionsPanelTurnItOn() {
            keyClick(Qt.Key_R)
            tryCompare(AccessibilityController, "screenReader", true)
            verify(NavigationController.visiting)
            keyClick(Qt.Key_R)
            tryCompare(AccessibilityController, "screenReader", false)
            // In "Aa", a switch among the others; a sighted companion may turn it on.
            tap(child(screenItem("menu"), "accessibilityButton"))
            tryCompare(AccessibilityController, "panelOpen", true)
            tap(child(kiosk, "accessibility_screenReader"))
            tryCompare(AccessibilityController, "screenReader", true)
            // On, a touch on the switch is said, and only a double tap turns it off.
            const option = child(kiosk, "accessibility_screenReader")
            touchAndHold(option)
            verify(LabelSpeaker.lastText.startsWith("Screen reader: on"), LabelSpeaker.lastText)
            compare(AccessibilityController.screenReader, true)
            doubleTap(option)
            tryCompare(AccessibilityController, "screenReader", false)
        }

        function test_theNarrationWaitsWhileTheReaderSpeaks() {
            verify(LabelSpeaker.available)
            readerOn()
            const page = openChapter(1)
            tryCompare(NarrationController, "status", NarrationController.Playing, 15000)
            tryVerify(() => !LabelSpeaker.speaking && !NarrationController.heldForSpeech, 15000)
            tryVerify(() => NarrationController.position > 300, 10000)
            speechChanges.clear()
            touchAndHold(child(page, "chapterTitle"))
            tryVerify(() => LabelSpeaker.speaking, 10000, "speaking")
            verify(NarrationController.heldForSpeech, "the narration waits")
            const heldAt = NarrationController.position
            wait(300)
            compare(NarrationController.position, heldAt)
            compare(NarrationController.status, NarrationController.Playing)
            // Once the reader is quiet, the narration goes on.
            tryVerify(() => !NarrationController.heldForSpeech, 15000)
            tryVerify(() => NarrationController.position > heldAt + 200, 10000)
        }

        function test_theVisitsEndTurnsItOffAndSaysSo() {
            readerOn()
            const tile = child(screenItem("menu"), "chapterTile_causes")
            touchAndHold(tile)
            compare(reader.currentItem, tile)
            NavigationController.reset() // as the idle reset does
            compare(AccessibilityController.screenReader, false)
            compare(LabelSpeaker.lastText, "The exhibit has started again for the next visitor. Screen reader off.")
            compare(reader.currentItem, null)
            // Off, a touch is a touch again.
            begin()
            compare(NavigationController.screen, NavigationController.MenuScreen)
            tap(child(screenItem("menu"), "chapterTile_causes"))
            tryCompare(NavigationController, "screen", NavigationController.ChapterScreen)
        }
    }
}
