import QtQuick
import QtQuick.Controls
import ExhibitStudio

// A box a field's words are typed into, as every one in the editor looks and
// behaves: outlined in the accent while it has the cursor and in red while
// its words have a problem; the preview shows the field's screen while it
// has the cursor, and leaving it ends the change (one step to undo). Tab
// moves on, as in every field, rather than typing a tab.
TextArea {
    id: area

    // The field shown on the preview while this box has the cursor.
    property string path
    property bool hasProblem: false

    // Leaving the box, after the session has been told.
    signal focusLeft()

    wrapMode: TextEdit.Wrap
    selectByMouse: true
    color: StudioTheme.text
    background: Rectangle {
        color: "white"
        radius: StudioTheme.radius
        border.width: area.activeFocus ? 2 : 1
        border.color: area.hasProblem ? StudioTheme.problem
                      : area.activeFocus ? StudioTheme.accent : StudioTheme.line
    }
    onActiveFocusChanged: {
        if (activeFocus) {
            StudioPreview.showField(area.path)
            return
        }
        StudioSession.finishEditing()
        area.focusLeft()
    }
    Keys.onTabPressed: nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
    Keys.onBacktabPressed: nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)
}
