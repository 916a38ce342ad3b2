import QtQuick
import Exhibit

// The kiosk's one window. C++ decides fullscreen or windowed, makes it at the
// size it shows at, and shows it.
Window {
    id: root

    width: 1280
    height: 720
    visible: false
    color: Theme.ink
    title: qsTr("Exhibit Kiosk")

    // Sized from the window, not anchored to its content item: that takes the
    // window's size only once it shows, after every text has been laid out.
    KioskRoot {
        objectName: "kioskRoot"
        width: root.width
        height: root.height
    }
}
