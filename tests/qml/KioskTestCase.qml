import QtQuick
import QtTest
import Exhibit

// Shared by the QML tests: touch helpers that act as a visitor's finger does,
// and a clean start for every test (attract screen, default language).
TestCase {
    id: testCase

    when: windowShown

    function init() {
        // Any warning while a test runs (a broken binding, a missing file) fails it.
        failOnWarning(/.*/)
        StaffAccessController.close()
        NavigationController.reset()
        LanguageController.reset()
        AccessibilityController.reset()
        findChild(testCase.kioskRoot, "keypadNavigator").reset()
    }

    // The screens' faders, found once.
    property var faders: []
    function screenFaders() {
        if (faders.length === 0) {
            const found = []
            const walk = item => {
                if (String(item.objectName).endsWith("ScreenFader"))
                    found.push(item)
                for (let i = 0; i < item.children.length; ++i)
                    walk(item.children[i])
            }
            walk(testCase.kioskRoot)
            faders = found
        }
        return faders
    }

    // A screen zooms in as it fades in, and its layouts place their items in
    // the polish before the next frame: a finger aimed before then can land
    // where the button is not yet, or leave it. A visitor sees the screen
    // first; so do the tests (on a slow run, as under the sanitizers, the gap
    // is long enough to miss).
    function waitForScreensToSettle() {
        tryVerify(() => screenFaders().every(f => f.shown ? f.opacity === 1 && f.scale === 1 : f.opacity === 0),
                  5000, "a screen is still fading")
    }

    function tap(item, x, y) {
        waitForScreensToSettle()
        for (let placed = item; placed; placed = placed.parent)
            waitForItemPolished(placed)
        const px = x === undefined ? item.width / 2 : x
        const py = y === undefined ? item.height / 2 : y
        verify(item.visible, "tapping an invisible item: " + item)
        touchEvent(item).press(0, item, px, py).commit()
        wait(30)
        touchEvent(item).release(0, item, px, py).commit()
        wait(30)
    }

    // A reader scrolls a chapter's text until `item` (a link under it) is in
    // the middle of the view, or the text ends.
    function scrollIntoView(page, item) {
        const body = child(page, "bodyFlickable")
        const y = item.mapToItem(body.contentItem, 0, 0).y
        body.contentY = Math.min(y - body.height / 2, body.contentHeight - body.height)
        wait(50)
    }

    // A finger drag across `item` by (dx, dy) in small steps, as a swipe is.
    function swipe(item, dx, dy) {
        const x0 = item.width / 2 - dx / 2
        const y0 = item.height / 2 - dy / 2
        const steps = 12
        touchEvent(item).press(0, item, x0, y0).commit()
        for (let i = 1; i <= steps; ++i) {
            wait(16)
            touchEvent(item).move(0, item, x0 + dx * i / steps, y0 + dy * i / steps).commit()
        }
        touchEvent(item).release(0, item, x0 + dx, y0 + dy).commit()
    }

    // A finger held still on `item` for `ms` milliseconds.
    function hold(item, x, y, ms) {
        touchEvent(item).press(0, item, x, y).commit()
        wait(ms)
        touchEvent(item).release(0, item, x, y).commit()
        wait(30)
    }

    function screenItem(name) {
        const item = findChild(testCase.kioskRoot, name + "ScreenFader")
        verify(item, "no screen " + name)
        // Visit screens are made in the background after the first frame.
        tryVerify(() => item.loaded, 5000, "screen " + name + " never finished loading")
        return item
    }

    // Waits for it: only the attract screen is made before the first frame,
    // the rest in the background after it.
    function child(parentItem, name) {
        tryVerify(() => findChild(parentItem, name) !== null, 5000, "no item named " + name)
        return findChild(parentItem, name)
    }

    function begin() {
        tap(testCase.kioskRoot, testCase.kioskRoot.width / 2, testCase.kioskRoot.height / 2)
        tryCompare(NavigationController, "screen", NavigationController.MenuScreen)
    }

    property Item kioskRoot
}
