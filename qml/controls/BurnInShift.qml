import QtQuick
import Exhibit

// Moves what it holds slowly around a small box, so a screen that shows the
// same picture for hours (the attract loop) never keeps a pixel lit the same
// way: the two sides run at different periods and trace a Lissajous figure
// that covers the box. Too slow (minutes) for anyone to see it move.
Item {
    id: root

    default property alias content: holder.data
    property real amplitude: Theme.px(28)
    property bool running: false
    property real shiftX
    property real shiftY

    anchors.fill: parent

    Item {
        id: holder

        anchors.fill: parent
        // Whole pixels: the picture moves (and is drawn again) only when a
        // pixel changes, a few times a minute, not on every frame.
        transform: Translate {
            x: Math.round(root.shiftX)
            y: Math.round(root.shiftY)
        }
    }

    SequentialAnimation on shiftX {
        running: root.running
        loops: Animation.Infinite
        NumberAnimation { to: root.amplitude; duration: 210000; easing.type: Easing.InOutSine }
        NumberAnimation { to: -root.amplitude; duration: 420000; easing.type: Easing.InOutSine }
        NumberAnimation { to: 0; duration: 210000; easing.type: Easing.InOutSine }
    }

    SequentialAnimation on shiftY {
        running: root.running
        loops: Animation.Infinite
        NumberAnimation { to: -root.amplitude; duration: 330000; easing.type: Easing.InOutSine }
        NumberAnimation { to: root.amplitude; duration: 660000; easing.type: Easing.InOutSine }
        NumberAnimation { to: 0; duration: 330000; easing.type: Easing.InOutSine }
    }
}
