import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ExhibitStudio

// One language's value of a field: typed into, handed to the session at
// every keystroke (it keeps a draft at once), with what is left of the
// layout's limit and the field's problem. Undo and redo come back through
// `value`; the box follows unless it already says the same. A one-line
// field wraps what it holds rather than scroll it out of sight, and takes
// no line breaks.
ColumnLayout {
    id: box

    property string path
    property string value
    property int limit: 0
    property int remaining: 0
    property string problem
    property bool multiline: false
    property string fieldName
    property string refusal // the value is not of the field's form (a date that is no date)
    // A chapter's text: its paragraphs each in a box of its own.
    property bool paragraphed: false

    function focusEditor(paragraph) {
        if (box.paragraphed)
            paragraphs.focusParagraph(paragraph ?? 0)
        else
            editor.forceActiveFocus()
    }

    spacing: 2

    ParagraphsEditor {
        id: paragraphs

        Layout.fillWidth: true
        visible: box.paragraphed
        path: box.path
        paragraphs: box.paragraphed ? box.value.split("\n\n") : []
        fieldName: box.fieldName
        problem: box.problem
    }

    TextArea {
        id: editor

        objectName: "field:" + box.path
        Layout.fillWidth: true
        visible: !box.paragraphed
        text: box.value
        wrapMode: TextEdit.Wrap
        selectByMouse: true
        color: StudioTheme.text
        Accessible.name: box.fieldName
        Accessible.description: counter.visible ? counter.text : ""
        background: Rectangle {
            color: "white"
            radius: StudioTheme.radius
            border.width: editor.activeFocus ? 2 : 1
            border.color: box.problem !== "" || box.refusal !== "" ? StudioTheme.problem
                          : editor.activeFocus ? StudioTheme.accent : StudioTheme.line
        }
        onTextChanged: {
            if (activeFocus && text !== box.value)
                box.refusal = StudioSession.edit(box.path, text)
        }
        onActiveFocusChanged: activeFocus ? StudioPreview.showField(box.path) : StudioSession.finishEditing()
        // Tab moves on, as in every field; a one-line field takes no Return.
        Keys.onTabPressed: nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
        Keys.onBacktabPressed: nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)
        Keys.onReturnPressed: event => { event.accepted = !box.multiline }
        Keys.onEnterPressed: event => { event.accepted = !box.multiline }
    }

    Label {
        textFormat: Text.PlainText
        id: counter

        objectName: "counter:" + box.path
        Layout.alignment: Qt.AlignRight
        visible: box.limit > 0
        text: box.remaining >= 0 ? qsTr("%n characters left", "", box.remaining)
                                 : qsTr("%n characters over", "", -box.remaining)
        font.pixelSize: StudioTheme.smallFontSize
        color: box.remaining < 0 ? StudioTheme.problem : StudioTheme.textMuted
    }
    Label {
        textFormat: Text.PlainText
        objectName: "problem:" + box.path
        Layout.fillWidth: true
        visible: text !== ""
        text: box.refusal !== "" ? box.refusal : paragraphs.refusal !== "" ? paragraphs.refusal : box.problem
        wrapMode: Text.Wrap
        font.pixelSize: StudioTheme.smallFontSize
        color: StudioTheme.problem
    }
}
