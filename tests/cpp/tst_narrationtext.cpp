#include "content/exhibitjson.h"
#include "content/narrationtext.h"
#include "testhelpers.h"

#include <QTest>

/** Which words a narration was made from: the fingerprint the kiosk computes
 *  is the one tools/generate-narration.py wrote into the bundled exhibit, and
 *  a chapter whose words change afterwards says its narration is out of date. */
class TestNarrationText : public QObject
{
    Q_OBJECT

private:
    static ExhibitDocument bundled()
    {
        const ExhibitJson::ReadResult read = ExhibitJson::readFile(
            TestHelpers::sourceFile(QStringLiteral("content/exhibit.json")));
        if (!read.ok())
            qFatal("content/exhibit.json: %s", qPrintable(read.errors.join(QLatin1Char('\n'))));
        return read.document;
    }

private Q_SLOTS:
    void theBundledNarrationSpeaksTheBundledWords()
    {
        const ExhibitDocument exhibit = bundled();
        int tracks = 0;
        for (const Chapter &chapter : exhibit.chapters) {
            for (auto it = chapter.narration.begin(); it != chapter.narration.end(); ++it) {
                ++tracks;
                QVERIFY2(NarrationText::isFingerprint(it->madeFrom), qPrintable(chapter.id));
                QCOMPARE(it->madeFrom, NarrationText::fingerprint(chapter.text.value(it.key())));
            }
        }
        QCOMPARE(tracks, 10);
        QCOMPARE(ExhibitValidator::warnings(exhibit), ContentProblems {});
    }

    void changedWordsPutItOutOfDate_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<bool>("outOfDate");
        QTest::newRow("title") << "title" << true;
        QTest::newRow("subtitle") << "subtitle" << true;
        QTest::newRow("a paragraph") << "body" << true;
        QTest::newRow("the teaser, which it does not speak") << "teaser" << false;
        QTest::newRow("the picture's caption") << "imageCaption" << false;
    }

    void changedWordsPutItOutOfDate()
    {
        QFETCH(QString, field);
        QFETCH(bool, outOfDate);
        ExhibitDocument exhibit = bundled();
        Chapter &battles = exhibit.chapters[exhibit.chapterIndex(QStringLiteral("battles"))];
        ChapterText &english = battles.text[QStringLiteral("en")];
        const QString changed = QStringLiteral("Changed.");
        if (field == QLatin1String("title"))
            english.title = changed;
        else if (field == QLatin1String("subtitle"))
            english.subtitle = changed;
        else if (field == QLatin1String("body"))
            english.body[1] += changed;
        else if (field == QLatin1String("teaser"))
            english.teaser = changed;
        else
            english.imageCaption = changed;
        QCOMPARE(NarrationText::isOutOfDate(battles, QStringLiteral("en")), outOfDate);
        QVERIFY(!NarrationText::isOutOfDate(battles, QStringLiteral("zh")));
        const ContentProblems warnings = ExhibitValidator::warnings(exhibit);
        QCOMPARE(warnings.size(), outOfDate ? 1 : 0);
        if (outOfDate)
            QCOMPARE(exhibit.fieldPath(warnings.first().path),
                     QStringLiteral("chapters.battles.narration.en.audio"));

        // Recorded again: up to date.
        const NarrationText::MadeFrom madeFrom = NarrationText::madeFromForRecording(
            exhibit, QStringLiteral("chapters.battles.narration.en.audio"));
        QCOMPARE(madeFrom.path, QStringLiteral("chapters.battles.narration.en.madeFrom"));
        battles.narration[QStringLiteral("en")].madeFrom = madeFrom.fingerprint;
        QVERIFY(!NarrationText::isOutOfDate(battles, QStringLiteral("en")));
    }

    void aFingerprintHasItsForm_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("sha256") << "sha256:" + QString(64, QLatin1Char('a')) << true;
        QTest::newRow("short") << "sha256:abc" << false;
        QTest::newRow("upper case") << "sha256:" + QString(64, QLatin1Char('A')) << false;
        QTest::newRow("another hash") << "md5:" + QString(32, QLatin1Char('a')) << false;
        QTest::newRow("empty") << "" << false;
    }

    void aFingerprintHasItsForm()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QCOMPARE(NarrationText::isFingerprint(value), valid);
    }
};

QTEST_GUILESS_MAIN(TestNarrationText)
#include "tst_narrationtext.moc"
