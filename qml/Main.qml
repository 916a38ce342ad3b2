import QtQuick
import Exhibit

// The kiosk's one window. C++ decides fullscreen or windowed and shows it.
Window {
    id: root

    width: 1280
    height: 720
    visible: false
    color: Theme.ink
    title: qsTr("Exhibit Kiosk")

    KioskRoot {
        objectName: "kioskRoot"
        anchors.fill: parent
    }
}
