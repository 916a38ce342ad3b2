import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ExhibitStudio

// The selected item's fields, every exhibit language side by side, each
// with its layout limit counting down as the curator types.
Pane {
    id: editor

    // Puts the cursor in the field at `path` ("chapters.battles.body.zh[1]").
    function focusField(path) {
        for (let i = 0; i < rows.count; ++i) {
            const row = rows.itemAt(i) as FieldRow
            if (row && row.focusPath(path)) {
                flick.contentY = Math.max(0, Math.min(row.y, flick.contentHeight - flick.height))
                return true
            }
        }
        return false
    }

    padding: 0
    background: Rectangle {
        color: StudioTheme.paper
    }

    // The box with the cursor is kept in sight, however it got there (Tab,
    // a paragraph added with Ctrl+Return, a problem clicked): once laid out,
    // since a box just made has the cursor before the layout gives it its place.
    Connections {
        target: editor.Window.window
        function onActiveFocusItemChanged() { focusMoved.restart() }
    }
    Timer {
        id: focusMoved

        interval: 50 // a few frames: layouts settle on the frame after a box is made
        onTriggered: editor.showFocusedBox()
    }
    function showFocusedBox() {
        const item = editor.Window.activeFocusItem
        let inside = item
        while (inside && inside !== column)
            inside = inside.parent
        if (!inside)
            return
        const top = item.mapToItem(column, 0, 0).y
        const bottom = top + Math.min(item.height, flick.height)
        if (top < flick.contentY)
            flick.contentY = Math.max(0, top - StudioTheme.gap)
        else if (bottom > flick.contentY + flick.height)
            flick.contentY = Math.min(bottom - flick.height + StudioTheme.gap,
                                      Math.max(0, flick.contentHeight - flick.height))
    }

    Connections {
        target: StudioSession
        function onFieldRequested(path) {
            requested.path = path
            requested.restart()
        }
    }
    // Once the item's rows are made and laid out.
    Timer {
        id: requested

        property string path
        interval: 0
        onTriggered: editor.focusField(path)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // A timeline event or a person may go (one step to undo).
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: StudioTheme.gap
            Layout.rightMargin: StudioTheme.gap
            Layout.topMargin: StudioTheme.gap
            visible: removable
            readonly property bool removable: StudioSession.selectedItem.startsWith("timeline.")
                                              || StudioSession.selectedItem.startsWith("figures.")

            Item { Layout.fillWidth: true }
            Button {
                objectName: "removeItem"
                text: StudioSession.selectedItem.startsWith("timeline.") ? qsTr("Remove this event")
                                                                        : qsTr("Remove this person")
                onClicked: StudioSession.removeItem(StudioSession.selectedItem)
            }
        }

        // The languages' columns, headed once.
        RowLayout {
            Layout.fillWidth: true
            Layout.margins: StudioTheme.gap
            spacing: StudioTheme.gap
            Label {
                textFormat: Text.PlainText
                Layout.preferredWidth: 150
                text: qsTr("Field")
                font.bold: true
                color: StudioTheme.textMuted
            }
            Repeater {
                model: StudioSession.fields.languages
                Label {
                    textFormat: Text.PlainText
                    required property string modelData

                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: modelData === "zh" ? "中文" : modelData === "en" ? "English" : modelData
                    font.bold: true
                    color: StudioTheme.textMuted
                }
            }
        }

        Flickable {
            id: flick

            objectName: "fieldsFlickable"
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: column.implicitHeight + StudioTheme.gap
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}

            ColumnLayout {
                id: column

                width: flick.width - 2 * StudioTheme.gap
                x: StudioTheme.gap
                spacing: StudioTheme.gap

                Repeater {
                    id: rows

                    model: StudioSession.fields
                    FieldRow {
                        Layout.fillWidth: true
                        languages: StudioSession.fields.languages
                    }
                }
            }
        }
    }
}
