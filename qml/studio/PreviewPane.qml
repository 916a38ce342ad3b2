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

            Item {
                objectName: "previewFrame"
                anchors.centerIn: parent
                width: stage.screenSize.width * stage.fit
                height: stage.screenSize.height * stage.fit
                clip: true

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
