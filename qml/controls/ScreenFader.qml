import QtQuick
import Exhibit

// Holds one screen: fades it in when shown and takes it out of the scene
// (and of touch handling) once faded out.
Item {
    id: root

    property bool shown: false

    anchors.fill: parent
    opacity: root.shown ? 1 : 0
    // Visible (and touchable) from the moment it is shown, not only once its
    // fade has drawn a first frame; hidden again once faded out.
    visible: root.shown || opacity > 0
    enabled: root.shown
    scale: root.shown ? 1 : 0.985

    Behavior on opacity {
        NumberAnimation { duration: Theme.fadeDuration; easing.type: Easing.OutCubic }
    }
    Behavior on scale {
        NumberAnimation { duration: Theme.fadeDuration; easing.type: Easing.OutCubic }
    }
}
