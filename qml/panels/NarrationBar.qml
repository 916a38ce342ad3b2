import QtQuick
import QtQuick.Controls.Basic as Controls
import Exhibit

// The chapter's narration controls, in reach along the bottom: play/pause,
// replay, a progress bar to drag, elapsed and total time, and captions on/off.
// Properties in, signals out: NarrationController is wired up by the screen.
Item {
    id: root

    property bool available: true
    property bool loading: false
    property bool playing: false
    property real position: 0     // ms
    property real duration: 0     // ms
    property bool captionsEnabled: true

    signal playPauseClicked()
    signal replayClicked()
    signal seekRequested(real position)
    signal captionsToggled()

    function clock(ms) {
        const seconds = Math.max(0, Math.round(ms / 1000))
        return Math.floor(seconds / 60) + ":" + String(seconds % 60).padStart(2, "0")
    }

    implicitHeight: Theme.touchTarget + Theme.px(28)

    Rectangle {
        anchors.fill: parent
        color: Theme.paperDeep
    }

    KioskButton {
        id: playButton

        objectName: "playPauseButton"
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        iconName: root.playing ? "pause" : "play"
        prominent: root.available
        enabled: root.available && !root.loading
        Accessible.name: root.playing ? qsTr("Pause narration") : qsTr("Play narration")
        onClicked: root.playPauseClicked()
    }

    KioskButton {
        id: replayButton

        objectName: "replayButton"
        anchors.left: playButton.right
        anchors.leftMargin: Theme.px(20)
        anchors.verticalCenter: parent.verticalCenter
        iconName: "replay"
        enabled: root.available && !root.loading
        Accessible.name: qsTr("Replay narration from the start")
        onClicked: root.replayClicked()
    }

    Text {
        id: elapsed

        objectName: "elapsedTime"
        anchors.left: replayButton.right
        anchors.leftMargin: Theme.px(28)
        anchors.verticalCenter: parent.verticalCenter
        visible: root.available
        text: root.clock(progress.pressed ? progress.value : root.position)
        textFormat: Text.PlainText
        color: Theme.text
        font.family: Theme.latinSerif
        font.pixelSize: Theme.labelSize
    }

    Controls.Slider {
        id: progress

        objectName: "narrationProgress"
        anchors.left: elapsed.right
        anchors.right: total.left
        anchors.leftMargin: Theme.px(20)
        anchors.rightMargin: Theme.px(20)
        anchors.verticalCenter: parent.verticalCenter
        height: Theme.touchTarget
        visible: root.available
        enabled: !root.loading && root.duration > 0
        from: 0
        to: Math.max(1, root.duration)
        focusPolicy: Qt.NoFocus
        Accessible.name: qsTr("Narration position")
        // Follows the audio, except while a finger holds it.
        Binding on value {
            when: !progress.pressed
            value: root.position
        }
        onPressedChanged: if (!pressed) root.seekRequested(value)

        background: Rectangle {
            x: progress.leftPadding
            y: progress.topPadding + progress.availableHeight / 2 - height / 2
            width: progress.availableWidth
            height: Theme.px(8)
            radius: height / 2
            color: Theme.paperEdge

            Rectangle {
                width: progress.visualPosition * parent.width
                height: parent.height
                radius: height / 2
                color: Theme.sealRed
            }
        }

        handle: Rectangle {
            x: progress.leftPadding + progress.visualPosition * (progress.availableWidth - width)
            y: progress.topPadding + progress.availableHeight / 2 - height / 2
            width: Theme.px(progress.pressed ? 44 : 36)
            height: width
            radius: width / 2
            color: Theme.paper
            border.color: Theme.sealRed
            border.width: Math.max(2, Theme.px(4))
        }
    }

    Text {
        id: total

        anchors.right: captionsButton.left
        anchors.rightMargin: Theme.px(28)
        anchors.verticalCenter: parent.verticalCenter
        visible: root.available
        text: root.clock(root.duration)
        textFormat: Text.PlainText
        color: Theme.textMuted
        font.family: Theme.latinSerif
        font.pixelSize: Theme.labelSize
    }

    Text {
        objectName: "narrationUnavailable"
        anchors.left: replayButton.right
        anchors.right: captionsButton.left
        anchors.leftMargin: Theme.px(28)
        anchors.rightMargin: Theme.px(28)
        anchors.verticalCenter: parent.verticalCenter
        visible: !root.available
        text: qsTr("Narration is unavailable for this chapter")
        textFormat: Text.PlainText
        color: Theme.textMuted
        font.family: Theme.bodyFamily
        font.pixelSize: Theme.labelSize
        font.italic: !Theme.chinese
        // Two lines if need be (a portrait screen with larger text).
        wrapMode: Text.WordWrap
        maximumLineCount: 2
        elide: Text.ElideRight
    }

    KioskButton {
        id: captionsButton

        objectName: "captionsButton"
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        text: "CC"
        checkable: true
        checked: root.captionsEnabled
        Accessible.name: root.captionsEnabled ? qsTr("Hide captions") : qsTr("Show captions")
        onClicked: root.captionsToggled()
    }
}
