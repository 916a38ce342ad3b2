import QtQuick
import QtQuick.Controls
import ExhibitStudio

// Which screen the preview shows, and as which visitor: language,
// orientation, text size, contrast. Two rows when the pane is narrow.
Flow {
    id: bar

    spacing: StudioTheme.gap

    component Choice: Button {
        checkable: true
        flat: !checked
        palette.buttonText: checked ? StudioTheme.ink : StudioTheme.textOnInk
        palette.button: StudioTheme.textOnInk
        font.pixelSize: StudioTheme.smallFontSize
        topPadding: 4
        bottomPadding: 4
    }
    component Group: Row {
        spacing: 2
    }
    component Heading: Label {
        anchors.verticalCenter: parent.verticalCenter
        rightPadding: StudioTheme.smallGap
        textFormat: Text.PlainText
        color: StudioTheme.textOnInkMuted
        font.pixelSize: StudioTheme.smallFontSize
    }

    Group {
        Heading {
            text: qsTr("Screen")
        }
        ButtonGroup { id: views }
        Choice {
            objectName: "viewPage"
            text: qsTr("Its page")
            ButtonGroup.group: views
            checked: StudioPreview.view === StudioPreview.ItemView
            onClicked: StudioPreview.view = StudioPreview.ItemView
        }
        Choice {
            objectName: "viewMenu"
            text: qsTr("Menu")
            ButtonGroup.group: views
            checked: StudioPreview.view === StudioPreview.MenuView
            onClicked: StudioPreview.view = StudioPreview.MenuView
        }
        Choice {
            objectName: "viewAttract"
            text: qsTr("Attract")
            Accessible.name: qsTr("Attract screen")
            ButtonGroup.group: views
            checked: StudioPreview.view === StudioPreview.AttractView
            onClicked: StudioPreview.view = StudioPreview.AttractView
        }
    }

    Group {
        Heading {
            text: qsTr("Visitor")
        }
        Repeater {
            model: StudioPreview.languages
            Choice {
                required property string modelData

                objectName: "language:" + modelData
                text: modelData === "zh" ? "中文" : modelData === "en" ? "English" : modelData
                Accessible.name: qsTr("Preview in %1").arg(text)
                checked: StudioPreview.language === modelData
                onClicked: StudioPreview.language = modelData
            }
        }
        Choice {
            objectName: "portrait"
            text: qsTr("Portrait")
            checked: StudioPreview.portrait
            onClicked: StudioPreview.portrait = checked
        }
        Choice {
            objectName: "largeText"
            text: qsTr("Larger text")
            checked: StudioPreview.largeText
            onClicked: StudioPreview.largeText = checked
        }
        Choice {
            objectName: "highContrast"
            text: qsTr("High contrast")
            checked: StudioPreview.highContrast
            onClicked: StudioPreview.highContrast = checked
        }
    }
}
