pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ExhibitStudio

// The chapters an item is linked to, chosen by their titles rather than typed
// as ids: one chapter or none for a timeline event ("Told in chapter"),
// any of them for a person, listed on their page in the order ticked.
ColumnLayout {
    id: links

    property string path
    property string value
    property bool several: false // a person's chapters; else one event's chapter
    property string fieldName
    // Why the session refused the last change, if it did.
    property string refusal

    // "" first: no chapter.
    readonly property var choices: {
        const list = [""]
        for (const id of StudioSession.chapterIds)
            list.push(id)
        return list
    }
    readonly property var chosen: links.value.split(",").map(id => id.trim()).filter(id => id !== "")

    function setChosen(ids) {
        links.refusal = StudioSession.edit(links.path, ids.join(", "))
        StudioSession.finishEditing()
    }

    spacing: 0

    ComboBox {
        id: single

        objectName: "chapterChoice:" + links.path
        Layout.fillWidth: true
        visible: !links.several
        model: links.choices
        displayText: currentIndex > 0 ? StudioSession.chapterTitle(currentValue) : qsTr("No chapter")
        currentIndex: Math.max(0, links.choices.indexOf(links.value))
        Accessible.name: links.fieldName
        delegate: ItemDelegate {
            required property string modelData
            required property int index

            width: ListView.view.width
            text: index > 0 ? StudioSession.chapterTitle(modelData) : qsTr("No chapter")
            highlighted: single.highlightedIndex === index
        }
        onActivated: index => links.setChosen(index > 0 ? [StudioSession.chapterIds[index - 1]] : [])
        onActiveFocusChanged: if (activeFocus) StudioPreview.showField(links.path)
    }

    Flow {
        Layout.fillWidth: true
        visible: links.several
        spacing: StudioTheme.smallGap

        Repeater {
            model: links.several ? StudioSession.chapterIds : []
            CheckBox {
                required property string modelData

                objectName: "chapterLink:" + links.path + ":" + modelData
                text: StudioSession.chapterTitle(modelData)
                checked: links.chosen.indexOf(modelData) >= 0
                Accessible.name: qsTr("%1: %2").arg(links.fieldName).arg(text)
                onToggled: {
                    const ids = links.chosen.filter(id => id !== modelData)
                    if (checked)
                        ids.push(modelData)
                    links.setChosen(ids)
                }
                onActiveFocusChanged: if (activeFocus) StudioPreview.showField(links.path)
            }
        }
    }
}
