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

    // A wide card is as tall as its words need (the menu scrolls if five do not fit).
    implicitHeight: root.horizontal ? Math.max(Theme.px(120), words.implicitHeight + Theme.px(24)) : 0
    focusPolicy: Qt.TabFocus
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

    // A plain child rather than contentItem: contentItem is deferred and may not hold ids.
    Item {
        anchors.fill: parent

        InkPicture {
            id: picture

            x: Theme.px(12)
            y: Theme.px(12)
            // Wide card: the painting narrows for larger text, so the words keep to two or three lines.
            width: root.horizontal ? Math.round(root.width * (Theme.textScale > 1 ? 0.28 : 0.36)) : root.width - 2 * x
            // Tall card: the painting gives way to the words when they grow
            // (larger text), down to a strip, so nothing is cut off.
            height: root.horizontal ? root.height - 2 * y
                                    : Math.round(Math.max(root.height * 0.08,
                                                          Math.min(root.height * 0.46, root.height - wordsHeight - y)))
            readonly property real wordsHeight: Theme.px(22) + seal.height + Theme.px(16) + words.implicitHeight + Theme.px(24)
            source: root.imageSource
            number: root.number
            sealSize: Theme.px(56)
        }

        // Tall card: the seal and number head the text. Wide card: the seal
        // is stamped on the painting's corner, like a collector's seal.
        SealMark {
            id: seal

            x: root.horizontal ? picture.x + Theme.px(12) : Theme.px(24)
            y: root.horizontal ? picture.y + Theme.px(12) : picture.y + picture.height + Theme.px(22)
            text: Theme.chineseNumeral(root.number)
            fontSize: Theme.px(26)
        }

        Text {
            anchors.left: seal.right
            anchors.leftMargin: Theme.px(14)
            anchors.verticalCenter: seal.verticalCenter
            visible: !root.horizontal
            text: String(root.number).padStart(2, "0")
            textFormat: Text.PlainText
            color: Theme.textMuted
            font.family: Theme.latinSerif
            font.pixelSize: Theme.captionSize
            font.letterSpacing: Theme.px(3)
        }

        Column {
            id: words

            objectName: "tileWords"
            x: root.horizontal ? picture.x + picture.width + Theme.px(32) : seal.x
            y: root.horizontal ? Math.round((parent.height - height) / 2) : seal.y + seal.height + Theme.px(16)
            width: parent.width - x - Theme.px(24)
            spacing: Theme.px(root.horizontal ? 6 : 10)

            Text {
                width: parent.width
                text: root.title
                textFormat: Text.PlainText
                color: Theme.text
                font.family: Theme.displayFamily
                font.pixelSize: Theme.headingSize
                font.weight: Font.DemiBold
                wrapMode: Text.WordWrap
                // A long word at a large size shrinks to the card's width.
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Math.round(Theme.headingSize * 0.7)
            }

            Text {
                width: parent.width
                text: root.teaser
                textFormat: Text.PlainText
                color: Theme.textMuted
                font.family: Theme.bodyFamily
                font.pixelSize: Theme.captionSize + Theme.px(2)
                lineHeight: root.horizontal ? 1.1 : 1.2
                wrapMode: Text.WordWrap
            }
        }
    }
}
