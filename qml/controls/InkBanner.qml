import QtQuick
import Exhibit

// The top of a portrait screen, above a seated visitor's reach: ink and mist
// with the attract screen's mountains, holding the screen's title (its
// children). The controls go below it, on paper.
Item {
    id: root

    default property alias content: holder.data

    clip: true

    Rectangle {
        anchors.fill: parent
        gradient: Gradient {
            GradientStop { position: 0; color: Theme.ink }
            GradientStop { position: 1; color: Theme.inkSoft }
        }
    }

    Repeater {
        model: [
            { source: "images/attract-far.svg", opacity: 0.5 },
            { source: "images/attract-near.svg", opacity: 0.85 }
        ]

        Image {
            required property var modelData

            anchors.fill: parent
            source: ContentStore.mediaUrl(modelData.source)
            sourceSize.width: width
            sourceSize.height: height
            fillMode: Image.PreserveAspectCrop
            verticalAlignment: Image.AlignBottom
            asynchronous: true
            opacity: modelData.opacity
        }
    }

    Item {
        id: holder

        anchors.fill: parent
    }
}
