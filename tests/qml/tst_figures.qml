import QtQuick
import QtTest
import Exhibit

// The key figures by touch: the gallery from the menu, a figure's page with
// the name in both scripts, on to a chapter; a chapter's people opening
// their pages; and the gallery again for the next visitor.
Item {
    width: 1920
    height: 1080

    KioskRoot {
        id: kiosk

        anchors.fill: parent
    }

    KioskTestCase {
        name: "Figures"
        kioskRoot: kiosk

        function openFigures() {
            begin()
            tap(child(screenItem("menu"), "figuresButton"))
            tryCompare(NavigationController, "screen", NavigationController.FiguresScreen)
            tryCompare(screenItem("figures"), "opacity", 1)
            return screenItem("figures")
        }

        function test_galleryShowsEveryone() {
            const figures = openFigures()
            compare(child(figures, "figuresTitle").text, "People")
            const grid = child(figures, "figuresGrid")
            compare(grid.count, 12)
            // All twelve fit on the screen: nothing to scroll past.
            verify(!grid.interactive, "the gallery scrolls")
            verify(!child(figures, "backButton").visible)
            tap(child(figures, "homeButton"))
            compare(NavigationController.screen, NavigationController.MenuScreen)
        }

        function test_figurePageInBothScripts() {
            const figures = openFigures()
            tap(child(figures, "figure_yue-fei"))
            compare(NavigationController.figureIndex, ContentStore.figures.indexOf("yue-fei"))
            tryCompare(child(figures, "figureDetailFader"), "opacity", 1)
            const detail = child(figures, "figureDetail")
            compare(child(detail, "figureName").text, "Yue Fei")
            compare(child(detail, "figureOtherNames").text, "岳飞  ·  Yuè Fēi")
            verify(child(detail, "figureRole").text.indexOf("1103–1142") === 0)
            verify(child(detail, "figureBiography").text.indexOf("Yancheng") > 0)
            tryCompare(child(detail, "figurePortrait"), "status", Image.Ready)

            tap(child(child(figures, "languageButton"), "language_zh"))
            compare(LanguageController.language, "zh")
            compare(child(detail, "figureName").text, "岳飞")
            compare(child(detail, "figureOtherNames").text, "Yue Fei  ·  Yuè Fēi")

            tap(child(detail, "figureCloseButton"))
            compare(NavigationController.figureIndex, -1)
        }

        function test_figureLeadsToItsChapter() {
            const figures = openFigures()
            tap(child(figures, "figure_li-gang"))
            const detail = child(figures, "figureDetail")
            tryCompare(child(figures, "figureDetailFader"), "opacity", 1)
            tap(child(detail, "figureChapter_0"))
            compare(NavigationController.screen, NavigationController.ChapterScreen)
            compare(NavigationController.chapterIndex, 2) // Battles
        }

        function test_chapterOpensItsPeople() {
            begin()
            NavigationController.openChapter(2)
            tryCompare(screenItem("chapter"), "opacity", 1)
            const page = child(screenItem("chapter"), "chapterPage_battles")
            const chip = child(page, "chapterFigure_2") // Li Gang
            compare(chip.text, "Li Gang")
            // The chips follow a language switch made on the chapter.
            LanguageController.setLanguage("zh")
            tryCompare(child(page, "chapterFigure_2"), "text", "李纲") // the chips are made anew
            LanguageController.setLanguage("en")
            NavigationController.openFigures(ContentStore.figures.indexOf("li-gang")) // what the chip does
            tryCompare(screenItem("figures"), "opacity", 1)
            compare(child(child(screenItem("figures"), "figureDetail"), "figureName").text, "Li Gang")
            tap(child(screenItem("figures"), "backButton"))
            compare(NavigationController.screen, NavigationController.ChapterScreen)
        }

        function test_resetClosesTheFigure() {
            const figures = openFigures()
            tap(child(figures, "figure_wuzhu"))
            NavigationController.reset()
            compare(NavigationController.figureIndex, -1)
            compare(NavigationController.screen, NavigationController.AttractScreen)
        }
    }
}
