import QtQuick
import Exhibit

// The sentence being spoken, in a strip of its own between the page and the
// narration controls: light text on ink, large and centred, as a gallery's
// captions should be. It never covers what a visitor is reading, and it keeps
// the height of the track's longest caption, so the page above does not move
// as captions come and go.
Rectangle {
    id: root

    property string text: ""
    property string longestText: ""

    readonly property real textWidth: Math.max(0, width - 2 * Theme.margin)

    implicitHeight: Math.max(longest.height, captionText.height) + Theme.px(28)
    color: Theme.captionBackground

    // Measures the longest caption; never shown.
    Text {
        id: longest

        visible: false
        width: root.textWidth
        text: root.longestText
        font: captionText.font
        lineHeight: captionText.lineHeight
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
    }

    Text {
        id: captionText

        objectName: "captionText"
        anchors.centerIn: parent
        width: root.textWidth
        visible: root.text !== ""
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
