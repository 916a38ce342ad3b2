import QtQuick
import Exhibit

// The exhibit's title block on the menu: seal, year and subtitle; on paper,
// or light on a portrait screen's ink banner (`overInk`).
Item {
    id: root

    property string title: ""
    property string subtitle: ""
    property bool portrait: false
    property bool overInk: false

    implicitHeight: Math.max(yearText.implicitHeight, subtitleText.implicitHeight + Theme.px(24))
                    + (root.portrait ? subtitleText.implicitHeight : 0)

    SealMark {
        id: seal

        anchors.left: parent.left
        anchors.verticalCenter: yearText.verticalCenter
        text: Theme.sealText
        fontSize: Theme.px(34)
    }

    Text {
        id: yearText

        anchors.left: seal.right
        anchors.leftMargin: Theme.px(28)
        anchors.top: parent.top
        text: root.title
        textFormat: Text.PlainText
        color: root.overInk ? Theme.textOnInk : Theme.sealRed
        font.family: Theme.displayFamily
        font.pixelSize: Theme.px(root.overInk ? 150 : 120)
        font.weight: root.overInk ? Font.Light : Font.Medium
        font.letterSpacing: Theme.px(4)
    }

    Text {
        id: subtitleText

        // Placed rather than anchored: anchors switched between orientations
        // at run time left the text with a negative height.
        x: root.portrait ? 0 : yearText.x + yearText.width + Theme.px(36)
        y: root.portrait ? yearText.y + yearText.height : yearText.y + (yearText.height - height) / 2
        width: root.width - x
        text: root.subtitle
        textFormat: Text.PlainText
        color: root.overInk ? Theme.textOnInk : Theme.text
        font.family: Theme.bodyFamily
        font.pixelSize: Theme.px(root.portrait ? 40 : 44)
        wrapMode: Text.WordWrap
    }
}
