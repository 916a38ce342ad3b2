pragma ComponentBehavior: Bound
import QtQuick
import Exhibit

// The top of a portrait screen, above a seated visitor's reach: ink and mist
// with the attract screen's mountains, holding the screen's title (its
// children). The controls go below it, on paper.
Item {
    id: root

    default property alias content: holder.data
    // Not shown (a landscape screen has no banner), its pictures are not
    // decoded at all: 8 MB each at 1920 x 1080.
    property bool shown: true

    visible: root.shown
    clip: true

    Rectangle {
        anchors.fill: parent
        gradient: Gradient {
            GradientStop { position: 0; color: Theme.ink }
            GradientStop { position: 1; color: Theme.inkSoft }
        }
    }

    Repeater {
        model: ListModel {
            ListElement { picture: "images/attract-far.svg"; layerOpacity: 0.5 }
            ListElement { picture: "images/attract-near.svg"; layerOpacity: 0.85 }
        }

        Image {
            id: layer

            required property string picture
            required property real layerOpacity

            anchors.fill: parent
            source: root.shown ? ContentStore.mediaUrl(layer.picture) : ""
            sourceSize.width: width
            sourceSize.height: height
            fillMode: Image.PreserveAspectCrop
            verticalAlignment: Image.AlignBottom
            asynchronous: true
            opacity: layer.layerOpacity
        }
    }

    Item {
        id: holder

        anchors.fill: parent
    }
}
