pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Shapes
import Exhibit

// The territory map: the states' areas in the chosen year over paper-coloured
// land, then the sea, rivers, the Great Wall, cities and passes. Geometry
// arrives in map units (x 0…aspectRatio, y 0…1) and is scaled here to fit;
// a change of year fades the new year's states in over the old ones.
Item {
    id: root

    property TerritoryMapModel years
    // The map's features and each year's regions are geometry records from
    // TerritoryMapModel (points, labels, colours), drawn as they come: the
    // vars below hold those records.
    property var features: []
    property real aspectRatio: 1
    property real kilometresPerUnit: 0
    property int currentIndex: 0
    property int currentYear: 0
    property bool reducedMotion: false
    // The year being faded out under the new one, until the fade ends.
    property int previousIndex: -1

    readonly property real unit: Math.min(width / aspectRatio, height)
    // Names grow and shrink with the map (its height on a landscape screen is
    // the reference), so the curator's label placement holds on every screen.
    readonly property real textScale: Math.max(0.8, Math.min(1.3, root.unit / Theme.px(840)))
    readonly property int fadeDuration: root.reducedMotion ? 0 : 700

    implicitWidth: 400 * aspectRatio
    implicitHeight: 400

    onCurrentIndexChanged: fadeEnd.restart()
    // The year shown when the map is made is the one the next change fades
    // over, also when it is made after a year was chosen.
    Component.onCompleted: root.previousIndex = root.currentIndex

    Timer {
        id: fadeEnd

        interval: root.fadeDuration + 50
        onTriggered: root.previousIndex = root.currentIndex
    }

    Item {
        id: canvas

        objectName: "mapCanvas"
        width: root.unit * root.aspectRatio
        height: root.unit
        anchors.centerIn: parent
        clip: true

        Rectangle {
            anchors.fill: parent
            color: Theme.mapLand
        }

        Repeater {
            objectName: "mapYearLayers"
            model: root.years

            delegate: MapYearLayer {
                id: layer

                required property int index
                required property var regions

                objectName: "mapYearLayer_" + index
                anchors.fill: parent
                current: index === root.currentIndex
                fadingOut: index === root.previousIndex
                fadeDuration: root.fadeDuration

                Repeater {
                    model: layer.regions

                    delegate: Shape {
                        id: regionShape

                        required property var modelData
                        readonly property color colour: modelData.colour

                        anchors.fill: parent
                        antialiasing: true

                        ShapePath {
                            scale: Qt.size(root.unit, root.unit)
                            // Never transparent: Qt Quick Shapes skips the fill (and so
                            // the gradient) of a path whose fill colour is transparent.
                            fillColor: regionShape.colour
                            fillGradient: regionShape.modelData.hatched ? hatch : null
                            strokeColor: regionShape.modelData.hatched ? regionShape.colour : Qt.darker(regionShape.colour, 1.45)
                            strokeWidth: Math.max(1, Theme.px(regionShape.modelData.hatched ? 3 : 2))
                            strokeStyle: regionShape.modelData.hatched ? ShapePath.DashLine : ShapePath.SolidLine
                            dashPattern: [3, 2]
                            joinStyle: ShapePath.RoundJoin

                            PathPolyline { path: regionShape.modelData.points }
                        }

                        // Diagonal stripes: land that was lost, not land that was ruled.
                        LinearGradient {
                            id: hatch

                            x1: 0
                            y1: 0
                            // In pixels: ShapePath.scale does not apply to gradients.
                            x2: Theme.px(14)
                            y2: Theme.px(14)
                            spread: ShapeGradient.RepeatSpread
                            GradientStop { position: 0; color: Theme.withAlpha(regionShape.colour, Theme.mapHatchOpacity) }
                            GradientStop { position: 0.32; color: Theme.withAlpha(regionShape.colour, Theme.mapHatchOpacity) }
                            GradientStop { position: 0.33; color: "transparent" }
                            GradientStop { position: 1; color: "transparent" }
                        }
                    }
                }
            }
        }

        // The states' names, above the sea and rivers, fading with their year.
        Repeater {
            model: root.years

            delegate: MapYearLayer {
                id: labelLayer

                required property int index
                required property var regions

                anchors.fill: parent
                z: 5
                current: index === root.currentIndex
                fadingOut: index === root.previousIndex
                fadeDuration: root.fadeDuration

                Repeater {
                    model: labelLayer.regions

                    delegate: MapStateLabel {
                        required property var modelData

                        objectName: "mapStateLabel_" + labelLayer.index + "_" + modelData.stateId
                        visible: modelData.hasLabel
                        x: modelData.label.x * root.unit - width / 2
                        y: modelData.label.y * root.unit - height / 2
                        text: modelData.name
                        lost: modelData.hatched
                        textScale: root.textScale
                    }
                }
            }
        }

        Repeater {
            model: root.features

            delegate: Shape {
                id: featureShape

                required property int index
                required property var modelData
                readonly property bool area: modelData.kind === "sea" || modelData.kind === "land"

                anchors.fill: parent
                z: area ? 3 : 4
                visible: (area || modelData.kind === "river" || modelData.kind === "wall") && opacity > 0
                opacity: root.years && root.years.featureShown(index, root.currentYear) ? 1 : 0
                antialiasing: true

                Behavior on opacity {
                    NumberAnimation { duration: root.fadeDuration }
                }

                ShapePath {
                    scale: Qt.size(root.unit, root.unit)
                    fillColor: featureShape.modelData.kind === "sea" ? Theme.mapSea
                                                                     : featureShape.area ? Theme.mapLand : "transparent"
                    strokeColor: featureShape.modelData.kind === "wall" ? Theme.mapWall
                                                                        : featureShape.area ? Theme.mapCoast : Theme.mapRiver
                    strokeWidth: Math.max(1, Theme.px(featureShape.modelData.kind === "river" ? 3 : featureShape.area ? 1.5 : 4))
                    strokeStyle: featureShape.modelData.kind === "wall" ? ShapePath.DashLine : ShapePath.SolidLine
                    dashPattern: [1.2, 1]
                    joinStyle: ShapePath.RoundJoin
                    capStyle: ShapePath.RoundCap

                    PathPolyline { path: featureShape.modelData.points }
                }
            }
        }

        Repeater {
            model: root.features

            delegate: MapPlaceLabel {
                required property int index
                required property var modelData

                objectName: "mapFeature_" + modelData.featureId
                z: 6
                pointX: modelData.labelAt.x * root.unit
                pointY: modelData.labelAt.y * root.unit
                marker: modelData.kind === "city" || modelData.kind === "pass" ? modelData.kind : ""
                anchorSide: modelData.anchor
                name: modelData.name
                note: modelData.note
                water: modelData.kind === "river" || modelData.kind === "sea"
                textScale: root.textScale
                visible: name !== "" && opacity > 0
                opacity: root.years && root.years.featureShown(index, root.currentYear) ? 1 : 0

                Behavior on opacity {
                    NumberAnimation { duration: root.fadeDuration }
                }
            }
        }

        MapScaleBar {
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: Theme.px(20)
            z: 7
            pixelsPerKilometre: root.kilometresPerUnit > 0 ? root.unit / root.kilometresPerUnit : 0
            textScale: root.textScale
        }
    }

    Rectangle {
        anchors.fill: canvas
        color: "transparent"
        border.color: Theme.inkLine
        border.width: Math.max(1, Theme.px(2))
    }
}
