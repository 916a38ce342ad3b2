import QtQuick
import QtQuick.Controls
import ExhibitStudio

// One of the previews' findings on the preview: a red box around it, in the
// kiosk screen's coordinates (its parent is scaled with the screen), the
// same width on screen whatever the scale, and its words on hover.
Rectangle {
    id: outline

    required property rect area
    required property string message

    readonly property real onScreen: 1 / Math.max(parent ? parent.scale : 1, 0.01)

    objectName: "findingOutline"
    x: area.x - 2 * onScreen
    y: area.y - 2 * onScreen
    width: area.width + 4 * onScreen
    height: area.height + 4 * onScreen
    color: "transparent"
    border.color: StudioTheme.finding
    border.width: 3 * onScreen
    ToolTip.text: message
    ToolTip.visible: hover.hovered

    HoverHandler {
        id: hover
    }
}
