import QtQuick
import Exhibit

// The exhibit's title block on the menu: seal, year and subtitle.
Item {
    id: root

    property string title: ""
    property string subtitle: ""
    property bool portrait: false

    implicitHeight: Math.max(yearText.implicitHeight, subtitleText.implicitHeight + Theme.px(24))
                    + (root.portrait ? subtitleText.implicitHeight : 0)

    SealMark {
        id: seal

        anchors.left: parent.left
        anchors.verticalCenter: yearText.verticalCenter
        text: "靖\n康"
        fontSize: Theme.px(34)
    }

    Text {
        id: yearText

        anchors.left: seal.right
        anchors.leftMargin: Theme.px(28)
        anchors.top: parent.top
        text: root.title
        color: Theme.sealRed
        font.family: Theme.displayFamily
        font.pixelSize: Theme.px(120)
        font.weight: Font.Medium
        font.letterSpacing: Theme.px(4)
    }

    Text {
        id: subtitleText

        anchors.left: root.portrait ? parent.left : yearText.right
        anchors.leftMargin: root.portrait ? 0 : Theme.px(36)
        anchors.right: parent.right
        anchors.top: root.portrait ? yearText.bottom : undefined
        anchors.verticalCenter: root.portrait ? undefined : yearText.verticalCenter
        text: root.subtitle
        color: Theme.text
        font.family: Theme.bodyFamily
        font.pixelSize: Theme.px(root.portrait ? 40 : 44)
        wrapMode: Text.WordWrap
    }
}
