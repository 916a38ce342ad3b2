pragma ComponentBehavior: Bound
import QtQuick
import Exhibit

// Every exhibit language in its own name, each set in its own script's
// typeface, as large buttons in a card near the foot of the screen, beside
// the button that opened it (in reach from a wheelchair). The current one is
// marked. Choosing one, Close or a touch outside the card closes it.
ModalCard {
    id: root

    property real footerHeight: 0

    signal chosen(string code)
    signal closeClicked()

    card.anchors.right: root.right
    card.anchors.bottom: root.bottom
    card.anchors.rightMargin: Theme.margin
    card.anchors.bottomMargin: root.footerHeight
    card.width: Math.min(root.width - 2 * Theme.margin, column.implicitWidth + Theme.px(96))
    card.height: column.implicitHeight + Theme.px(80)
    onDismissed: root.closeClicked()

    Column {
        id: column

        anchors.centerIn: parent
        spacing: Theme.px(20)

        Row {
            id: titleRow

            spacing: Theme.px(16)

            IconShape {
                anchors.verticalCenter: parent.verticalCenter
                width: Theme.px(48)
                height: width
                name: "language"
                color: Theme.text
            }

            Text {
                objectName: "languageChooserTitle"
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("Choose your language")
                textFormat: Text.PlainText
                color: Theme.text
                font.family: Theme.displayFamily
                font.pixelSize: Theme.headingSize
            }
        }

        // More than four languages go in two columns, so the card stays in reach.
        Grid {
            id: options

            columns: LanguageController.languages.length > 4 ? 2 : 1
            spacing: Theme.px(20)

            Repeater {
                model: LanguageController.languages

                delegate: KioskButton {
                    id: option

                    required property string modelData
                    required property int index
                    readonly property bool current: option.modelData === LanguageController.language
                    readonly property string ownName: LanguageController.ownNames[option.index] ?? option.modelData

                    objectName: "chooseLanguage_" + option.modelData
                    // One column as wide as the title; two, side by side beneath it.
                    width: Math.max(implicitWidth, options.columns === 1
                                    ? titleRow.width : (titleRow.width - options.spacing) / 2)
                    language: option.modelData
                    text: (option.current ? "✓  " : "") + option.ownName
                    checked: option.current
                    Accessible.name: option.ownName
                    onClicked: root.chosen(option.modelData)
                }
            }
        }

        KioskButton {
            objectName: "languageChooserCloseButton"
            text: qsTr("Close")
            onClicked: root.closeClicked()
        }
    }
}
