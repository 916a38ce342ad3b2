pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Shapes

// Line icons drawn as vectors, so they stay crisp at any screen size.
// name: "previous", "next", "home", "play", "pause", "replay", "volume" or "language".
Item {
    id: root

    property string name: "next"
    property color color: "black"
    property real lineWidth: Math.max(2, width / 12)

    implicitWidth: 40
    implicitHeight: 40

    Shape {
        anchors.fill: parent
        visible: root.name === "previous" || root.name === "next"
        layer.enabled: true
        layer.samples: 4
        transform: Scale {
            origin.x: root.width / 2
            xScale: root.name === "previous" ? -1 : 1
        }
        ShapePath {
            strokeColor: root.color
            strokeWidth: root.lineWidth
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap
            joinStyle: ShapePath.RoundJoin
            startX: root.width * 0.36; startY: root.height * 0.16
            PathLine { x: root.width * 0.70; y: root.height * 0.5 }
            PathLine { x: root.width * 0.36; y: root.height * 0.84 }
        }
    }

    // "home": the chapter menu, drawn as a roof over a doorway.
    Shape {
        anchors.fill: parent
        visible: root.name === "home"
        layer.enabled: true
        layer.samples: 4
        ShapePath {
            strokeColor: root.color
            strokeWidth: root.lineWidth
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap
            joinStyle: ShapePath.RoundJoin
            startX: root.width * 0.08; startY: root.height * 0.46
            PathQuad { x: root.width * 0.5; y: root.height * 0.12; controlX: root.width * 0.3; controlY: root.height * 0.34 }
            PathQuad { x: root.width * 0.92; y: root.height * 0.46; controlX: root.width * 0.7; controlY: root.height * 0.34 }
        }
        ShapePath {
            strokeColor: root.color
            strokeWidth: root.lineWidth
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap
            joinStyle: ShapePath.RoundJoin
            startX: root.width * 0.22; startY: root.height * 0.44
            PathLine { x: root.width * 0.22; y: root.height * 0.88 }
            PathLine { x: root.width * 0.78; y: root.height * 0.88 }
            PathLine { x: root.width * 0.78; y: root.height * 0.44 }
            PathMove { x: root.width * 0.42; y: root.height * 0.88 }
            PathLine { x: root.width * 0.42; y: root.height * 0.62 }
            PathLine { x: root.width * 0.58; y: root.height * 0.62 }
            PathLine { x: root.width * 0.58; y: root.height * 0.88 }
        }
    }

    Shape {
        anchors.fill: parent
        visible: root.name === "play"
        layer.enabled: true
        layer.samples: 4
        ShapePath {
            strokeColor: root.color
            strokeWidth: root.lineWidth / 2
            fillColor: root.color
            joinStyle: ShapePath.RoundJoin
            startX: root.width * 0.3; startY: root.height * 0.18
            PathLine { x: root.width * 0.84; y: root.height * 0.5 }
            PathLine { x: root.width * 0.3; y: root.height * 0.82 }
            PathLine { x: root.width * 0.3; y: root.height * 0.18 }
        }
    }

    Row {
        anchors.centerIn: parent
        visible: root.name === "pause"
        spacing: root.width * 0.16

        Repeater {
            model: 2
            Rectangle {
                width: root.width * 0.2
                height: root.height * 0.64
                radius: width / 4
                color: root.color
            }
        }
    }

    // "replay": an open circle with an arrowhead, going back to the start.
    Shape {
        anchors.fill: parent
        visible: root.name === "replay"
        layer.enabled: true
        layer.samples: 4
        ShapePath {
            strokeColor: root.color
            strokeWidth: root.lineWidth
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap
            startX: root.width * 0.22; startY: root.height * 0.36
            PathArc {
                x: root.width * 0.28; y: root.height * 0.72
                radiusX: root.width * 0.34; radiusY: root.height * 0.34
                useLargeArc: true
            }
        }
        ShapePath {
            strokeColor: root.color
            strokeWidth: root.lineWidth
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap
            joinStyle: ShapePath.RoundJoin
            startX: root.width * 0.1; startY: root.height * 0.16
            PathLine { x: root.width * 0.22; y: root.height * 0.36 }
            PathLine { x: root.width * 0.44; y: root.height * 0.3 }
        }
    }

    // "volume": a loudspeaker with two waves.
    Shape {
        anchors.fill: parent
        visible: root.name === "volume"
        layer.enabled: true
        layer.samples: 4
        ShapePath {
            strokeColor: root.color
            strokeWidth: root.lineWidth
            fillColor: root.color
            joinStyle: ShapePath.RoundJoin
            startX: root.width * 0.08; startY: root.height * 0.38
            PathLine { x: root.width * 0.26; y: root.height * 0.38 }
            PathLine { x: root.width * 0.48; y: root.height * 0.16 }
            PathLine { x: root.width * 0.48; y: root.height * 0.84 }
            PathLine { x: root.width * 0.26; y: root.height * 0.62 }
            PathLine { x: root.width * 0.08; y: root.height * 0.62 }
            PathLine { x: root.width * 0.08; y: root.height * 0.38 }
        }
        ShapePath {
            strokeColor: root.color
            strokeWidth: root.lineWidth
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap
            startX: root.width * 0.64; startY: root.height * 0.34
            PathQuad { x: root.width * 0.64; y: root.height * 0.66; controlX: root.width * 0.76; controlY: root.height * 0.5 }
            PathMove { x: root.width * 0.78; y: root.height * 0.2 }
            PathQuad { x: root.width * 0.78; y: root.height * 0.8; controlX: root.width * 1.0; controlY: root.height * 0.5 }
        }
    }

    // "language": a globe, its meridians and parallels, as language choices
    // are marked around the world.
    Shape {
        anchors.fill: parent
        visible: root.name === "language"
        layer.enabled: true
        layer.samples: 4
        ShapePath {
            strokeColor: root.color
            strokeWidth: root.lineWidth
            fillColor: "transparent"
            PathAngleArc {
                centerX: root.width * 0.5; centerY: root.height * 0.5
                radiusX: root.width * 0.4; radiusY: root.height * 0.4
                startAngle: 0; sweepAngle: 360
            }
        }
        ShapePath {
            strokeColor: root.color
            strokeWidth: root.lineWidth
            fillColor: "transparent"
            PathAngleArc {
                centerX: root.width * 0.5; centerY: root.height * 0.5
                radiusX: root.width * 0.17; radiusY: root.height * 0.4
                startAngle: 0; sweepAngle: 360
            }
        }
        ShapePath {
            strokeColor: root.color
            strokeWidth: root.lineWidth
            fillColor: "transparent"
            capStyle: ShapePath.FlatCap
            startX: root.width * 0.1; startY: root.height * 0.5
            PathLine { x: root.width * 0.9; y: root.height * 0.5 }
            PathMove { x: root.width * 0.5; y: root.height * 0.1 }
            PathLine { x: root.width * 0.5; y: root.height * 0.9 }
            PathMove { x: root.width * 0.18; y: root.height * 0.3 }
            PathLine { x: root.width * 0.82; y: root.height * 0.3 }
            PathMove { x: root.width * 0.18; y: root.height * 0.7 }
            PathLine { x: root.width * 0.82; y: root.height * 0.7 }
        }
    }
}
