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

    function tap(item, x, y) {
        const px = x === undefined ? item.width / 2 : x
        const py = y === undefined ? item.height / 2 : y
        verify(item.visible, "tapping an invisible item: " + item)
        touchEvent(item).press(0, item, px, py).commit()
        wait(30)
        touchEvent(item).release(0, item, px, py).commit()
        wait(30)
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

    function child(parentItem, name) {
        const item = findChild(parentItem, name)
        verify(item, "no item named " + name)
        return item
    }

    function begin() {
        tap(testCase.kioskRoot, testCase.kioskRoot.width / 2, testCase.kioskRoot.height / 2)
        tryCompare(NavigationController, "screen", NavigationController.MenuScreen)
    }

    property Item kioskRoot
}
