pragma ComponentBehavior: Bound
import QtQuick
import Exhibit

// "Touch to begin · 触摸开始": a softly breathing pill with a ripple, the
// one thing on the attract screen that asks for a touch. Every exhibit
// language has its say; when they do not fit on one line within
// `maximumWidth` (four languages on a portrait screen), they wrap.
Item {
    id: root

    property WelcomeTextModel texts
    property bool running: true
    property real maximumWidth: Infinity
    // Where the keypad's ring starts: Enter begins, as a touch does.
    Keypad.isDefault: true
    Keypad.radius: height / 2

    signal clicked()

    implicitWidth: pill.width
    implicitHeight: pill.height
    activeFocusOnTab: true
    Accessible.role: Accessible.Button
    // What the keypad says when its first key lands here: the welcome, and
    // how a blind visitor turns on the screen reader.
    Accessible.name: (root.texts ? root.texts.callsToAction + ". " : "")
                     + qsTr("Press Enter to begin, or H for help. For the screen reader, press R, "
                            + "or hold two fingers still on the screen for three seconds.")

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

        width: labels.width + Theme.px(96)
        height: Math.max(Theme.touchTarget, labels.height + Theme.px(44))
        radius: Math.min(height, Theme.touchTarget) / 2
        color: Theme.sealRed

        Flow {
            id: labels

            // All on one line if they fit.
            readonly property real oneLineWidth: {
                let width = 0
                for (let i = 0; i < entries.count; ++i)
                    width += (entries.itemAt(i)?.implicitWidth ?? 0) + (i > 0 ? spacing : 0)
                return width
            }

            anchors.centerIn: parent
            width: Math.min(labels.oneLineWidth, root.maximumWidth - Theme.px(96))
            spacing: Theme.px(26)

            Repeater {
                id: entries

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
                        // Not at the start of a wrapped line (kept in place:
                        // hiding it would move the line's words).
                        opacity: entry.x > 0 ? 1 : 0
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
