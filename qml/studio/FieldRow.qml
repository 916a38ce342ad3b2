pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import ExhibitStudio

// One field of the selected item: a box per language (one for a field every
// language shares), its limit counting down, its problem in red beneath.
RowLayout {
    id: row

    required property string key
    required property string label
    required property bool shared
    required property bool multiline
    required property var paths
    required property var values
    required property var limits
    required property var remaining
    required property var problems
    property var languages: []

    // `path` may name a paragraph: "chapters.battles.body.en[2]".
    function focusPath(path) {
        const paragraph = path.match(/\[(\d+)\]$/)
        const field = path.replace(/\[\d+\]$/, "")
        for (let i = 0; i < boxes.count; ++i) {
            if (row.paths[i] === field) {
                (boxes.itemAt(i) as FieldBox).focusEditor(paragraph ? Number(paragraph[1]) : 0)
                return true
            }
        }
        return false
    }

    spacing: StudioTheme.gap

    Text {
        textFormat: Text.PlainText
        Layout.preferredWidth: 150
        Layout.alignment: Qt.AlignTop
        topPadding: 8
        text: row.label
        wrapMode: Text.Wrap
        color: StudioTheme.text
        font.family: StudioTheme.fontFamily
        font.pixelSize: StudioTheme.fontSize
        font.bold: true
    }

    Repeater {
        id: boxes

        model: row.paths.length
        FieldBox {
            required property int index

            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            path: row.paths[index]
            value: row.values[index] ?? ""
            limit: row.limits[index] ?? 0
            remaining: row.remaining[index] ?? 0
            problem: row.problems[index] ?? ""
            multiline: row.multiline
            paragraphed: row.key === "body"
            fieldName: row.shared ? row.label : qsTr("%1 (%2)").arg(row.label).arg(row.languages[index] ?? "")
        }
    }
}
