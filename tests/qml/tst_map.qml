import QtQuick
import QtTest
import Exhibit

// The territory map by touch: from the menu, the years stepped through with
// the year buttons (the new year's states fade in over the old), the lost
// north marked from 1127, both languages, and a fresh map for the next visitor.
Item {
    width: 1920
    height: 1080

    KioskRoot {
        id: kiosk

        anchors.fill: parent
    }

    KioskTestCase {
        name: "Map"
        kioskRoot: kiosk

        function openMap() {
            begin()
            tap(child(screenItem("menu"), "mapButton"))
            tryCompare(NavigationController, "screen", NavigationController.MapScreen)
            tryCompare(screenItem("map"), "opacity", 1)
            return screenItem("map")
        }

        function yearLayer(map, index) {
            return child(map, "mapYearLayer_" + index)
        }

        function test_menuOpensTheMapAtItsFirstYear() {
            const map = openMap()
            compare(child(map, "mapTitle").text, "The map")
            compare(child(map, "mapYearTitle").text, "1111 · The Song at its height")
            compare(yearLayer(map, 0).opacity, 1)
            compare(yearLayer(map, 2).opacity, 0)
            verify(child(map, "bordersApproximate").text.indexOf("Borders approximate") === 0)
            // The map fills its space at the map's own proportions.
            const canvas = child(map, "mapCanvas")
            verify(canvas.width > 1000, "map width " + canvas.width)
            fuzzyCompare(canvas.width / canvas.height, ContentStore.territoryMap.aspectRatio, 0.01)
            tap(child(map, "homeButton"))
            compare(NavigationController.screen, NavigationController.MenuScreen)
        }

        function test_yearButtonsFadeTheNewYearIn() {
            const map = openMap()
            tap(child(map, "mapYear_1127"))
            compare(NavigationController.mapYearIndex, 2)
            compare(child(map, "mapYearTitle").text, "1127 · The north is lost")
            // The old year stays drawn beneath until the new one is in.
            compare(yearLayer(map, 0).opacity, 1)
            verify(yearLayer(map, 2).z > yearLayer(map, 0).z)
            tryCompare(yearLayer(map, 2), "opacity", 1)
            tryCompare(yearLayer(map, 0), "opacity", 0, 2000)
            // The lost north is named on the map and in the legend.
            verify(child(map, "mapStateLabel_2_lost-north").visible)
            compare(child(map, "mapLegend").regions.length, 6)

            // The Yellow River's course follows the year.
            const north = child(map, "mapFeature_yellow-river-north")
            const south = child(map, "mapFeature_yellow-river-south")
            compare(north.opacity, 1)
            tap(child(map, "mapYear_1142"))
            tryCompare(south, "opacity", 1)
            tryCompare(north, "opacity", 0)
            verify(child(map, "mapCaption").text.indexOf("Huai") > 0)
        }

        function test_chineseNamesEverything() {
            const map = openMap()
            tap(child(map, "mapYear_1142"))
            tap(child(child(map, "languageButton"), "language_zh"))
            compare(child(map, "mapTitle").text, "地图")
            compare(child(map, "mapYearTitle").text, "1142年 · 绍兴和议")
            compare(child(map, "mapFeature_kaifeng").name, "开封（汴京）")
            compare(child(map, "mapStateLabel_3_song").text, "宋")
        }

        function test_idleResetGivesTheNextVisitorAFreshMap() {
            const map = openMap()
            tap(child(map, "mapYear_1142"))
            compare(NavigationController.mapYearIndex, 3)
            NavigationController.reset() // what the idle reset calls
            compare(NavigationController.screen, NavigationController.AttractScreen)
            compare(NavigationController.mapYearIndex, 0)
            openMap()
            compare(child(map, "mapYearTitle").text, "1111 · The Song at its height")
        }
    }
}
