import QtQuick
import Exhibit

// Outside opening hours: a dark screen with one quiet line saying when the
// exhibit opens, moved to a new place every minute so the panel never holds
// a still image all night. No sound (narration stops with the visit), and
// touches do nothing; only the hidden staff corner still answers.
// Both languages at once, as on the other notices.
Rectangle {
    id: root

    readonly property date nextOpening: ScheduleController.nextOpening
    readonly property bool knowsOpening: !isNaN(root.nextOpening.getTime())
    // Where the notice sits, as fractions of the free space, so it stays on
    // screen whatever the size or orientation.
    property real placeX: 0.5
    property real placeY: 0.5

    color: "black"

    // Swallows touches, so nothing underneath can start a visit.
    MouseArea {
        anchors.fill: parent
    }

    Column {
        id: notice

        objectName: "closedNotice"
        x: Theme.margin + root.placeX * Math.max(0, root.width - 2 * Theme.margin - width)
        y: Theme.margin + root.placeY * Math.max(0, root.height - 2 * Theme.margin - height)
        width: Math.min(root.width - 2 * Theme.margin, Theme.px(900))
        spacing: Theme.px(14)
        opacity: 0.7

        Text {
            objectName: "closedTitle"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: "Closed · 闭馆"
            textFormat: Text.PlainText
            color: Theme.textOnInkMuted
            font.family: Theme.cjkSerif
            font.pixelSize: Theme.px(44)
        }

        Text {
            objectName: "closedOpensAt"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            visible: root.knowsOpening
            text: root.knowsOpening
                  ? "Opens " + root.nextOpening.toLocaleString(Qt.locale("en_GB"), "dddd HH:mm")
                    + "\n" + root.nextOpening.toLocaleString(Qt.locale("zh_CN"), "dddd HH:mm") + " 开放"
                  : ""
            textFormat: Text.PlainText
            color: Theme.textOnInkMuted
            font.family: Theme.cjkSerif
            font.pixelSize: Theme.px(30)
            lineHeight: 1.3
        }
    }

    // A new place each minute (and when shown), anywhere the notice fits.
    Timer {
        interval: 60000
        repeat: true
        running: root.visible
        triggeredOnStart: true
        onTriggered: {
            root.placeX = Math.random()
            root.placeY = Math.random()
        }
    }
}
