pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import ExhibitStudio

// The translator's round trip: for one language, what is still to translate
// and what to review (its source changed since), each leading to its field;
// the texts out to an XLIFF file for a translator's tool, and the
// translator's file back in (all or nothing, one step to undo).
BottomPane {
    id: pane

    readonly property var translation: StudioSession.translation

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: StudioTheme.gap
            spacing: StudioTheme.gap

            Label {
                textFormat: Text.PlainText
                text: qsTr("Translation from %1 into").arg(pane.translation.sourceLanguage)
                font.bold: true
            }
            ComboBox {
                objectName: "translationLanguage"
                model: pane.translation.languages
                currentIndex: pane.translation.languages.indexOf(pane.translation.language)
                Accessible.name: qsTr("The language translated into")
                onActivated: index => pane.translation.language = pane.translation.languages[index]
            }
            Label {
                objectName: "translationCounts"
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: qsTr("%1 to translate, %2 to review, %3 translated")
                          .arg(pane.translation.toTranslate).arg(pane.translation.toReview)
                          .arg(pane.translation.translated)
                elide: Text.ElideRight
                color: pane.translation.toTranslate + pane.translation.toReview > 0
                       ? StudioTheme.warning : StudioTheme.accent
            }
        }
        // The round trip, on a row of its own: the editor's column is narrow.
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: StudioTheme.gap
            Layout.rightMargin: StudioTheme.gap
            Layout.bottomMargin: StudioTheme.gap
            spacing: StudioTheme.gap

            CheckBox {
                id: needsWorkOnly

                objectName: "exportNeedsWorkOnly"
                text: qsTr("Only what needs work")
                checked: true
            }
            Button {
                objectName: "exportTranslation"
                text: qsTr("Export for translation…")
                enabled: pane.translation.languages.length > 0
                Accessible.name: qsTr("Export the texts as an XLIFF file for a translator")
                onClicked: exportDialog.open()
            }
            Button {
                objectName: "importTranslation"
                text: qsTr("Import translation…")
                enabled: pane.translation.languages.length > 0
                Accessible.name: qsTr("Import a translator's XLIFF file")
                onClicked: importDialog.open()
            }
            Item {
                Layout.fillWidth: true
            }
        }
        Label {
            objectName: "translationReport"
            textFormat: Text.PlainText
            Layout.fillWidth: true
            Layout.leftMargin: StudioTheme.gap
            Layout.rightMargin: StudioTheme.gap
            visible: pane.translation.report !== ""
            text: pane.translation.report
            wrapMode: Text.Wrap
            maximumLineCount: 6
            elide: Text.ElideRight
            color: pane.translation.reportIsProblem ? StudioTheme.problem : StudioTheme.textMuted
        }

        ListView {
            objectName: "translationList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: pane.translation
            activeFocusOnTab: true
            keyNavigationEnabled: true
            Accessible.name: qsTr("Texts to translate or review")
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: unit

                required property string unit
                required property string path
                required property string state
                required property string source
                required property string target

                readonly property string stateText: state === "needs-translation"
                                                    ? qsTr("to translate") : qsTr("to review")

                width: ListView.view.width
                Accessible.name: qsTr("%1, %2: “%3”").arg(unit.unit).arg(unit.stateText).arg(unit.source)
                contentItem: ColumnLayout {
                    spacing: 2
                    Label {
                        textFormat: Text.PlainText
                        text: unit.unit + " · " + unit.stateText
                        font.pixelSize: StudioTheme.smallFontSize
                        color: unit.state === "needs-translation" ? StudioTheme.warning : StudioTheme.textMuted
                    }
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        text: unit.source
                        wrapMode: Text.Wrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                    }
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        visible: unit.target !== ""
                        text: unit.target
                        wrapMode: Text.Wrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                        color: StudioTheme.textMuted
                    }
                }
                onClicked: StudioSession.showField(unit.path)
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
            }
        }
    }

    FileDialog {
        id: exportDialog

        title: qsTr("Export for translation as")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "xlf"
        nameFilters: [qsTr("XLIFF 1.2 files (*.xlf *.xliff)")]
        onAccepted: StudioSession.exportTranslation(selectedFile, needsWorkOnly.checked)
    }
    FileDialog {
        id: importDialog

        title: qsTr("Import a translator's file")
        nameFilters: [qsTr("XLIFF 1.2 files (*.xlf *.xliff)"), qsTr("All files (*)")]
        onAccepted: StudioSession.importTranslation(selectedFile)
    }
}
