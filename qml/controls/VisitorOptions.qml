import QtQuick
import Exhibit

// The visitor's own settings, side by side at the foot of every screen of a
// visit: the accessibility choices ("Aa": text size, contrast, motion) and
// the language switch.
Row {
    id: root

    property bool accessibilityActive: false

    signal languageChosen(string code)
    signal accessibilityClicked()

    spacing: Theme.px(20)

    KioskButton {
        objectName: "accessibilityButton"
        anchors.verticalCenter: parent.verticalCenter
        text: "Aa"
        checked: root.accessibilityActive
        Accessible.name: qsTr("Text size, contrast and motion")
        onClicked: root.accessibilityClicked()
    }

    LanguageButton {
        objectName: "languageButton"
        anchors.verticalCenter: parent.verticalCenter
        onChosen: code => root.languageChosen(code)
    }
}
