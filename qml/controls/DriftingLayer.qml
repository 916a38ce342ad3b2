import QtQuick

// A wide picture that moves sideways by `offset` whole pixels (at most
// `reach` either way): the attract screen's calm motion, given by a
// SlowDrift so that it is drawn again only when it has moved by a pixel.
//
// The picture covers the layer and its reach as a picture cropped to fill
// them would (centred, its bottom at the bottom), and only what shows is
// decoded: held all day, the attract screen's pictures are most of what it
// holds (bench/memory.sh).
Item {
    id: root

    property url source
    property int reach: 60
    property int offset: 0
    // The share of the picture, from its top, with nothing drawn in it (sky):
    // neither decoded nor drawn, so that a move repaints only the band below
    // (bench/idle-cpu.sh).
    property real emptyAbove: 0
    readonly property alias picture: picture
    // Where on the layer the band that is drawn begins.
    readonly property int bandTop: band.y

    anchors.fill: parent

    // The picture's proportions, from a thumbnail: an SVG's header does not
    // give them, and the scale that covers the layer follows from them.
    Image {
        id: proportions

        source: root.source
        sourceSize.width: 240
        asynchronous: true
        visible: false
    }

    QtObject {
        id: cover

        readonly property bool known: proportions.status === Image.Ready && proportions.implicitHeight > 0
        readonly property real aspect: known ? proportions.implicitWidth / proportions.implicitHeight : 1
        readonly property int shownWidth: root.width + root.reach * 2
        // The whole picture at the scale that covers what is shown.
        readonly property int width: Math.max(shownWidth, Math.ceil(root.height * aspect))
        readonly property int height: Math.max(root.height, Math.ceil(shownWidth / aspect))
        // What is decoded of it: the columns shown, the rows from the top of
        // the screen or the end of the sky, whichever is lower.
        readonly property int top: Math.max(height - root.height, Math.floor(height * root.emptyAbove))
        readonly property rect shown: Qt.rect(Math.floor((width - shownWidth) / 2), top,
                                              shownWidth, height - top)
    }

    Item {
        id: band

        y: root.height - cover.shown.height
        width: root.width
        height: cover.shown.height
        clip: true

        Image {
            id: picture

            x: -root.reach + root.offset
            width: cover.shown.width
            height: cover.shown.height
            source: cover.known ? root.source : ""
            sourceSize.width: cover.width
            sourceSize.height: cover.height
            sourceClipRect: cover.shown
            asynchronous: true
        }
    }
}
