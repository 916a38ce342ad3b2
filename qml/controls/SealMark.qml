import QtQuick
import Exhibit

// A red seal (印章) with carved-out characters: the exhibit's signature mark.
Rectangle {
    id: root

    property string text: ""
    property int fontSize: Theme.px(28)

    implicitWidth: Math.max(label.implicitWidth, label.implicitHeight) + Theme.px(18)
    implicitHeight: implicitWidth
    radius: Theme.px(4)
    color: Theme.sealRed
    antialiasing: true

    Rectangle {
        anchors.fill: parent
        anchors.margins: Theme.px(4)
        radius: Theme.px(2)
        color: "transparent"
        border.color: Theme.sealEdge
        border.width: Math.max(1, Theme.px(2))
    }

    Text {
        id: label

        anchors.centerIn: parent
        text: root.text
        textFormat: Text.PlainText
        color: Theme.paper
        font.family: Theme.cjkSerif
        font.pixelSize: root.fontSize
        font.bold: true
        horizontalAlignment: Text.AlignHCenter
        lineHeight: 0.9
    }
}
