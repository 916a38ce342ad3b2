import QtQuick
import Exhibit

// The sentence being spoken, in a strip of its own between the page and the
// narration controls: light text on ink, large and centred, as a gallery's
// captions should be. It never covers what a visitor is reading, and it keeps
// room for the longest caption that shows at once, so the page above does not
// move (nor its picture redraw) as captions come and go or chapters change.
Rectangle {
    id: root

    property string text: ""
    property bool cjk: false
    property int characters: 84 // the longest a caption shows at once

    readonly property real textWidth: Math.max(0, width - 2 * Theme.margin)
    // A Chinese character is about a square of the type's size.
    readonly property real longestWidth: characters * (cjk ? captionText.font.pixelSize : metrics.averageCharacterWidth)
    readonly property int keptLines: Math.max(1, Math.ceil(longestWidth / Math.max(1, textWidth)))

    implicitHeight: Math.max(keptLines * metrics.height * captionText.lineHeight, captionText.height) + Theme.px(28)
    color: Theme.captionBackground

    FontMetrics {
        id: metrics

        font: captionText.font
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
