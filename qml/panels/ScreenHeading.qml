import QtQuick
import Exhibit

// A screen's name and what to do there: red on paper at the top of a
// landscape screen; on a portrait screen, light on an ink banner that fills
// the top, above a seated visitor's reach, with the controls below it.
Item {
    id: root

    property string title: ""
    property string prompt: ""
    property bool portrait: false
    property alias titleObjectName: titleText.objectName

    // Landscape: the margin above the words and the words.
    implicitHeight: Theme.margin + words.implicitHeight

    InkBanner {
        anchors.fill: parent
        shown: root.portrait
    }

    Column {
        id: words

        x: Theme.margin
        y: root.portrait ? root.height - height - Theme.px(56) : Theme.margin
        width: root.width - 2 * Theme.margin
        spacing: Theme.px(root.portrait ? 16 : 10)

        Text {
            id: titleText

            width: parent.width
            text: root.title
            textFormat: Text.PlainText
            color: root.portrait ? Theme.textOnInk : Theme.sealRed
            font.family: Theme.displayFamily
            font.pixelSize: Math.round(Theme.titleSize * (root.portrait ? 1.4 : 1))
            font.weight: root.portrait ? Font.Light : Font.Normal
            wrapMode: Text.WordWrap
        }

        Text {
            width: parent.width
            text: root.prompt
            textFormat: Text.PlainText
            color: root.portrait ? Theme.textOnInkMuted : Theme.textMuted
            font.family: Theme.bodyFamily
            font.pixelSize: root.portrait ? Theme.labelSize : Theme.captionSize
            wrapMode: Text.WordWrap
        }
    }
}
