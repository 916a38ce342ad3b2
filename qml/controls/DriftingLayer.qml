import QtQuick
import Exhibit

// A wide picture that moves sideways by `offset` whole pixels (at most
// `reach` either way): the attract screen's calm motion, given by a
// SlowDrift so that it is drawn again only when it has moved by a pixel.
Item {
    id: root

    property alias source: picture.source
    property int reach: 60
    property int offset: 0

    anchors.fill: parent
    clip: true

    Image {
        id: picture

        width: parent.width + root.reach * 2
        height: parent.height
        x: -root.reach + root.offset
        sourceSize.width: width
        sourceSize.height: height
        fillMode: Image.PreserveAspectCrop
        verticalAlignment: Image.AlignBottom
        asynchronous: true
    }
}
