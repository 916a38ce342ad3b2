import QtQuick
import Exhibit

// An event opened from the timeline: its date, era, title and story, and the
// way to the chapter that tells of it. Touching outside the card closes it.
ModalCard {
    id: root

    property string dateLabel: ""
    property string era: ""
    property string title: ""
    property string text: ""
    property string chapterTitle: "" // empty: the event has no chapter

    signal closeClicked()
    signal chapterClicked()

    card.anchors.centerIn: root
    card.width: Math.min(root.width - 2 * Theme.margin, Theme.px(1100))
    card.height: column.implicitHeight + Theme.px(96)
    onDismissed: root.closeClicked()

    Column {
        id: column

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.px(48)
        spacing: Theme.px(18)

        Text {
            objectName: "eventDate"
            width: parent.width
            text: root.era === "" ? root.dateLabel : root.dateLabel + "  ·  " + root.era
            textFormat: Text.PlainText
            color: Theme.sealRed
            font.family: Theme.bodyFamily
            font.pixelSize: Theme.px(30)
            wrapMode: Text.WordWrap
        }

        Text {
            objectName: "eventTitle"
            width: parent.width
            text: root.title
            textFormat: Text.PlainText
            color: Theme.text
            font.family: Theme.bodyFamily
            font.pixelSize: Theme.titleSize * 0.8
            wrapMode: Text.WordWrap
        }

        Text {
            objectName: "eventText"
            width: parent.width
            text: root.text
            textFormat: Text.PlainText
            color: Theme.text
            font.family: Theme.bodyFamily
            font.pixelSize: Theme.bodySize
            lineHeight: Theme.bodyLineHeight
            wrapMode: Text.WordWrap
        }

        Row {
            spacing: Theme.px(24)
            topPadding: Theme.px(12)

            KioskButton {
                objectName: "eventChapterButton"
                visible: root.chapterTitle !== ""
                text: qsTr("Read the chapter: %1").arg(root.chapterTitle)
                iconName: "next"
                prominent: true
                onClicked: root.chapterClicked()
            }

            KioskButton {
                objectName: "eventCloseButton"
                text: qsTr("Close")
                onClicked: root.closeClicked()
            }
        }
    }
}
