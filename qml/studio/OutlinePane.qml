import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import ExhibitStudio

// Everything a curator can edit, in the order the kiosk shows it, each with
// its problems counted; above it a search over every text in every language.
Pane {
    id: pane

    function focusSearch() { search.forceActiveFocus() }

    padding: 0
    background: Rectangle {
        color: StudioTheme.paperDeep
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TextField {
            id: search

            objectName: "searchField"
            Layout.fillWidth: true
            Layout.margins: StudioTheme.gap
            placeholderText: qsTr("Search every text…")
            Accessible.name: qsTr("Search every text in every language")
            selectByMouse: true
            onTextChanged: StudioSession.search.query = text
            Keys.onEscapePressed: text = ""
        }

        ListView {
            id: outlineList

            objectName: "outline"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: search.text === ""
            clip: true
            model: StudioSession.outline
            keyNavigationEnabled: true
            activeFocusOnTab: true
            currentIndex: StudioSession.outline.rowOf(StudioSession.selectedItem)
            Accessible.name: qsTr("Outline")

            function choose() {
                const row = currentItem as OutlineRow
                if (row)
                    StudioSession.selectedItem = row.path
            }

            section.property: "section"
            section.delegate: Label {
                required property string section

                width: ListView.view.width
                leftPadding: StudioTheme.gap
                topPadding: StudioTheme.gap
                bottomPadding: StudioTheme.smallGap
                text: section
                font.pixelSize: StudioTheme.smallFontSize
                font.bold: true
                font.capitalization: Font.AllUppercase
                color: StudioTheme.textMuted
            }
            delegate: OutlineRow {
                width: ListView.view.width
                selected: ListView.isCurrentItem
                onClicked: StudioSession.selectedItem = path
            }
            Keys.onReturnPressed: choose()
            Keys.onEnterPressed: choose()
            // Arrowing through the outline shows each item as it goes; an
            // item chosen elsewhere (just added, found) is scrolled to.
            onCurrentIndexChanged: {
                if (activeFocus)
                    choose()
                else if (currentIndex >= 0)
                    positionViewAtIndex(currentIndex, ListView.Contain)
            }
        }

        // The timeline and the people grow and shrink; chapters and map years do not.
        RowLayout {
            Layout.fillWidth: true
            Layout.margins: StudioTheme.gap
            visible: search.text === ""
            spacing: StudioTheme.smallGap

            Button {
                objectName: "addEvent"
                Layout.fillWidth: true
                text: qsTr("Add an event")
                Accessible.name: qsTr("Add a timeline event")
                onClicked: StudioSession.addEvent()
            }
            Button {
                objectName: "addFigure"
                Layout.fillWidth: true
                text: qsTr("Add a person")
                onClicked: StudioSession.addFigure()
            }
        }

        ListView {
            id: results

            objectName: "searchResults"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: search.text !== ""
            clip: true
            model: StudioSession.search
            activeFocusOnTab: true
            Accessible.name: qsTr("Search results")
            header: Label {
                width: ListView.view.width
                padding: StudioTheme.gap
                text: qsTr("%n texts hold “%1”", "", StudioSession.search.count).arg(StudioSession.search.query)
                color: StudioTheme.textMuted
                wrapMode: Text.Wrap
            }
            delegate: ItemDelegate {
                id: result

                required property string path
                required property string item
                required property string snippet

                width: ListView.view.width
                Accessible.name: snippet
                contentItem: ColumnLayout {
                    spacing: 2
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        text: result.snippet
                        wrapMode: Text.Wrap
                        maximumLineCount: 3
                        elide: Text.ElideRight
                        color: StudioTheme.text
                    }
                    Label {
                        textFormat: Text.PlainText
                        text: result.path
                        font.pixelSize: StudioTheme.smallFontSize
                        color: StudioTheme.textMuted
                    }
                }
                onClicked: StudioSession.showField(path)
            }
        }
    }
}
