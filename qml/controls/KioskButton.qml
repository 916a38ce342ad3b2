import QtQuick
import QtQuick.Templates as T
import Exhibit

// A large touch button: an optional vector icon and a label, never smaller
// than Theme.touchTarget. `darkBackground` picks colours for dark backgrounds.
T.AbstractButton {
    id: root

    property string iconName: ""
    property bool darkBackground: false
    property bool prominent: false
    // A long label wraps to stay within this (a chapter's timeline chips).
    property real maximumWidth: Infinity
    // The language the label is written in: the visitor's, unless another
    // (a language's own name in the language chooser). It picks the typeface.
    property string language: LanguageController.language
    readonly property real pillRadius: Math.min(height, Theme.touchTarget) / 2
    readonly property color foreground: root.prominent || root.checked ? Theme.paper
                                                       : (root.darkBackground ? Theme.textOnInk : Theme.text)

    implicitWidth: Math.min(root.maximumWidth, Math.max(Theme.touchTarget, contentRow.implicitWidth + Theme.px(44)))
    implicitHeight: Math.max(Theme.touchTarget, contentRow.implicitHeight + Theme.px(24))
    opacity: root.enabled ? 1 : 0.3
    focusPolicy: Qt.TabFocus
    Keypad.radius: root.pillRadius // the focus ring follows the pill

    Behavior on opacity {
        NumberAnimation { duration: Theme.fadeDuration }
    }

    background: Rectangle {
        radius: root.pillRadius
        color: root.checked ? Theme.celadonDeep
                            : root.prominent ? Theme.sealRed
                              : (root.darkBackground ? (root.down ? Theme.controlWashOnInkDown : Theme.controlWashOnInk)
                                            : (root.down ? Theme.controlWashDown : Theme.controlWash))
        border.width: root.prominent || root.checked ? 0 : Math.max(1, Theme.px(2))
        border.color: root.darkBackground ? Theme.controlEdgeOnInk : Theme.paperEdge
        scale: root.down ? 0.96 : 1

        Behavior on scale {
            NumberAnimation { duration: Theme.pressDuration }
        }
    }

    // A plain child rather than contentItem: contentItem is deferred and may not hold ids.
    Item {
        anchors.fill: parent

        Row {
            id: contentRow

            anchors.centerIn: parent
            spacing: Theme.px(14)

            IconShape {
                anchors.verticalCenter: parent.verticalCenter
                width: Theme.px(40)
                height: width
                name: root.iconName
                color: root.foreground
                visible: root.iconName !== ""
            }

            Text {
                id: label

                anchors.verticalCenter: parent.verticalCenter
                // Its one-line width (measured apart: a wrapping text's own
                // implicit width follows its width, a binding loop), or less.
                // The ink, not only the advance: a last letter that leans past
                // its advance (the f of "In brief") would wrap onto a line of its own.
                width: Math.min(Math.ceil(Math.max(oneLine.advanceWidth, oneLine.tightBoundingRect.right)) + 1,
                                root.maximumWidth - Theme.px(44)
                                - (root.iconName !== "" ? Theme.px(40) + contentRow.spacing : 0))
                wrapMode: Text.Wrap
                text: root.text
                textFormat: Text.PlainText
                visible: root.text !== ""
                color: root.foreground
                font.family: Theme.serifFor(root.language)
                font.pixelSize: Theme.labelSize
                font.letterSpacing: Theme.isCjk(root.language) ? Theme.px(2) : 0
            }
        }
    }

    TextMetrics {
        id: oneLine

        font: label.font
        text: root.text
    }
}
