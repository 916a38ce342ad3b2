import QtQuick
import Exhibit

// A wide picture that drifts slowly sideways and back: the attract screen's
// calm motion, gentle enough to loop all day.
Item {
    id: root

    property alias source: picture.source
    property real drift: 60
    property int period: 40000
    property bool running: true
    property real offset: 0 // where the drift is, in fractions of a pixel

    anchors.fill: parent
    clip: true

    Image {
        id: picture

        width: parent.width + Math.abs(root.drift) * 2
        height: parent.height
        x: -Math.abs(root.drift)
        sourceSize.width: width
        sourceSize.height: height
        fillMode: Image.PreserveAspectCrop
        verticalAlignment: Image.AlignBottom
        asynchronous: true

        // Whole pixels: the layer is drawn again only when it has moved by
        // one, a few times a second, not on every frame (bench/idle-cpu.sh).
        transform: Translate {
            x: Math.round(root.offset)
        }
    }

    SequentialAnimation {
        running: root.running && picture.status === Image.Ready
        loops: Animation.Infinite

        NumberAnimation {
            target: root; property: "offset"
            from: 0; to: root.drift
            duration: root.period / 2
            easing.type: Easing.InOutSine
        }
        NumberAnimation {
            target: root; property: "offset"
            from: root.drift; to: 0
            duration: root.period / 2
            easing.type: Easing.InOutSine
        }
    }
}
