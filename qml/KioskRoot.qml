import QtQuick
import Exhibit

// Everything a visitor sees: one screen at a time, chosen by the
// NavigationController, cross-fading in under 300 ms.
KioskFrame {
    id: root

    readonly property bool portrait: height > width
    // Drawn inside Exhibit Studio, as its preview: the studio's window keeps
    // its keyboard, and the staff's hidden corner is not there.
    property bool inStudio: false
    // Only the attract screen is made before the first frame; once that frame
    // is under way (afterAnimating: on this thread, unlike frameSwapped), the
    // other screens' types are loaded and the menu made, in the background
    // (VisitLayers; bench/first-frame.sh: the start against a bare window).
    property bool firstFrameShown: false
    // The other screens and panels of a visit are made once its menu has
    // faded in (not to hold up its frames) and let go once the kiosk has
    // rested a moment after it: they are not held through the hours on the
    // attract screen (bench/memory.sh; bench/taps.sh: made long before a
    // visitor can reach one), and never let go under a visit that follows
    // at once (a visitor back, a reset and a visit in one go). The closed
    // and unavailable screens and the staff's PIN pad are made when shown
    // (nobody is visiting then), the admin panel while the PIN is typed.
    property bool visitScreensWanted: false
    screensLoaded: root.firstFrameShown && layers.status === Loader.Ready
                   && (layers.item as VisitLayers).ready

    Connections {
        target: root.Window.window
        enabled: !root.firstFrameShown
        function onAfterAnimating() { root.firstFrameShown = true }
    }

    Timer {
        interval: Theme.fadeDuration
        running: root.firstFrameShown && NavigationController.visiting && !root.visitScreensWanted
        onTriggered: root.visitScreensWanted = true
    }

    Timer {
        interval: 2000
        running: root.visitScreensWanted && !NavigationController.visiting
        onTriggered: root.visitScreensWanted = false
    }

    onWidthChanged: Theme.scale = Math.min(width, height) / 1080
    onHeightChanged: Theme.scale = Math.min(width, height) / 1080
    Component.onCompleted: Theme.scale = Math.min(width, height) / 1080

    Rectangle {
        anchors.fill: parent
        color: Theme.ink
    }

    ScreenFader {
        objectName: "attractScreenFader"
        shown: NavigationController.screen === NavigationController.AttractScreen
        AttractScreen {
            anchors.fill: parent
            portrait: root.portrait
        }
    }

    // The rest, made once the first frame is under way (at once when another
    // screen shows first: closed, unavailable, or one a preview asks for).
    Loader {
        id: layers

        objectName: "visitLayers"
        anchors.fill: parent
        active: root.firstFrameShown
                || NavigationController.screen !== NavigationController.AttractScreen
        asynchronous: NavigationController.screen === NavigationController.AttractScreen
        source: "VisitLayers.qml"

        onLoaded: {
            const visitLayers = layers.item as VisitLayers
            visitLayers.firstFrameShown = Qt.binding(() => root.firstFrameShown)
            visitLayers.visitScreensWanted = Qt.binding(() => root.visitScreensWanted)
        }
    }

    // Staff only: hold the top-left corner for three seconds.
    HiddenHoldArea {
        objectName: "staffCorner"
        enabled: !root.inStudio
        width: Math.max(Theme.touchTarget, Theme.px(140))
        height: width
        holdMilliseconds: StaffAccessController.holdMilliseconds
        onHeld: StaffAccessController.requestAccess()
    }

    // The exhibit from a keypad or keyboard, over everything, drawing only its ring.
    KeypadNavigator {
        id: keypad

        objectName: "keypadNavigator"
        anchors.fill: parent
        enabled: !root.inStudio
        onAnnounce: text => LabelSpeaker.say(text)
        onActivated: focusRing.pulse()
        onBackRequested: NavigationController.stepBack()
        onHelpRequested: AccessibilityController.requestHelp()
        onVolumeStepRequested: step => {
            AccessibilityController.stepVolume(step)
            const visitLayers = layers.item as VisitLayers
            visitLayers?.flashVolume()
            LabelSpeaker.say(qsTr("Volume %1 of 10").arg(AccessibilityController.volumeLevel))
        }

        onScreenReaderRequested: AccessibilityController.requestScreenReaderToggle()

        Connections {
            target: NavigationController
            function onVisitEnded() { keypad.reset() }
        }

        FocusRing {
            id: focusRing

            objectName: "focusRing"
            target: keypad.focusRect
            targetRadius: keypad.focusRadius
            shown: keypad.active
        }
    }

    // The screen reader, over everything: on, it takes every touch and
    // speaks what is under the finger; off, it listens for two fingers held
    // still for three seconds. The words it adds are the interface's own.
    ScreenReader {
        id: reader

        // Set when the visit ends with the reader on: that message replaces "off".
        property bool endedWithVisit: false

        objectName: "screenReader"
        anchors.fill: parent
        enabled: !root.inStudio
        active: AccessibilityController.screenReader
        speaker: LabelSpeaker
        controlWords: qsTr("%1, button")
        pictureWords: qsTr("Picture: %1")
        firstWords: qsTr("First on this screen: %1")
        lastWords: qsTr("Last on this screen: %1")
        onToggleRequested: AccessibilityController.requestScreenReaderToggle()
        onActivated: readerRing.pulse()
        onActiveChanged: {
            if (active)
                say(qsTr("Screen reader on. Move a finger over the screen to hear what is there, "
                         + "and double tap anywhere to press it. Flick right or left for the next or the last thing, "
                         + "and flick two fingers up to read on. Hold two fingers still to turn it off."))
            else if (!endedWithVisit)
                say(qsTr("Screen reader off."))
            endedWithVisit = false
        }

        Connections {
            target: AccessibilityController
            function onScreenReaderEndedWithVisit() {
                reader.endedWithVisit = true
                reader.say(qsTr("The exhibit has started again for the next visitor. Screen reader off."))
            }
        }

        Connections {
            target: NavigationController
            function onVisitEnded() { reader.reset() }
        }

        FocusRing {
            id: readerRing

            objectName: "readerRing"
            target: reader.focusRect
            targetRadius: reader.focusRadius
            shown: reader.active && reader.currentItem !== null
        }
    }
}
