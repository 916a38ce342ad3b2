import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ExhibitStudio

// Undo and redo, whether everything typed is in the working copy, and the
// way to the changes since live, the translation and the problems.
ToolBar {
    id: bar

    property bool problemsOpen: false
    property bool changesOpen: false
    property bool translationOpen: false

    signal problemsToggled()
    signal changesToggled()
    signal translationToggled()
    signal publishClicked()

    background: Rectangle {
        color: StudioTheme.ink
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: StudioTheme.gap
        anchors.rightMargin: StudioTheme.gap
        spacing: StudioTheme.gap

        Label {
            textFormat: Text.PlainText
            text: qsTr("Exhibit Studio")
            color: StudioTheme.textOnInk
            font.pixelSize: StudioTheme.headingSize
            font.bold: true
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: StudioSession.fileName
            color: StudioTheme.textOnInkMuted
            elide: Text.ElideMiddle
        }
        ToolButton {
            objectName: "undoButton"
            text: qsTr("Undo")
            enabled: StudioSession.canUndo
            Accessible.name: StudioSession.undoText ? qsTr("Undo %1").arg(StudioSession.undoText) : qsTr("Undo")
            ToolTip.visible: hovered
            ToolTip.text: Accessible.name
            palette.buttonText: StudioTheme.textOnInk
            onClicked: StudioSession.undo()
        }
        ToolButton {
            objectName: "redoButton"
            text: qsTr("Redo")
            enabled: StudioSession.canRedo
            Accessible.name: StudioSession.redoText ? qsTr("Redo %1").arg(StudioSession.redoText) : qsTr("Redo")
            ToolTip.visible: hovered
            ToolTip.text: Accessible.name
            palette.buttonText: StudioTheme.textOnInk
            onClicked: StudioSession.redo()
        }
        Label {
            textFormat: Text.PlainText
            objectName: "savedState"
            text: StudioSession.saved
                  ? qsTr("Saved")
                  : StudioSession.problems.count > 0
                    ? qsTr("Kept as a draft until the problems are fixed")
                    : qsTr("Saving…")
            color: StudioTheme.textOnInkMuted
        }
        Button {
            objectName: "changesButton"
            text: qsTr("Changes since live (%1)").arg(StudioSession.changes.count)
            checkable: true
            checked: bar.changesOpen
            Accessible.name: text
            onClicked: bar.changesToggled()
        }
        Button {
            objectName: "translationButton"
            readonly property int needingWork: StudioSession.translation.toTranslate + StudioSession.translation.toReview
            text: needingWork > 0 ? qsTr("Translation (%1)").arg(needingWork) : qsTr("Translation")
            checkable: true
            checked: bar.translationOpen
            Accessible.name: needingWork > 0 ? qsTr("Translation: %1 texts need work").arg(needingWork) : qsTr("Translation")
            onClicked: bar.translationToggled()
        }
        Button {
            objectName: "problemsButton"
            text: qsTr("Problems (%1)").arg(StudioSession.problems.count)
            checkable: true
            checked: bar.problemsOpen
            Accessible.name: text
            palette.button: StudioSession.problems.count > 0 ? StudioTheme.problem : StudioTheme.accent
            palette.buttonText: "white"
            onClicked: bar.problemsToggled()
        }
        Button {
            objectName: "openPublish"
            text: qsTr("Publish…")
            Accessible.name: qsTr("Publish to the kiosks")
            onClicked: bar.publishClicked()
        }
    }
}
