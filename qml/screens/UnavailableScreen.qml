import QtQuick
import Exhibit

// Shown only when there is no usable content at all: a calm notice in both
// exhibit languages at once (no language has been chosen), never a black
// screen. The technical reason is in the log and in ContentStore.statusMessage.
// These few words are deliberately not translated through qsTr: both
// languages show side by side.
Rectangle {
    id: root

    color: Theme.ink

    Column {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.px(1200))
        spacing: Theme.px(30)

        SealMark {
            anchors.horizontalCenter: parent.horizontalCenter
            text: "暂\n停"
            fontSize: Theme.px(48)
        }

        Text {
            objectName: "unavailableTitle"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: "This exhibit is resting"
            textFormat: Text.PlainText
            color: Theme.textOnInk
            font.family: Theme.latinSerif
            font.pixelSize: Theme.px(60)
        }

        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: "本展项暂停服务"
            textFormat: Text.PlainText
            color: Theme.textOnInk
            font.family: Theme.cjkSerif
            font.pixelSize: Theme.px(56)
        }

        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: "Please ask a member of staff for help.\n如需帮助，请联系工作人员。"
            textFormat: Text.PlainText
            color: Theme.textOnInkMuted
            font.family: Theme.cjkSerif
            font.pixelSize: Theme.px(30)
            lineHeight: 1.3
        }
    }
}
