pragma ComponentBehavior: Bound
import QtQuick
import Exhibit

// "Touch to begin · 触摸开始": a softly breathing pill with a ripple, the
// one thing on the attract screen that asks for a touch.
Item {
    id: root

    property WelcomeTextModel texts
    property bool running: true
    // Where the keypad's ring starts: Enter begins, as a touch does.
    Keypad.isDefault: true
    Keypad.radius: height / 2

    signal clicked()

    implicitWidth: pill.width
    implicitHeight: pill.height
    activeFocusOnTab: true
    Accessible.role: Accessible.Button
    Accessible.name: root.texts ? root.texts.callsToAction : ""

    Rectangle {
        id: ripple

        anchors.centerIn: pill
        width: pill.width
        height: pill.height
        radius: height / 2
        color: "transparent"
        border.color: Theme.sealRedBright
        border.width: Math.max(2, Theme.px(3))
        opacity: 0

    }

    Rectangle {
        id: pill

        width: labels.implicitWidth + Theme.px(96)
        height: Math.max(Theme.touchTarget, labels.implicitHeight + Theme.px(44))
        radius: height / 2
        color: Theme.sealRed

        Row {
            id: labels

            anchors.centerIn: parent
            spacing: Theme.px(26)

            Repeater {
                model: root.texts

                Row {
                    id: entry

                    required property string language
                    required property string callToAction
                    required property int index

                    spacing: Theme.px(26)

                    Text {
                        anchors.verticalCenter: parent.verticalCenter
                        visible: entry.index > 0
                        text: "·"
                        textFormat: Text.PlainText
                        color: Theme.paper
                        font.pixelSize: Theme.px(40)
                    }

                    Text {
                        anchors.verticalCenter: parent.verticalCenter
                        text: entry.callToAction
                        textFormat: Text.PlainText
                        color: Theme.paper
                        font.family: Theme.serifFor(entry.language)
                        font.pixelSize: Theme.px(38)
                        font.letterSpacing: Theme.px(Theme.isCjk(entry.language) ? 6 : 1)
                    }
                }
            }
        }
    }

    // A pulse and a ripple, then a rest: an invitation every five seconds.
    // The rest also lets an idle kiosk stop drawing (bench/idle-cpu.sh).
    SequentialAnimation {
        running: root.running
        loops: Animation.Infinite

        ParallelAnimation {
            NumberAnimation { target: ripple; property: "scale"; from: 1; to: 1.25; duration: 2600; easing.type: Easing.OutCubic }
            NumberAnimation { target: ripple; property: "opacity"; from: 0.7; to: 0; duration: 2600; easing.type: Easing.OutCubic }
            SequentialAnimation {
                NumberAnimation { target: pill; property: "opacity"; to: 0.78; duration: 1300; easing.type: Easing.InOutSine }
                NumberAnimation { target: pill; property: "opacity"; to: 1.0; duration: 1300; easing.type: Easing.InOutSine }
            }
        }
        PauseAnimation { duration: 2400 }
    }
}
