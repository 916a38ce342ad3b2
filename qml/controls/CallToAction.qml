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

    // The pulse (below) goes from 0 to 1, and rests at 1: the ripple grows and
    // fades out eased as Easing.OutCubic, the pill dims to 0.78 and back as a sine.
    property real pulse: 1
    readonly property real rippleEase: 1 - Math.pow(1 - root.pulse, 3)

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
        scale: 1 + 0.25 * root.rippleEase
        opacity: 0.7 * (1 - root.rippleEase)
    }

    Rectangle {
        id: pill

        width: labels.width + Theme.px(96)
        height: Math.max(Theme.touchTarget, labels.height + Theme.px(44))
        radius: Math.min(height, Theme.touchTarget) / 2
        color: Theme.sealRed
        opacity: 1 - 0.22 * (1 - Math.cos(2 * Math.PI * root.pulse)) / 2

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
    // Drawn 25 times a second while the ripple grows fast (its first 30 %:
    // two thirds of its growth), 12.5 while it slows and fades (a pixel or so
    // a frame) and not at all while it rests: this screen shows most of the
    // day (bench/idle-cpu.sh).
    Timer {
        id: pulseClock

        readonly property int pulseMs: 2600
        readonly property int everyMs: 5000
        readonly property int fastMs: 780
        readonly property int frameMs: 40
        readonly property int slowFrameMs: 80
        property double startedAt: 0

        running: root.running
        repeat: true
        interval: pulseClock.frameMs
        onRunningChanged: {
            pulseClock.startedAt = Date.now()
            root.pulse = pulseClock.running ? 0 : 1
        }
        onTriggered: {
            const into = (Date.now() - pulseClock.startedAt) % pulseClock.everyMs
            root.pulse = Math.min(1, into / pulseClock.pulseMs)
            // Asleep through the rest, awake again for the next pulse.
            pulseClock.interval = into < pulseClock.fastMs ? pulseClock.frameMs
                                : into < pulseClock.pulseMs ? pulseClock.slowFrameMs
                                : pulseClock.everyMs - into
        }
    }
}
