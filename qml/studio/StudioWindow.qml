import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ExhibitStudio

// Exhibit Studio's one window: the start page until a working copy is open,
// then the outline, the selected item's fields and the kiosk's own screen.
ApplicationWindow {
    id: window

    width: Math.min(1800, Screen.desktopAvailableWidth)
    height: Math.min(1080, Screen.desktopAvailableHeight)
    minimumWidth: 1200
    minimumHeight: 760
    visible: true
    title: StudioSession.isOpen
           ? qsTr("%1 — Exhibit Studio").arg(StudioSession.fileName.split("/").pop())
           : qsTr("Exhibit Studio")
    color: StudioTheme.paper
    font.family: StudioTheme.fontFamily
    font.pixelSize: StudioTheme.fontSize

    Shortcut {
        sequences: ["Ctrl+Z"]
        enabled: StudioSession.canUndo
        onActivated: StudioSession.undo()
    }
    Shortcut {
        sequences: ["Ctrl+Y", "Ctrl+Shift+Z"]
        enabled: StudioSession.canRedo
        onActivated: StudioSession.redo()
    }
    Shortcut {
        sequence: "Ctrl+F"
        enabled: StudioSession.isOpen
        onActivated: outline.focusSearch()
    }

    header: StudioToolBar {
        visible: StudioSession.isOpen
        problemsOpen: problemsPane.visible
        changesOpen: changesPane.visible
        translationOpen: translationPane.visible
        onProblemsToggled: problemsPane.visible = !problemsPane.visible
        onChangesToggled: changesPane.visible = !changesPane.visible
        onTranslationToggled: translationPane.visible = !translationPane.visible
        onPublishClicked: publishDialog.open()
    }

    PublishDialog {
        id: publishDialog
    }

    StartPage {
        anchors.fill: parent
        visible: !StudioSession.isOpen
    }

    SplitView {
        anchors.fill: parent
        visible: StudioSession.isOpen
        orientation: Qt.Horizontal

        OutlinePane {
            id: outline

            SplitView.preferredWidth: 280
            SplitView.minimumWidth: 220
        }

        ColumnLayout {
            SplitView.preferredWidth: 600
            SplitView.minimumWidth: 420
            spacing: 0

            MessageBar {
                Layout.fillWidth: true
                message: StudioSession.message
            }

            FieldEditor {
                id: editor

                Layout.fillWidth: true
                Layout.fillHeight: true
            }

            ChangesPane {
                id: changesPane

                Layout.fillWidth: true
                Layout.preferredHeight: 260
                visible: false
            }

            TranslationPane {
                id: translationPane

                Layout.fillWidth: true
                Layout.preferredHeight: 300
                visible: false
            }

            ProblemsPane {
                id: problemsPane

                Layout.fillWidth: true
                Layout.preferredHeight: 220
                visible: false
            }
        }

        PreviewPane {
            SplitView.fillWidth: true
            SplitView.minimumWidth: 480
        }
    }
}
