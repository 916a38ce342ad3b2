import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import ExhibitStudio

// One language's value of a field: typed into, handed to the session at
// every keystroke (it keeps a draft at once), with what is left of the
// layout's limit and the field's problem. Undo and redo come back through
// `value`; the box follows unless it already says the same. A one-line
// field wraps what it holds rather than scroll it out of sight, and takes
// no line breaks. A picture, recording or captions field also takes a file
// chosen from disk (copied into the media folder), and shows the picture.
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
    // The file dialog's filters when the field names a media file; empty for a text.
    readonly property var fileFilters: StudioSession.fileFilters(box.path)
    readonly property bool isPicture: box.path.endsWith(".image") || box.path.endsWith(".portrait")
    // An event's chapter, a person's chapters: chosen, not typed.
    readonly property bool isNarration: /^chapters\.[^.]+\.narration\.[^.]+\.audio$/.test(box.path)
    readonly property bool isLink: box.path.endsWith(".chapter") || box.path.endsWith(".chapters")

    function focusEditor(paragraph) {
        if (box.isLink)
            links.forceActiveFocus()
        else if (box.paragraphed)
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

    ChapterLinks {
        id: links

        Layout.fillWidth: true
        visible: box.isLink
        path: box.path
        value: box.value
        several: box.path.endsWith(".chapters")
        fieldName: box.fieldName
        onRefusalChanged: box.refusal = refusal
    }

    RowLayout {
        Layout.fillWidth: true
        visible: !box.paragraphed && !box.isLink
        spacing: StudioTheme.smallGap

        Image {
            objectName: "thumbnail:" + box.path
            Layout.preferredWidth: 72
            Layout.preferredHeight: 54
            Layout.alignment: Qt.AlignTop
            visible: box.isPicture && box.value !== ""
            source: visible ? "file://" + StudioSession.mediaFolder + "/" + box.value : ""
            sourceSize.width: 144
            fillMode: Image.PreserveAspectFit
            asynchronous: true
        }

        EditorArea {
            id: editor

            objectName: "field:" + box.path
            Layout.fillWidth: true
            path: box.path
            text: box.value
            hasProblem: box.problem !== "" || box.refusal !== ""
            Accessible.name: box.fieldName
            Accessible.description: counter.visible ? counter.text : ""
            onTextChanged: {
                if (activeFocus && text !== box.value)
                    box.refusal = StudioSession.edit(box.path, text)
            }
            // A one-line field takes no Return.
            Keys.onReturnPressed: event => { event.accepted = !box.multiline }
            Keys.onEnterPressed: event => { event.accepted = !box.multiline }
        }

    }

    // A file chosen from disk; for a chapter's narration in this language, or
    // its words as they are now spoken by the offline voices.
    Flow {
        id: fileTools

        Layout.fillWidth: true
        visible: box.fileFilters.length > 0
        spacing: StudioTheme.smallGap

        readonly property string language: box.path.split(".")[3] ?? ""
        readonly property string needs: box.isNarration ? StudioSession.draftNarrationNeeds(language) : ""
        readonly property bool making: StudioSession.draftNarrationFor === box.path

        Button {
            objectName: "choose:" + box.path
            text: qsTr("Choose…")
            Accessible.name: qsTr("Choose a file for %1").arg(box.fieldName)
            onClicked: {
                fileDialog.currentFolder = StudioSession.chooseFrom()
                fileDialog.open()
            }
        }
        Button {
            objectName: "draftNarration:" + box.path
            visible: box.isNarration && !parent.making
            enabled: parent.needs === "" && StudioSession.draftNarrationFor === ""
            text: qsTr("Make a draft narration")
            Accessible.name: qsTr("Make a draft narration for %1").arg(box.fieldName)
            Accessible.description: parent.needs
            onClicked: box.refusal = StudioSession.makeDraftNarration(box.path)
        }
        BusyIndicator {
            width: 28
            height: 28
            visible: parent.making
            running: visible
        }
        Label {
            textFormat: Text.PlainText
            width: fileTools.width
            visible: text !== ""
            text: parent.making ? qsTr("Speaking the chapter's words…") : box.isNarration ? parent.needs : ""
            wrapMode: Text.Wrap
            font.pixelSize: StudioTheme.smallFontSize
            color: StudioTheme.textMuted
        }
        Button {
            objectName: "cancelDraftNarration:" + box.path
            visible: parent.making
            text: qsTr("Cancel")
            Accessible.name: qsTr("Cancel the draft narration")
            onClicked: StudioSession.cancelDraftNarration()
        }
    }

    FileDialog {
        id: fileDialog

        title: qsTr("Choose a file for %1").arg(box.fieldName)
        nameFilters: box.fileFilters
        onAccepted: box.refusal = StudioSession.chooseFile(box.path, selectedFile)
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
