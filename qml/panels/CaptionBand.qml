import QtQuick
import Exhibit

// The sentence being spoken, over the lower edge of the page: light text on
// an ink band, large and centred, as a gallery's captions should be.
Item {
    id: root

    property string text: ""

    implicitHeight: band.height
    visible: root.text !== ""

    Rectangle {
        id: band

        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        width: Math.min(parent.width, captionText.implicitWidth + Theme.px(72))
        height: captionText.height + Theme.px(32)
        radius: Theme.px(10)
        color: Theme.captionBackground

        Text {
            id: captionText

            objectName: "captionText"
            anchors.centerIn: parent
            width: Math.min(implicitWidth, root.width - Theme.px(72))
            text: root.text
            color: Theme.textOnInk
            font.family: Theme.bodyFamily
            font.pixelSize: Theme.bodySize + Theme.px(2)
            lineHeight: 1.2
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
        }
    }
}
