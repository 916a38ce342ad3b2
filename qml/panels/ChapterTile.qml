import QtQuick
import QtQuick.Templates as T
import Exhibit

// One chapter on the menu: its picture, number, title and one-line teaser.
// Tall card in landscape, wide card in portrait (`horizontal`).
T.AbstractButton {
    id: root

    // Filled from the chapter model's roles when used as a delegate.
    required property int number
    required property string title
    required property string teaser
    required property url imageSource
    property bool horizontal: false

    focusPolicy: Qt.NoFocus
    Accessible.name: root.title

    background: Rectangle {
        color: Theme.paper
        radius: Theme.radius
        border.color: root.down ? Theme.sealRed : Theme.paperEdge
        border.width: Math.max(1, Theme.px(root.down ? 3 : 2))
        scale: root.down ? 0.98 : 1

        Behavior on scale {
            NumberAnimation { duration: Theme.pressDuration }
        }
    }

    contentItem: Item {
        Image {
            id: picture

            x: Theme.px(12)
            y: Theme.px(12)
            width: root.horizontal ? Math.round(root.width * 0.36) : root.width - 2 * x
            height: root.horizontal ? root.height - 2 * y : Math.round(root.height * 0.46)
            source: root.imageSource
            sourceSize.width: width
            sourceSize.height: height
            fillMode: Image.PreserveAspectCrop
            asynchronous: true

            Rectangle {
                anchors.fill: parent
                z: -1
                color: Theme.paperDeep
            }
        }

        SealMark {
            id: seal

            anchors.left: root.horizontal ? picture.right : parent.left
            anchors.top: root.horizontal ? parent.top : picture.bottom
            anchors.leftMargin: Theme.px(root.horizontal ? 32 : 24)
            anchors.topMargin: Theme.px(root.horizontal ? 24 : 22)
            text: Theme.chineseNumeral(root.number)
            fontSize: Theme.px(26)
        }

        Text {
            anchors.left: seal.right
            anchors.leftMargin: Theme.px(14)
            anchors.verticalCenter: seal.verticalCenter
            text: String(root.number).padStart(2, "0")
            color: Theme.textMuted
            font.family: Theme.latinSerif
            font.pixelSize: Theme.captionSize
            font.letterSpacing: Theme.px(3)
        }

        Column {
            anchors.left: seal.left
            anchors.right: parent.right
            anchors.rightMargin: Theme.px(24)
            anchors.top: seal.bottom
            anchors.topMargin: Theme.px(16)
            spacing: Theme.px(10)

            Text {
                width: parent.width
                text: root.title
                color: Theme.text
                font.family: Theme.displayFamily
                font.pixelSize: Theme.headingSize
                font.weight: Font.DemiBold
                wrapMode: Text.WordWrap
            }

            Text {
                width: parent.width
                text: root.teaser
                color: Theme.textMuted
                font.family: Theme.bodyFamily
                font.pixelSize: Theme.captionSize + Theme.px(2)
                lineHeight: 1.25
                wrapMode: Text.WordWrap
            }
        }
    }
}
