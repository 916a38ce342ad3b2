pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Exhibit
import ExhibitStudio

// The kiosk's own screen for what is being edited, drawn by the kiosk's QML
// at its real size and shown smaller; what will not fit or cannot be
// reached is outlined in red, with the previews' words beneath.
Pane {
    id: pane

    padding: StudioTheme.gap
    background: Rectangle {
        color: StudioTheme.inkSoft
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: StudioTheme.gap

        PreviewToolBar {
            Layout.fillWidth: true
        }

        Item {
            id: stage

            readonly property size screenSize: StudioPreview.portrait ? Qt.size(1080, 1920) : Qt.size(1920, 1080)
            readonly property real fit: Math.min(width / screenSize.width, height / screenSize.height)

            Layout.fillWidth: true
            Layout.fillHeight: true

            Rectangle {
                anchors.fill: frame
                anchors.margins: -5
                visible: frame.activeFocus
                color: "transparent"
                border.color: StudioTheme.focusOnInk
                border.width: 3
                radius: StudioTheme.radius
            }

            // One stop for the keyboard, not the kiosk's forty controls (its
            // pages beside the current one included): the kiosk's own keypad
            // navigation is off in the studio, so Qt's tab chain would walk
            // them all. Whatever of the kiosk takes focus hands it to the
            // frame; Tab and Shift+Tab leave the frame past the kiosk.
            Item {
                id: frame

                objectName: "previewFrame"
                anchors.centerIn: parent
                width: stage.screenSize.width * stage.fit
                height: stage.screenSize.height * stage.fit
                clip: true
                activeFocusOnTab: true
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("The kiosk's screen as visitors will see it")
                Accessible.description: (StudioPreview.findings.spoken !== "" ? StudioPreview.findings.spoken + ". " : "")
                                        + qsTr("Space plays or pauses the chapter's narration.")

                function holds(item) {
                    for (let parent = item; parent; parent = parent.parent) {
                        if (parent === kiosk)
                            return true
                    }
                    return false
                }

                function leave(forward) {
                    let next = frame.nextItemInFocusChain(forward)
                    while (next && next !== frame && holds(next))
                        next = next.nextItemInFocusChain(forward)
                    next?.forceActiveFocus(forward ? Qt.TabFocusReason : Qt.BacktabFocusReason)
                }

                Keys.onTabPressed: frame.leave(true)
                Keys.onBacktabPressed: frame.leave(false)
                Keys.onSpacePressed: NarrationController.togglePlayback()

                Connections {
                    target: frame.Window.window

                    function onActiveFocusItemChanged() {
                        const focused = frame.Window.activeFocusItem
                        if (focused && focused !== frame && frame.holds(focused))
                            frame.forceActiveFocus(Qt.TabFocusReason)
                    }
                }

                KioskRoot {
                    id: kiosk

                    objectName: "previewKioskRoot"
                    inStudio: true
                    width: stage.screenSize.width
                    height: stage.screenSize.height
                    transformOrigin: Item.TopLeft
                    scale: stage.fit
                    Component.onCompleted: StudioPreview.screen = kiosk
                }

                // The findings, in the screen's coordinates like the kiosk, drawn at its scale.
                Item {
                    width: stage.screenSize.width
                    height: stage.screenSize.height
                    transformOrigin: Item.TopLeft
                    scale: stage.fit

                    Repeater {
                        model: StudioPreview.findings
                        FindingOutline {}
                    }
                }
            }
        }

        ListView {
            objectName: "previewFindings"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 110)
            visible: count > 0
            clip: true
            model: StudioPreview.findings
            Accessible.name: qsTr("What the preview found")
            delegate: Label {
                required property string message

                width: ListView.view.width
                text: "■ " + message
                wrapMode: Text.Wrap
                color: "#ff8a80"
            }
        }
    }
}
