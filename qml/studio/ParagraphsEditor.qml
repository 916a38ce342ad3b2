pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ExhibitStudio

// A chapter's text as its paragraphs, each in a box of its own, to edit,
// move up or down, remove, or add after the last. The field holds them
// joined by blank lines; every change is handed to the session whole. A
// paragraph just added is an empty box here until something is typed in it
// (the exhibit keeps no empty paragraphs).
ColumnLayout {
    id: editor

    property string path
    property var paragraphs: []
    property string fieldName
    property string problem
    // Why the session refused the last change, if it did.
    property string refusal
    // Boxes shown while a paragraph is being added: one more than there were,
    // until its first letter makes it a paragraph (or it is left empty).
    property int adding: 0
    // The paragraph whose box takes the cursor, now or once it is made.
    property int wantsFocus: -1

    function change(list) {
        editor.refusal = StudioSession.edit(editor.path, list.join("\n\n"))
    }
    // The new box has become a paragraph (its count is the same: no box is made again).
    onParagraphsChanged: {
        if (editor.paragraphs.length >= editor.adding)
            editor.adding = 0
    }

    // A new, empty box after the last, with the cursor in it (the button, or
    // Ctrl+Return in any paragraph).
    function addParagraph() {
        if (editor.adding > editor.paragraphs.length)
            return
        editor.adding = editor.paragraphs.length + 1
        editor.focusParagraph(editor.paragraphs.length)
    }
    function focusParagraph(index) {
        editor.wantsFocus = -1
        editor.wantsFocus = index
    }

    spacing: StudioTheme.smallGap

    Repeater {
        id: boxes

        model: Math.max(editor.paragraphs.length, editor.adding)
        RowLayout {
            id: paragraph

            required property int index

            function takeFocus() {
                if (editor.wantsFocus === paragraph.index)
                    words.forceActiveFocus()
            }

            Component.onCompleted: takeFocus()
            Connections {
                target: editor
                function onWantsFocusChanged() { paragraph.takeFocus() }
            }

            spacing: 2

            EditorArea {
                id: words

                objectName: "field:" + editor.path + "[" + paragraph.index + "]"
                Layout.fillWidth: true
                path: editor.path
                text: editor.paragraphs[paragraph.index] ?? ""
                hasProblem: editor.problem !== ""
                Accessible.name: qsTr("%1, paragraph %2 of %3").arg(editor.fieldName)
                                 .arg(paragraph.index + 1).arg(boxes.count)
                onTextChanged: {
                    if (!activeFocus || text === (editor.paragraphs[paragraph.index] ?? ""))
                        return
                    const list = editor.paragraphs.slice()
                    list[paragraph.index] = text
                    editor.change(list)
                }
                onFocusLeft: {
                    // The new box, left empty, goes.
                    if (paragraph.index >= editor.paragraphs.length)
                        editor.adding = 0
                }
                Keys.onReturnPressed: event => {
                    event.accepted = (event.modifiers & Qt.ControlModifier) !== 0
                    if (event.accepted)
                        editor.addParagraph()
                }
            }

            ColumnLayout {
                Layout.alignment: Qt.AlignTop
                spacing: 0

                component Tool: ToolButton {
                    font.pixelSize: StudioTheme.smallFontSize
                    implicitWidth: 30
                    implicitHeight: 26
                    ToolTip.visible: hovered
                    ToolTip.text: Accessible.name
                }
                Tool {
                    objectName: "moveUp:" + editor.path + "[" + paragraph.index + "]"
                    text: "↑"
                    enabled: paragraph.index > 0 && paragraph.index < editor.paragraphs.length
                    Accessible.name: qsTr("Move paragraph %1 up").arg(paragraph.index + 1)
                    onClicked: {
                        const list = editor.paragraphs.slice()
                        list.splice(paragraph.index - 1, 0, list.splice(paragraph.index, 1)[0])
                        editor.change(list)
                    }
                }
                Tool {
                    objectName: "moveDown:" + editor.path + "[" + paragraph.index + "]"
                    text: "↓"
                    enabled: paragraph.index < editor.paragraphs.length - 1
                    Accessible.name: qsTr("Move paragraph %1 down").arg(paragraph.index + 1)
                    onClicked: {
                        const list = editor.paragraphs.slice()
                        list.splice(paragraph.index + 1, 0, list.splice(paragraph.index, 1)[0])
                        editor.change(list)
                    }
                }
                Tool {
                    objectName: "remove:" + editor.path + "[" + paragraph.index + "]"
                    text: "✕"
                    enabled: boxes.count > 1
                    Accessible.name: qsTr("Remove paragraph %1").arg(paragraph.index + 1)
                    onClicked: {
                        if (paragraph.index >= editor.paragraphs.length) {
                            editor.adding = 0 // the empty box, never typed in
                            return
                        }
                        const list = editor.paragraphs.slice()
                        list.splice(paragraph.index, 1)
                        editor.change(list)
                    }
                }
            }
        }
    }

    Button {
        objectName: "addParagraph:" + editor.path
        text: qsTr("Add a paragraph")
        font.pixelSize: StudioTheme.smallFontSize
        enabled: editor.adding <= editor.paragraphs.length
        Accessible.description: qsTr("Ctrl+Return in a paragraph does the same")
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Ctrl+Return in a paragraph")
        onClicked: editor.addParagraph()
    }
}
