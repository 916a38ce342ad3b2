pragma ComponentBehavior: Bound
import QtQuick
import Exhibit

// The staff PIN pad: dots for the digits typed (never the digits), a keypad,
// and what happened ("Wrong PIN, 3 tries left", "Locked for 4:32"). Digits
// only, on large keys; no text field, so no on-screen keyboard or text
// selection can appear. Staff words are in both languages at once.
Item {
    id: root

    property int enteredDigits: 0
    property int attemptsLeft: 5
    property int maximumAttempts: 5
    property bool lockedOut: false
    property int lockoutSecondsLeft: 0

    signal digitPressed(int digit)
    signal backspacePressed()
    signal submitPressed()
    signal cancelled()

    function shake() {
        shakeAnimation.restart()
    }

    function formatSeconds(seconds) {
        const minutes = Math.floor(seconds / 60)
        const rest = seconds % 60
        return minutes + ":" + (rest < 10 ? "0" : "") + rest
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.staffBackdrop

        // Keeps touches from reaching the exhibit underneath.
        MouseArea {
            anchors.fill: parent
        }
    }

    Rectangle {
        id: card

        anchors.centerIn: parent
        width: keypad.width + Theme.px(120)
        height: content.implicitHeight + Theme.px(100)
        radius: Theme.px(12)
        color: Theme.paper
        border.color: Theme.paperEdge
        border.width: Math.max(1, Theme.px(2))

        transform: Translate {
            id: shakeOffset
        }

        SequentialAnimation {
            id: shakeAnimation

            loops: 2
            NumberAnimation { target: shakeOffset; property: "x"; to: Theme.px(18); duration: 50 }
            NumberAnimation { target: shakeOffset; property: "x"; to: -Theme.px(18); duration: 100 }
            NumberAnimation { target: shakeOffset; property: "x"; to: 0; duration: 50 }
        }

        Column {
            id: content

            anchors.centerIn: parent
            spacing: Theme.px(28)

            Text {
                anchors.horizontalCenter: parent.horizontalCenter
                text: "Staff PIN · 工作人员密码"
                textFormat: Text.PlainText
                color: Theme.text
                font.family: Theme.cjkSerif
                font.pixelSize: Theme.px(40)
            }

            Row {
                objectName: "pinDots"
                anchors.horizontalCenter: parent.horizontalCenter
                height: Theme.px(30)
                spacing: Theme.px(18)

                Repeater {
                    model: Math.max(4, root.enteredDigits)

                    Rectangle {
                        required property int index

                        width: Theme.px(26)
                        height: width
                        radius: width / 2
                        color: index < root.enteredDigits ? Theme.text : "transparent"
                        border.color: Theme.textMuted
                        border.width: Math.max(1, Theme.px(2))
                    }
                }
            }

            Text {
                objectName: "pinMessage"
                anchors.horizontalCenter: parent.horizontalCenter
                horizontalAlignment: Text.AlignHCenter
                text: root.lockedOut
                      ? "Too many wrong PINs. Try again in " + root.formatSeconds(root.lockoutSecondsLeft)
                        + "\n错误次数过多，请稍后再试"
                      : root.attemptsLeft < root.maximumAttempts
                        ? "Wrong PIN: " + root.attemptsLeft + (root.attemptsLeft === 1 ? " try" : " tries")
                          + " left\n密码错误，还可尝试 " + root.attemptsLeft + " 次"
                        : "Enter the PIN, then OK\n请输入密码"
                textFormat: Text.PlainText
                color: root.lockedOut || root.attemptsLeft < root.maximumAttempts ? Theme.sealRed : Theme.textMuted
                font.family: Theme.cjkSerif
                font.pixelSize: Theme.px(26)
                lineHeight: 1.25
            }

            Grid {
                id: keypad

                anchors.horizontalCenter: parent.horizontalCenter
                columns: 3
                spacing: Theme.px(20)
                enabled: !root.lockedOut

                Repeater {
                    model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]

                    KioskButton {
                        required property string modelData

                        objectName: modelData === "⌫" ? "pinBackspace" : modelData === "OK" ? "pinEnter" : "pinKey_" + modelData
                        width: Math.max(Theme.touchTarget, Theme.px(130))
                        height: Math.max(Theme.touchTarget, Theme.px(110))
                        text: modelData
                        prominent: modelData === "OK"
                        Accessible.name: modelData === "⌫" ? "Delete" : modelData
                        onClicked: {
                            if (modelData === "⌫")
                                root.backspacePressed()
                            else if (modelData === "OK")
                                root.submitPressed()
                            else
                                root.digitPressed(Number(modelData))
                        }
                    }
                }
            }

            KioskButton {
                objectName: "pinCancel"
                anchors.horizontalCenter: parent.horizontalCenter
                text: "Back to the exhibit · 返回"
                onClicked: root.cancelled()
            }
        }
    }
}
