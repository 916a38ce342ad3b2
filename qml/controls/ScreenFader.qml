import QtQuick
import Exhibit

// Holds one screen: fades it in when shown and takes it out of the scene
// (and of touch handling) once faded out.
//
// A screen given as `screen` (a Component) is made only while it is wanted:
// at once when shown, or in the idle time between frames while `preload` is
// set. The attract screen's first frame then does not wait for every other
// screen (issue 8: cold start ≤ 500 ms), and a screen is ready long before a
// visitor's first tap reaches it. It is let go once neither shown, fading
// out nor preloaded (issue 26: memory).
Item {
    id: root

    property bool shown: false
    property Component screen: null
    property bool preload: false
    // False while a `screen` is not made (yet, or any more).
    readonly property bool loaded: root.screen === null || screenLoader.status === Loader.Ready
    // False while a wanted `screen` is still being made.
    readonly property bool ready: root.loaded || !screenLoader.active

    anchors.fill: parent
    opacity: root.shown ? 1 : 0
    // Visible (and touchable) from the moment it is shown, not only once its
    // fade has drawn a first frame; hidden again once faded out.
    visible: root.shown || opacity > 0
    enabled: root.shown
    scale: root.shown ? 1 : 0.985

    Behavior on opacity {
        NumberAnimation { duration: Theme.fadeDuration; easing.type: Easing.OutCubic }
    }
    Behavior on scale {
        NumberAnimation { duration: Theme.fadeDuration; easing.type: Easing.OutCubic }
    }

    Loader {
        id: screenLoader

        anchors.fill: parent
        sourceComponent: root.screen
        // Its state (scroll, selection) is the controllers', so a screen
        // made again shows what it showed.
        active: root.screen !== null && (root.visible || root.preload)
        // Shown while still being made in the background: finish it now.
        asynchronous: !root.shown
    }
}
