import QtQuick
import QtQuick.Templates as T
import Exhibit

// One person in the gallery of key figures: the portrait, the name in the
// visitor's language and the life dates (the other script is on their page).
T.AbstractButton {
    id: root

    property url portraitSource
    property string name: ""
    property string lifespan: ""

    focusPolicy: Qt.TabFocus
    Accessible.name: root.name + ", " + root.lifespan

    Rectangle {
        anchors.fill: parent
        radius: Theme.radius
        color: root.down ? Theme.paperDeep : Theme.cardWash
        border.color: Theme.paperEdge
        border.width: Math.max(1, Theme.px(2))
        scale: root.down ? 0.97 : 1

        Behavior on scale {
            NumberAnimation { duration: Theme.pressDuration }
        }
    }

    Column {
        anchors.fill: parent
        anchors.margins: Theme.px(12)
        spacing: Theme.px(6)

        // A portrait is 4:5; the whole of it shows, name seal and all.
        InkPicture {
            anchors.horizontalCenter: parent.horizontalCenter
            height: Math.max(0, parent.height - words.height - parent.spacing)
            width: Math.min(parent.width, height * 0.8)
            source: root.portraitSource
            sealText: root.name.charAt(0)
            sealSize: Theme.px(64)
        }

        Column {
            id: words

            width: parent.width
            spacing: Theme.px(2)

            Text {
                objectName: "figureCardName"
                width: parent.width
                text: root.name
                textFormat: Text.PlainText
                color: Theme.text
                font.family: Theme.bodyFamily
                font.pixelSize: Theme.labelSize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                maximumLineCount: 3 // "Wanyan Zongwang (Wolibu)" in larger text
                elide: Text.ElideRight
                horizontalAlignment: Text.AlignHCenter
            }

            // Doubtful dates are long ("1068 (or 1069) – 1123"): they may take more than a line.
            Text {
                objectName: "figureCardLifespan"
                width: parent.width
                text: root.lifespan
                textFormat: Text.PlainText
                color: Theme.textMuted
                font.family: Theme.bodyFamily
                font.pixelSize: Theme.captionSize
                wrapMode: Text.Wrap
                maximumLineCount: 3
                elide: Text.ElideRight
                horizontalAlignment: Text.AlignHCenter
            }
        }
    }
}
