import QtQuick
import QtQuick.Controls

// A pane under the field editor (changes since live, translation, problems):
// a deeper paper, a line above.
Pane {
    padding: 0
    background: Rectangle {
        color: StudioTheme.paperDeep
        Rectangle {
            width: parent.width
            height: 1
            color: StudioTheme.line
        }
    }
}
