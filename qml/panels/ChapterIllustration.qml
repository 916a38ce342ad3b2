import QtQuick
import Exhibit

// A chapter's illustration, framed like a mounted scroll painting, with its
// caption. If the image cannot be shown, a plain silk panel with the
// chapter's seal stands in (InkPicture).
Item {
    id: root

    property url source
    property string caption: ""
    // What the picture shows, in words, for visitors who cannot see it.
    property string description: ""
    property int number: 1

    Rectangle {
        id: mount

        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: captionText.top
        anchors.bottomMargin: Theme.px(18)
        color: Theme.paperDeep
        border.color: Theme.paperEdge
        border.width: Math.max(1, Theme.px(2))
        radius: Theme.radius

        InkPicture {
            objectName: "chapterImage"
            description: root.description
            anchors.fill: parent
            anchors.margins: Theme.px(14)
            source: root.source
            number: root.number
        }
    }

    Text {
        id: captionText

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        text: root.caption
        textFormat: Text.PlainText
        color: Theme.textMuted
        font.family: Theme.bodyFamily
        font.pixelSize: Theme.captionSize
        font.italic: !Theme.chinese
        wrapMode: Text.WordWrap
        maximumLineCount: 3
        elide: Text.ElideRight
    }
}
