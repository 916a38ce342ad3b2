import QtQuick
import QtQuick.Controls.Basic as Controls
import Exhibit

// The thin celadon bar beside a text or list that scrolls: it says there is
// more, and where the visitor is in it. Nothing shows when all of it fits.
Controls.ScrollIndicator {
    id: root

    active: true
    contentItem: Rectangle {
        implicitWidth: Theme.px(6)
        radius: width / 2
        color: Theme.celadonDeep
        opacity: root.size < 0.999 ? 0.7 : 0
    }
}
