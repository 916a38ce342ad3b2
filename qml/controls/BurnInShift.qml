import QtQuick
import Exhibit

// Moves what it holds slowly around a small box, so a screen that shows the
// same picture for hours (the attract loop) never keeps a pixel lit the same
// way: the two sides swing at different periods and trace a Lissajous figure
// that covers the box. Too slow (minutes) for anyone to see it move, and
// drawn again only when it has moved by a whole pixel.
Item {
    id: root

    default property alias content: holder.data
    property real amplitude: Theme.px(28)
    property bool running: false
    readonly property int shiftX: across.position - Math.round(root.amplitude)
    readonly property int shiftY: down.position - Math.round(root.amplitude)

    anchors.fill: parent

    SlowDrift {
        id: across

        pixels: 2 * Math.round(root.amplitude)
        period: 840000
        phase: across.period / 4 // from the middle of the box
        running: root.running
    }

    SlowDrift {
        id: down

        pixels: 2 * Math.round(root.amplitude)
        period: 1320000
        phase: down.period / 4
        running: root.running
    }

    Item {
        id: holder

        anchors.fill: parent
        transform: Translate {
            x: root.shiftX
            y: root.shiftY
        }
    }
}
