import QtQuick
import QtTest
import Exhibit

// The visitor's accessibility choices by touch: "Aa" beside the language
// switch opens them; larger text (1.5 times) still fits the menu's cards,
// high contrast and less motion change the theme; and the next visitor
// starts with none of them.
Item {
    width: 1920
    height: 1080

    KioskRoot {
        id: kiosk

        anchors.fill: parent
    }

    KioskTestCase {
        name: "Accessibility"
        kioskRoot: kiosk

        readonly property int normalBodySize: 29 // Theme.bodySize in English at 1080 px

        function openPanel() {
            begin()
            tap(child(screenItem("menu"), "accessibilityButton"))
            verify(AccessibilityController.panelOpen)
            tryCompare(findChild(kiosk, "accessibilityPanelFader"), "opacity", 1)
            return child(kiosk, "accessibilityPanel")
        }

        function test_choicesChangeTheTheme() {
            const panel = openPanel()
            tap(child(panel, "accessibility_largeText"))
            verify(AccessibilityController.largeText)
            verify(Theme.bodySize >= 1.5 * normalBodySize - 1, "body text " + Theme.bodySize)
            tap(child(panel, "accessibility_highContrast"))
            compare(Theme.text, Qt.rgba(0, 0, 0, 1))
            tap(child(panel, "accessibility_reducedMotion"))
            compare(Theme.fadeDuration, 0)
            verify(child(screenItem("menu"), "accessibilityButton").checked) // shows that a choice is on
            tap(child(panel, "accessibilityCloseButton"))
            verify(!AccessibilityController.panelOpen)
        }

        function test_largeTextStillFitsTheMenu() {
            AccessibilityController.largeText = true
            begin()
            const menu = screenItem("menu")
            for (const id of ["background", "causes", "battles", "aftermath", "legacy"]) {
                const tile = child(menu, "chapterTile_" + id)
                const words = child(tile, "tileWords")
                tryVerify(() => words.y + words.height <= tile.height, 2000,
                          id + ": the words end at " + (words.y + words.height) + " in a card " + tile.height + " tall")
            }
        }

        function test_theNextVisitorStartsAfresh() {
            openPanel()
            AccessibilityController.largeText = true
            AccessibilityController.highContrast = true
            NavigationController.reset() // what the idle reset does
            verify(!AccessibilityController.anyActive)
            verify(!AccessibilityController.panelOpen)
            compare(Theme.bodySize, normalBodySize)
        }
    }
}
