pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Exhibit

// The staff's admin panel: how the kiosk is doing, and what staff can do
// about it. Deliberately plain (a maintenance screen, not part of the
// exhibit), with large buttons, and "exit" asking twice.
Rectangle {
    id: root

    property string version: ""
    property int uptimeSeconds: 0
    property string contentVersion: ""
    property string contentStatus: ""
    property string contentFile: ""
    property date lastReset
    property int problemCount: 0
    property string recentProblemsText
    property string analyticsStatus: ""
    property int visitsToday: 0
    // Each chapter's title and opens today, pairwise, and the most opens (the longest bar).
    property list<string> chapterTitles
    property list<int> chapterOpensToday
    property int mostChapterOpensToday: 1
    property bool soundCheckPlaying: false
    property string soundCheckMessage: ""
    // Why the staff PIN should be replaced (empty: it need not be).
    property string pinWarning: ""

    signal soundCheckClicked()
    signal reloadClicked()
    signal backClicked()
    signal restartClicked()
    signal exitClicked()

    function formatUptime(seconds) {
        const days = Math.floor(seconds / 86400)
        const hours = Math.floor(seconds % 86400 / 3600)
        const minutes = Math.floor(seconds % 3600 / 60)
        if (days > 0)
            return days + " d " + hours + " h"
        if (hours > 0)
            return hours + " h " + minutes + " min"
        return minutes + " min " + seconds % 60 + " s"
    }

    color: Theme.paper

    // Keeps touches from reaching the exhibit underneath.
    MouseArea {
        anchors.fill: parent
    }

    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        columns: root.width > root.height ? 2 : 1
        columnSpacing: Theme.gutter * 2
        rowSpacing: Theme.gutter

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.alignment: Qt.AlignTop
            spacing: Theme.px(18)

            Text {
                text: "Admin · 管理"
                textFormat: Text.PlainText
                color: Theme.text
                font.family: Theme.cjkSerif
                font.pixelSize: Theme.px(56)
            }

            Text {
                objectName: "adminPinWarning"
                visible: root.pinWarning !== ""
                Layout.fillWidth: true
                text: root.pinWarning
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
                color: Theme.sealRed
                font.family: Theme.latinSerif
                font.pixelSize: Theme.px(28)
            }

            Repeater {
                model: [
                    ["Kiosk version", root.version],
                    ["Running for", root.formatUptime(root.uptimeSeconds)],
                    ["Content version", root.contentVersion || "none"],
                    ["Content", root.contentStatus],
                    ["Content file", root.contentFile],
                    ["Last idle reset", isNaN(root.lastReset.getTime()) ? "none yet"
                                                                       : root.lastReset.toLocaleString(Qt.locale("en_GB"), "ddd d MMM HH:mm:ss")],
                    ["Problems logged", String(root.problemCount)],
                    ["Analytics", root.analyticsStatus],
                    ["Visits today", String(root.visitsToday)],
                ]

                RowLayout {
                    // A [label, value] pair of the list above, bound to the status.
                    required property var modelData
                    required property int index

                    objectName: "adminStatus_" + index
                    Layout.fillWidth: true
                    spacing: Theme.px(20)

                    Text {
                        Layout.preferredWidth: Theme.px(300)
                        Layout.alignment: Qt.AlignTop
                        text: parent.modelData[0]
                        textFormat: Text.PlainText
                        color: Theme.textMuted
                        font.family: Theme.latinSerif
                        font.pixelSize: Theme.px(28)
                    }

                    Text {
                        Layout.fillWidth: true
                        text: parent.modelData[1]
                        textFormat: Text.PlainText
                        // A fallback reason is long and all of it matters.
                        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                        maximumLineCount: 3
                        elide: Text.ElideRight
                        color: Theme.text
                        font.family: Theme.latinSerif
                        font.pixelSize: Theme.px(28)
                    }
                }
            }

            // Chapters opened today: a bar each, the most opened the longest.
            Column {
                id: chapterChart

                objectName: "adminChapterChart"
                Layout.fillWidth: true
                spacing: Theme.px(6)
                visible: root.chapterTitles.length > 0

                Text {
                    text: "Chapters opened today"
                    textFormat: Text.PlainText
                    color: Theme.textMuted
                    font.family: Theme.latinSerif
                    font.pixelSize: Theme.px(24)
                }

                Repeater {
                    model: root.chapterTitles.length

                    Row {
                        id: bar

                        required property int index

                        spacing: Theme.px(12)

                        Text {
                            width: Theme.px(300)
                            text: root.chapterTitles[bar.index]
                            textFormat: Text.PlainText
                            elide: Text.ElideRight
                            color: Theme.text
                            font.family: Theme.bodyFamily
                            font.pixelSize: Theme.px(22)
                        }

                        Rectangle {
                            anchors.verticalCenter: parent.verticalCenter
                            width: Math.max(Theme.px(3), (chapterChart.width - Theme.px(420)) * (root.chapterOpensToday[bar.index] ?? 0) / root.mostChapterOpensToday)
                            height: Theme.px(18)
                            radius: Theme.px(3)
                            color: Theme.celadonDeep
                        }

                        Text {
                            text: String(root.chapterOpensToday[bar.index] ?? 0)
                            textFormat: Text.PlainText
                            color: Theme.text
                            font.family: Theme.latinSerif
                            font.pixelSize: Theme.px(22)
                        }
                    }
                }
            }

            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: Theme.px(160)
                color: Theme.paperDeep
                radius: Theme.radius
                clip: true

                Text {
                    objectName: "adminProblems"
                    anchors.fill: parent
                    anchors.margins: Theme.px(18)
                    text: root.recentProblemsText
                    textFormat: Text.PlainText
                    wrapMode: Text.WrapAnywhere
                    color: Theme.text
                    font.family: "monospace"
                    font.pixelSize: Theme.px(20)
                }
            }
        }

        ColumnLayout {
            Layout.alignment: Qt.AlignTop
            Layout.fillWidth: root.width <= root.height
            spacing: Theme.px(22)

            KioskButton {
                objectName: "adminSoundCheck"
                Layout.fillWidth: true
                text: root.soundCheckPlaying ? "Playing… · 播放中" : "Sound check · 声音测试"
                iconName: "play"
                onClicked: root.soundCheckClicked()
            }

            Text {
                objectName: "adminSoundCheckMessage"
                Layout.fillWidth: true
                // Always takes its line, so the buttons below never move under a finger.
                Layout.preferredHeight: Theme.px(32)
                text: root.soundCheckMessage
                textFormat: Text.PlainText
                color: Theme.textMuted
                font.family: Theme.latinSerif
                font.pixelSize: Theme.px(24)
            }

            KioskButton {
                objectName: "adminReload"
                Layout.fillWidth: true
                text: "Reload content · 重新载入"
                onClicked: root.reloadClicked()
            }

            KioskButton {
                objectName: "adminBack"
                Layout.fillWidth: true
                text: "Back to the exhibit · 返回展项"
                prominent: true
                onClicked: root.backClicked()
            }

            Item {
                Layout.preferredHeight: Theme.gutter
            }

            KioskButton {
                objectName: "adminRestart"
                Layout.fillWidth: true
                text: "Restart kiosk · 重启"
                onClicked: root.restartClicked()
            }

            KioskButton {
                id: exitButton

                property bool confirming: false

                objectName: "adminExit"
                Layout.fillWidth: true
                text: exitButton.confirming ? "Tap again to exit · 再按一次退出" : "Exit kiosk · 退出"
                checked: exitButton.confirming
                onClicked: {
                    if (exitButton.confirming) {
                        exitButton.confirming = false
                        root.exitClicked()
                    } else {
                        exitButton.confirming = true
                        exitConfirmTimeout.restart()
                    }
                }

                Timer {
                    id: exitConfirmTimeout

                    interval: 4000
                    onTriggered: exitButton.confirming = false
                }
            }
        }
    }
}
