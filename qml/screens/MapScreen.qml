pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic as Controls
import Exhibit

// The territory map: North China from beyond the Great Wall to the Yangtze
// in the years the content gives (1111, 1125, 1127, 1142), with what each
// year means, a legend, and the year buttons in reach at the bottom.
Item {
    id: root

    property bool portrait: height > width
    readonly property TerritoryMapModel mapModel: ContentStore.territoryMap
    readonly property int yearIndex: NavigationController.mapYearIndex

    Rectangle {
        anchors.fill: parent
        color: Theme.paper
    }

    Text {
        id: title

        objectName: "mapTitle"
        x: root.portrait ? Theme.margin : story.x
        y: Theme.margin - Theme.px(16)
        text: qsTr("The map")
        textFormat: Text.PlainText
        color: Theme.sealRed
        font.family: Theme.displayFamily
        font.pixelSize: Theme.titleSize
    }

    TerritoryMapView {
        id: map

        objectName: "territoryMap"
        anchors.left: parent.left
        anchors.top: root.portrait ? title.bottom : parent.top
        anchors.right: root.portrait ? parent.right : story.left
        anchors.margins: Theme.margin
        anchors.topMargin: root.portrait ? Theme.px(24) : Theme.margin
        anchors.rightMargin: root.portrait ? Theme.margin : Theme.gutter
        // Landscape: beside the story, down to the footer. Portrait: the
        // full width, as tall as the map is for that width.
        height: root.portrait ? width / root.mapModel.aspectRatio
                              : parent.height - Theme.margin - footer.height - Theme.px(8)
        years: root.mapModel
        features: root.mapModel.features
        aspectRatio: root.mapModel.aspectRatio
        kilometresPerUnit: root.mapModel.kilometresPerUnit
        currentIndex: root.yearIndex
        currentYear: root.mapModel.shownYear
        reducedMotion: Theme.reducedMotion
    }

    // The year's story: it scrolls when it is longer than the room above the
    // year buttons (large text), and takes the keypad's ring for Up and Down.
    Flickable {
        id: story

        Keypad.isDefault: true

        objectName: "mapStory"
        anchors.right: parent.right
        anchors.left: root.portrait ? parent.left : undefined
        anchors.top: root.portrait ? map.bottom : title.bottom
        anchors.bottom: yearSelector.top
        anchors.margins: Theme.margin
        anchors.topMargin: Theme.gutter
        anchors.bottomMargin: Theme.gutter
        width: root.portrait ? undefined : Theme.px(560)
        contentHeight: storyColumn.implicitHeight
        clip: true
        activeFocusOnTab: true
        Accessible.role: Accessible.StaticText
        // The keypad says the year, its caption and the map in words.
        Accessible.name: root.mapModel.shownTitle + ". " + root.mapModel.shownCaption + " "
                         + root.mapModel.shownDescription
        flickableDirection: Flickable.VerticalFlick
        boundsBehavior: Flickable.StopAtBounds

        Controls.ScrollIndicator.vertical: ScrollHint {}

        Column {
            id: storyColumn

            width: story.width - Theme.px(20)
            spacing: Theme.px(18)

            Text {
                objectName: "mapYearTitle"
                width: parent.width
                text: root.mapModel.shownTitle
                textFormat: Text.PlainText
                color: Theme.text
                font.family: Theme.displayFamily
                font.pixelSize: Theme.headingSize
                wrapMode: Text.WordWrap
            }

            Text {
                objectName: "mapCaption"
                width: parent.width
                text: root.mapModel.shownCaption
                textFormat: Text.PlainText
                color: Theme.text
                font.family: Theme.bodyFamily
                font.pixelSize: Theme.bodySize
                lineHeight: Theme.bodyLineHeight
                wrapMode: Text.WordWrap
            }

            MapLegend {
                objectName: "mapLegend"
                width: parent.width
                regions: root.mapModel.shownRegions
            }

            Text {
                objectName: "bordersApproximate"
                width: parent.width
                text: qsTr("Borders approximate. Coasts and rivers as today, except the Yellow River's course.")
                textFormat: Text.PlainText
                color: Theme.textMuted
                font.family: Theme.bodyFamily
                font.pixelSize: Theme.captionSize
                font.italic: true
                wrapMode: Text.WordWrap
            }
        }
    }

    MapYearSelector {
        id: yearSelector

        objectName: "mapYearSelector"
        anchors.right: parent.right
        anchors.bottom: footer.top
        anchors.rightMargin: Theme.margin
        width: root.portrait ? parent.width - 2 * Theme.margin : story.width
        years: root.mapModel
        currentIndex: root.yearIndex
        onChosen: index => NavigationController.selectMapYear(index)
    }

    ExploreFooter {
        id: footer

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        portrait: root.portrait
        showBack: NavigationController.openedFromChapter
        onHomeClicked: NavigationController.home()
        onBackClicked: NavigationController.back()
        onLanguageChosen: code => LanguageController.setLanguage(code)
        accessibilityActive: AccessibilityController.anyActive
        onAccessibilityClicked: AccessibilityController.panelOpen = true
    }
}
