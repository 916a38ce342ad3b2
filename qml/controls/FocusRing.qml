import QtQuick
import Exhibit

// The keypad's focus ring: a thick amber outline in a dark edge around the
// control the keypad is on, and a brief pulse when Enter presses it.
Item {
    id: root

    property rect target
    property real targetRadius: 0
    property bool shown: false
    readonly property real gap: Math.max(3, Theme.px(6))

    function pulse() { pulseAnimation.restart() }

    // The ring jumps to the next control rather than gliding: it is always
    // exactly round the control, even one that is moving (a fading screen,
    // a scrolling list), and the eye finds it at once.
    x: root.target.x - root.gap
    y: root.target.y - root.gap
    width: root.target.width + 2 * root.gap
    height: root.target.height + 2 * root.gap
    visible: root.shown && root.target.width > 0

    Rectangle {
        id: edge

        anchors.fill: parent
        anchors.margins: -amber.border.width
        radius: root.targetRadius + root.gap + amber.border.width
        color: "transparent"
        border.color: Theme.focusRingEdge
        border.width: Math.max(2, Theme.px(3))
    }

    Rectangle {
        id: amber

        anchors.fill: parent
        radius: root.targetRadius + root.gap
        color: "transparent"
        border.color: Theme.focusRing
        border.width: Math.max(4, Theme.px(6))
    }

    // Inside the amber, a second dark line keeps the ring clear on a light button too.
    Rectangle {
        anchors.fill: parent
        anchors.margins: amber.border.width
        radius: Math.max(0, root.targetRadius + root.gap - amber.border.width)
        color: "transparent"
        border.color: Theme.focusRingEdge
        border.width: Math.max(1, Theme.px(2))
    }

    SequentialAnimation {
        id: pulseAnimation

        NumberAnimation { target: amber; property: "opacity"; to: 0.35; duration: Theme.reducedMotion ? 0 : 90 }
        NumberAnimation { target: amber; property: "opacity"; to: 1; duration: Theme.reducedMotion ? 0 : 160 }
    }
}
