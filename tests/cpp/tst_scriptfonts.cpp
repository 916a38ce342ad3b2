#include "controllers/scriptfonts.h"

#include <QGuiApplication>
#include <QTest>

/** Each language is set in a typeface that covers its script, from the
 *  fonts installed here (Debian's fonts-noto-core and fonts-noto-cjk, as on
 *  a kiosk). */
class TestScriptFonts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serif_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("family");
        QTest::addColumn<bool>("cjk");
        QTest::newRow("English") << "en"
                                 << "Noto Serif" << false;
        QTest::newRow("a pseudo-locale") << "en-XA"
                                         << "Noto Serif" << false;
        QTest::newRow("Russian") << "ru"
                                 << "Noto Serif" << false;
        QTest::newRow("Greek") << "el"
                               << "Noto Serif" << false;
        QTest::newRow("Chinese") << "zh"
                                 << "Noto Serif CJK SC" << true;
        QTest::newRow("Chinese, traditional") << "zh-Hant"
                                              << "Noto Serif CJK TC" << true;
        QTest::newRow("Japanese") << "ja"
                                  << "Noto Serif CJK JP" << true;
        QTest::newRow("Korean") << "ko"
                                << "Noto Serif CJK KR" << true;
        QTest::newRow("Arabic") << "ar"
                                << "Noto Naskh Arabic" << false;
        QTest::newRow("Hebrew") << "he"
                                << "Noto Serif Hebrew" << false;
        QTest::newRow("Thai") << "th"
                              << "Noto Serif Thai" << false;
        QTest::newRow("Hindi") << "hi"
                               << "Noto Serif Devanagari" << false;
    }

    void serif()
    {
        QFETCH(QString, language);
        QFETCH(QString, family);
        QFETCH(bool, cjk);
        QCOMPARE(ScriptFonts::serifFor(language), family);
        QCOMPARE(ScriptFonts::isCjk(language), cjk);
        QCOMPARE(ScriptFonts::serifFor(language), family); // and again, remembered
    }

    void scriptNamedInMessages()
    {
        QCOMPARE(ScriptFonts::scriptName(QStringLiteral("th")), QStringLiteral("Thai"));
    }
};

QTEST_MAIN(TestScriptFonts)
#include "tst_scriptfonts.moc"
