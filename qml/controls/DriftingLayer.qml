import QtQuick

// A wide picture that moves sideways by `offset` whole pixels (at most
// `reach` either way): the attract screen's calm motion, given by a
// SlowDrift so that it is drawn again only when it has moved by a pixel.
Item {
    id: root

    property alias source: picture.source
    property int reach: 60
    property int offset: 0
    // The share of the picture, from its top, with nothing drawn in it (sky):
    // left out, so that a move repaints only the band below (bench/idle-cpu.sh).
    property real emptyAbove: 0
    readonly property alias picture: picture

    anchors.fill: parent

    Item {
        id: band

        y: Math.max(0, Math.floor(root.height - picture.implicitHeight * (1 - root.emptyAbove)))
        width: root.width
        height: root.height - band.y
        clip: true

        Image {
            id: picture

            y: -band.y
            width: root.width + root.reach * 2
            height: root.height
            x: -root.reach + root.offset
            sourceSize.width: width
            sourceSize.height: height
            fillMode: Image.PreserveAspectCrop
            verticalAlignment: Image.AlignBottom
            asynchronous: true
        }
    }
}
