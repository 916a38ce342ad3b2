#include "controllers/languagecontroller.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

/** The visitor's language: defaults, switching, reset, and the interface
 *  translation that comes with it. */
class TestLanguageController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultLanguage_data()
    {
        QTest::addColumn<QString>("preferred");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("warns");
        QTest::newRow("content's first") << ""
                                         << "en" << false;
        QTest::newRow("configured") << "zh"
                                    << "zh" << false;
        QTest::newRow("configured but missing") << "fr"
                                                << "en" << true;
    }

    void defaultLanguage()
    {
        QFETCH(QString, preferred);
        QFETCH(QString, expected);
        QFETCH(bool, warns);
        LanguageController language(nullptr);
        if (warns)
            QTest::ignoreMessage(QtWarningMsg,
                                 "kiosk.default_language: 'fr' is not one of the content's "
                                 "languages (en, zh); using 'en'");
        language.setAvailableLanguages({ QStringLiteral("en"), QStringLiteral("zh") }, preferred);
        QCOMPARE(language.language(), expected);
        QCOMPARE(language.defaultLanguage(), expected);
    }

    void toggleAndReset()
    {
        LanguageController language(nullptr);
        language.setAvailableLanguages({ QStringLiteral("en"), QStringLiteral("zh") }, {});
        QSignalSpy changed { &language, &LanguageController::languageChanged };
        QCOMPARE(language.nextLanguage(), QStringLiteral("zh"));
        QCOMPARE(LanguageController::nativeName(language.nextLanguage()), QStringLiteral("中文"));
        language.toggle();
        QCOMPARE(language.language(), QStringLiteral("zh"));
        language.toggle();
        QCOMPARE(language.language(), QStringLiteral("en"));
        language.toggle();
        language.reset();
        QCOMPARE(language.language(), QStringLiteral("en"));
        QCOMPARE(changed.count(), 4);

        QTest::ignoreMessage(
            QtWarningMsg,
            QRegularExpression(QStringLiteral("ignoring a switch to language \"fr\"")));
        language.setLanguage(QStringLiteral("fr"));
        QCOMPARE(language.language(), QStringLiteral("en"));
    }

    void interfaceIsTranslated()
    {
        LanguageController language(nullptr);
        language.setAvailableLanguages({ QStringLiteral("en"), QStringLiteral("zh") }, {});
        const auto chapters
            = [] { return QCoreApplication::translate("ChapterNavigationBar", "Chapters"); };
        QCOMPARE(chapters(), QStringLiteral("Chapters"));
        language.setLanguage(QStringLiteral("zh"));
        QCOMPARE(chapters(), QStringLiteral("章节目录"));
        language.setLanguage(QStringLiteral("en"));
        QCOMPARE(chapters(), QStringLiteral("Chapters"));
    }

    void labels()
    {
        LanguageController language(nullptr);
        language.setAvailableLanguages({ QStringLiteral("en"), QStringLiteral("zh") }, {});
        const QStringList labels = language.languageNames();
        QCOMPARE(labels.size(), 2);
        QCOMPARE(labels.at(0), QStringLiteral("EN"));
        QCOMPARE(labels.at(1), QStringLiteral("中文"));
    }

    void chooser()
    {
        LanguageController language(nullptr);
        language.setAvailableLanguages({ QStringLiteral("en"), QStringLiteral("zh") }, {});
        QVERIFY(!language.choosesFromList()); // two: side by side
        // A third without the kiosk's own words in it: said once, as it arrives.
        QTest::ignoreMessage(QtWarningMsg,
                             "no interface translation for fr: its buttons and spoken labels "
                             "stay in English");
        language.setAvailableLanguages(
            { QStringLiteral("en"), QStringLiteral("zh"), QStringLiteral("fr") }, {});
        QVERIFY(language.choosesFromList());

        QSignalSpy visit { &language, &LanguageController::visitRequested };
        language.openChooser();
        QVERIFY(language.chooserOpen());
        QCOMPARE(visit.count(), 1); // a first touch on the attract screen begins a visit
        language.choose(QStringLiteral("fr"));
        QCOMPARE(language.language(), QStringLiteral("fr"));
        QVERIFY(!language.chooserOpen());
        const auto chapters
            = [] { return QCoreApplication::translate("ChapterNavigationBar", "Chapters"); };
        QCOMPARE(chapters(), QStringLiteral("Chapters"));

        language.openChooser();
        language.closeChooser();
        QVERIFY(!language.chooserOpen());
        QCOMPARE(language.language(), QStringLiteral("fr"));
        // The end of a visit: the default language, the chooser closed.
        language.openChooser();
        language.reset();
        QVERIFY(!language.chooserOpen());
        QCOMPARE(language.language(), QStringLiteral("en"));
    }

    void ownNames()
    {
        LanguageController language(nullptr);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("no interface translation for fr")));
        // The content's names first; a language it does not name, by the system's.
        language.setAvailableLanguages(
            { QStringLiteral("en"), QStringLiteral("zh"), QStringLiteral("fr") }, {},
            { { QStringLiteral("en"), QStringLiteral("English") },
              { QStringLiteral("zh"), QStringLiteral("中文") } });
        QCOMPARE(language.ownNames(),
                 QStringList({ QStringLiteral("English"), QStringLiteral("中文"),
                               QStringLiteral("français") }));
    }

    // Short labels: a code for alphabets; for Chinese, Japanese and Korean the
    // content's own name, so two Chinese languages are told apart, unless it
    // is too long for a button.
    void labelsOfTwoChineseLanguages()
    {
        LanguageController language(nullptr);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("for zh-Hant")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("for ja")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("for zh-XA")));
        language.setAvailableLanguages(
            { QStringLiteral("en"), QStringLiteral("zh"), QStringLiteral("zh-Hant"),
              QStringLiteral("ja"), QStringLiteral("zh-XA") },
            {},
            { { QStringLiteral("zh-Hant"), QStringLiteral("繁體中文") },
              { QStringLiteral("zh-XA"), QStringLiteral("中文（测试）") } });
        QCOMPARE(
            language.languageNames(),
            QStringList({ QStringLiteral("EN"), QStringLiteral("中文"), QStringLiteral("繁體中文"),
                          QStringLiteral("日本語"), QStringLiteral("ZH-XA") }));
    }
};

QTEST_GUILESS_MAIN(TestLanguageController)
#include "tst_languagecontroller.moc"
