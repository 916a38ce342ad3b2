import QtQuick
import QtTest
import Exhibit

// A visitor's walk in a third exhibit language, on a portrait screen: the
// exhibit with en-XA and zh-XA added and filled through XLIFF imports
// (tests/e2e/add-languages.sh; pseudo-locales that are never shipped). With
// more than two languages the switch is one button, a globe and the current
// language's short label; it opens a chooser listing them all, each in its
// own name and typeface.
Item {
    width: 1080
    height: 1920

    KioskRoot {
        id: kiosk

        width: 1080
        height: 1920
    }

    KioskTestCase {
        id: testCase

        name: "MoreLanguages"
        kioskRoot: kiosk

        function chooser() {
            const fader = child(kiosk, "languageChooserFader")
            tryCompare(fader, "opacity", 1)
            return child(fader, "languageChooser")
        }

        function chooseOnMenu(code) {
            tap(child(child(screenItem("menu"), "languageButton"), "languageChooserButton"))
            tap(child(chooser(), "chooseLanguage_" + code))
            tryCompare(child(kiosk, "languageChooserFader"), "opacity", 0)
            compare(LanguageController.language, code)
        }

        function test_theSwitchNamesTheLanguageAndOpensTheChooser() {
            compare(LanguageController.languages, ["en", "zh", "en-XA", "zh-XA"])
            verify(LanguageController.choosesFromList)
            const attractSwitch = child(screenItem("attract"), "languageButton")
            // No chips to squeeze beside the other controls: one button.
            compare(findChild(attractSwitch, "language_en"), null)
            const button = child(attractSwitch, "languageChooserButton")
            compare(button.text, "EN")
            compare(button.Accessible.name, "Change language (now English)")

            // Opening it is a visitor's first touch: the visit begins under it.
            tap(button)
            tryCompare(NavigationController, "screen", NavigationController.MenuScreen)
            verify(LanguageController.chooserOpen)
            const card = chooser()
            const expected = [
                { code: "en", name: "English", family: "Noto Serif" },
                { code: "zh", name: "中文", family: "Noto Serif CJK SC" },
                { code: "en-XA", name: "Ëñĝļîšĥ (pseudo)", family: "Noto Serif" },
                { code: "zh-XA", name: "中文（测试）", family: "Noto Serif CJK SC" },
            ]
            for (const language of expected) {
                const option = child(card, "chooseLanguage_" + language.code)
                compare(option.Accessible.name, language.name)
                compare(option.language, language.code)
                compare(Theme.serifFor(language.code), language.family)
                verify(option.height >= Theme.touchTarget)
                // In reach: the card sits in the lower part of a portrait screen.
                verify(option.mapToItem(kiosk, 0, 0).y >= kiosk.height / 2,
                       language.code + " is out of reach at " + option.mapToItem(kiosk, 0, 0).y)
            }
            compare(child(card, "chooseLanguage_en").checked, true)

            tap(child(card, "chooseLanguage_en-XA"))
            compare(LanguageController.language, "en-XA")
            verify(!LanguageController.chooserOpen)
            compare(child(screenItem("menu"), "chapterTile_battles").title, "[Ɓåţţļéš ···]")
            compare(child(child(screenItem("menu"), "languageButton"), "languageChooserButton").Accessible.name,
                    "Change language (now Ëñĝļîšĥ (pseudo))")
        }

        function test_closeOrATouchOutsideKeepsTheLanguage() {
            begin()
            chooseOnMenu("zh")
            tap(child(child(screenItem("menu"), "languageButton"), "languageChooserButton"))
            tap(child(chooser(), "languageChooserCloseButton"))
            tryVerify(() => !LanguageController.chooserOpen)
            tap(child(child(screenItem("menu"), "languageButton"), "languageChooserButton"))
            tap(chooser(), 40, 40) // on the dimmed screen above the card
            tryVerify(() => !LanguageController.chooserOpen)
            compare(LanguageController.language, "zh")
        }

        // Every language's call to action has its say on the attract screen,
        // within the screen's margins (wrapping when need be).
        function test_theCallToActionFitsEveryLanguage() {
            const cta = child(screenItem("attract"), "callToAction")
            waitForItemPolished(cta)
            verify(cta.width <= kiosk.width - 2 * Theme.margin,
                   cta.width + " is wider than the screen's margins, " + (kiosk.width - 2 * Theme.margin))
            // (The attract screen drifts a few pixels against burn-in.)
            const left = cta.mapToItem(kiosk, 0, 0).x
            verify(left >= 0 && left + cta.width <= kiosk.width, "from " + left + " to " + (left + cta.width))
            compare(cta.Accessible.name.indexOf("【触摸开始】") >= 0, true, cta.Accessible.name)
        }

        // Every screen of a visit shows the new language's texts; the
        // interface's own words, untranslated into en-XA, stay English.
        function test_aVisitInTheThirdLanguage() {
            begin()
            chooseOnMenu("en-XA")
            const menu = screenItem("menu")
            tap(child(menu, "chapterTile_causes"))
            tryCompare(NavigationController, "screen", NavigationController.ChapterScreen)
            const page = child(screenItem("chapter"), "chapterPage_causes")
            compare(child(page, "chapterTitle").text, "[Çåûšéš ··]")
            compare(child(screenItem("chapter"), "homeButton").Accessible.name, "Back to the chapter menu")
            tap(child(screenItem("chapter"), "homeButton"))

            tap(child(menu, "timelineButton"))
            tryCompare(NavigationController, "screen", NavigationController.TimelineScreen)
            verify(child(screenItem("timeline"), "timelineEvent_jin-founded").title.startsWith("["))
            tap(child(screenItem("timeline"), "homeButton"))

            tap(child(menu, "mapButton"))
            tryCompare(NavigationController, "screen", NavigationController.MapScreen)
            verify(child(screenItem("map"), "mapYearTitle").text.startsWith("["))
            tap(child(screenItem("map"), "homeButton"))

            tap(child(menu, "figuresButton"))
            tryCompare(NavigationController, "screen", NavigationController.FiguresScreen)
            verify(child(screenItem("figures"), "figureCardName").text.startsWith("["))
        }

        // A visitor who walks away with the chooser open: the next finds the
        // kiosk's default language and no chooser.
        function test_theEndOfAVisitClosesTheChooser() {
            begin()
            chooseOnMenu("en-XA")
            tap(child(child(screenItem("menu"), "languageButton"), "languageChooserButton"))
            chooser()
            NavigationController.reset()
            verify(!LanguageController.chooserOpen)
            compare(LanguageController.language, "en")
            tryCompare(child(kiosk, "languageChooserFader"), "opacity", 0)
        }
    }
}
