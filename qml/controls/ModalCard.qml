import QtQuick
import Exhibit

// A card over the screen: the screen dims behind it, and a touch outside the
// card (or the keypad's Back) dismisses it. The card's size and place are
// set by whoever uses it (`card.width`, `card.anchors.centerIn: root`); its
// children are the card's. The keypad's focus ring stays inside while it shows.
Item {
    id: root

    default property alias cardContent: card.data
    property alias card: card
    property real dimming: 0.55

    signal dismissed()

    Keypad.modal: true
    Keypad.onBack: root.dismissed()

    Rectangle {
        anchors.fill: parent
        color: Theme.withAlpha(Theme.scrim, root.dimming)

        MouseArea {
            anchors.fill: parent
            onClicked: root.dismissed()
        }
    }

    Rectangle {
        id: card

        radius: Theme.px(12)
        color: Theme.paper
        border.color: Theme.paperEdge
        border.width: Math.max(1, Theme.px(2))

        // Keeps a touch on the card from dismissing it.
        MouseArea {
            anchors.fill: parent
        }
    }
}
