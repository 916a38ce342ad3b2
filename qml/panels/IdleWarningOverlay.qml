import QtQuick
import QtQuick.Templates as T
import Exhibit

// "Still there?" over everything, with the seconds left and a large Continue
// button. A tap anywhere on it dismisses it (the application-wide input
// filter reports the tap; this overlay only keeps it from reaching the page
// underneath). Shown in both exhibit languages at once, so the words are
// written here rather than translated through qsTr. KioskRoot shows it in a
// ScreenFader, which makes it take touches exactly while it is shown.
ModalCard {
    id: root

    property int secondsLeft: 0

    signal continueClicked()

    dimming: 0.78
    card.anchors.centerIn: root
    card.width: Math.min(root.width - 2 * Theme.margin, Theme.px(980))
    card.height: words.implicitHeight + Theme.px(96)
    // The tap that dismisses it is reported by the input filter; this only keeps it from the page.
    onDismissed: root.continueClicked()

    Column {
        id: words

        anchors.centerIn: parent
        width: parent.width - Theme.px(96)
        spacing: Theme.px(24)

        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: "Still there?\n还在吗？"
            textFormat: Text.PlainText
            color: Theme.text
            font.family: Theme.cjkSerif
            font.pixelSize: Theme.px(64)
            lineHeight: 1.15
        }

        Text {
            objectName: "idleCountdown"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: root.secondsLeft
            textFormat: Text.PlainText
            color: Theme.sealRed
            font.family: Theme.latinSerif
            font.pixelSize: Theme.px(120)
        }

        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: "The exhibit will return to the start for the next visitor.\n展项即将返回首页，迎接下一位观众。"
            textFormat: Text.PlainText
            color: Theme.textMuted
            font.family: Theme.cjkSerif
            font.pixelSize: Theme.px(28)
            lineHeight: 1.3
        }

        T.AbstractButton {
            id: continueButton

            objectName: "continueButton"
            anchors.horizontalCenter: parent.horizontalCenter
            implicitWidth: Math.max(Theme.px(420), label.implicitWidth + Theme.px(96))
            implicitHeight: Math.max(Theme.touchTarget, Theme.px(110))
            focusPolicy: Qt.TabFocus
            Keypad.isDefault: true
            Accessible.name: "Continue 继续"
            onClicked: root.continueClicked()

            background: Rectangle {
                radius: height / 2
                color: continueButton.down ? Theme.sealRedBright : Theme.sealRed
            }

            Text {
                id: label

                anchors.centerIn: parent
                text: "Continue · 继续"
                textFormat: Text.PlainText
                color: Theme.paper
                font.family: Theme.cjkSerif
                font.pixelSize: Theme.px(44)
            }
        }
    }
}
