import QtQuick

// What the map draws for one year. The current year fades in on top; the
// year it replaces stays fully drawn beneath until the fade has ended, so
// the map never shows a half-transparent mix of the two.
Item {
    id: root

    property bool current: false
    property bool fadingOut: false // the year being replaced
    property int fadeDuration: 700

    z: root.current ? 2 : 1
    opacity: root.current || root.fadingOut ? 1 : 0
    visible: opacity > 0

    Behavior on opacity {
        enabled: root.current
        NumberAnimation { duration: root.fadeDuration; easing.type: Easing.InOutQuad }
    }
}
