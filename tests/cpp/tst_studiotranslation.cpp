#include "studio/studiodocument.h"
#include "studio/studiotranslation.h"
#include "studiofixture.h"
#include "testhelpers.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

/** Exhibit Studio's "Translation" view on a real working copy: what needs
 *  translating or reviewing follows the curator's edits, the texts go out to
 *  XLIFF and a translator's file comes back in as one step to undo, and a
 *  bad file changes nothing and says why with its line. */
class TestStudioTranslation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    StudioDocument m_document;
    std::unique_ptr<StudioTranslation> m_translation;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_translation = std::make_unique<StudioTranslation>(&m_document);
        QString error;
        QVERIFY2(StudioFixture::openWorkingCopy(m_document, path(QStringLiteral("working.db")),
                                                StudioFixture::bundledExhibit(), &error),
                 qPrintable(error));
    }

    void theBundledExhibitIsTranslated()
    {
        QCOMPARE(m_translation->sourceLanguage(), QStringLiteral("en"));
        QCOMPARE(m_translation->languages(), QStringList { QStringLiteral("zh") });
        QCOMPARE(m_translation->language(), QStringLiteral("zh"));
        QCOMPARE(m_translation->toTranslate(), 0);
        QCOMPARE(m_translation->toReview(), 0);
        QCOMPARE(m_translation->translated(),
                 241); // 26 of them the pictures in words and easy-read chapters
        QCOMPARE(m_translation->rowCount(), 0);
    }

    void aChangedSourceAsksForReview()
    {
        QString error;
        QVERIFY(m_document.edit(QStringLiteral("chapters.battles.title.en"),
                                QStringLiteral("Sieges"), &error));
        QTRY_COMPARE(m_translation->toReview(), 1);
        QCOMPARE(m_translation->rowCount(), 1);
        const QModelIndex title = m_translation->index(0);
        QCOMPARE(title.data(StudioTranslation::UnitRole).toString(),
                 QStringLiteral("chapters.battles.title.zh"));
        QCOMPARE(title.data(StudioTranslation::StateRole).toString(),
                 QStringLiteral("needs-review-translation"));
        QCOMPARE(title.data(StudioTranslation::SourceRole).toString(), QStringLiteral("Sieges"));
        QCOMPARE(title.data(StudioTranslation::TargetRole).toString(), QStringLiteral("战役"));
        QCOMPARE(title.data(StudioTranslation::PathRole).toString(),
                 QStringLiteral("chapters.battles.title.zh"));

        // A paragraph is a unit of its own, leading to its body.
        const QString body = m_document.field(QStringLiteral("chapters.causes.body.en"));
        QVERIFY(m_document.edit(QStringLiteral("chapters.causes.body.en"),
                                body + QStringLiteral("\n\nA new closing paragraph."), &error));
        QTRY_COMPARE(m_translation->toTranslate(), 1);
        QCOMPARE(m_translation->rowCount(), 2);
        // In the exhibit's order: the causes (chapter 2) before the battles.
        const QModelIndex added = m_translation->index(0);
        QCOMPARE(added.data(StudioTranslation::StateRole).toString(),
                 QStringLiteral("needs-translation"));
        QVERIFY(added.data(StudioTranslation::UnitRole)
                    .toString()
                    .startsWith(QLatin1String("chapters.causes.body.zh[")));
        QCOMPARE(added.data(StudioTranslation::PathRole).toString(),
                 QStringLiteral("chapters.causes.body.zh"));
    }

    void roundTrip()
    {
        QString error;
        QVERIFY(m_document.edit(QStringLiteral("chapters.battles.title.en"),
                                QStringLiteral("Sieges"), &error));
        // Exported at once, before the list has caught up: the edit is in the file.
        const QString out = path(QStringLiteral("zh.xlf"));
        QVERIFY(m_translation->exportTo(out, true));
        // (Its plural is the studio's English translation's, not loaded here.)
        QVERIFY2(m_translation->report().startsWith(QLatin1String("Wrote 1 text")),
                 qPrintable(m_translation->report()));
        QByteArray xliff = TestHelpers::readAll(out);
        QCOMPARE(xliff.count("<trans-unit "), 1);
        QVERIFY(m_translation->exportTo(out, false));
        QCOMPARE(TestHelpers::readAll(out).count("<trans-unit "), 241);

        // The translator's answer.
        xliff.replace(R"(<target state="needs-review-translation">战役</target>)",
                      R"(<target state="translated">围城</target>)");
        const QString in = path(QStringLiteral("zh-done.xlf"));
        QVERIFY(TestHelpers::writeAll(in, xliff));
        const int steps = m_document.undoStack()->count();
        QVERIFY2(m_translation->importFrom(in), qPrintable(m_translation->report()));
        QVERIFY(!m_translation->reportIsProblem());
        QVERIFY2(m_translation->report().contains(QLatin1String("1 changed")),
                 qPrintable(m_translation->report()));
        QCOMPARE(m_document.field(QStringLiteral("chapters.battles.title.zh")),
                 QStringLiteral("围城"));
        QCOMPARE(m_translation->toReview(), 0);
        QCOMPARE(m_document.undoStack()->count(), steps + 1);

        // One step to undo, records and all.
        m_document.undoStack()->undo();
        QCOMPARE(m_document.field(QStringLiteral("chapters.battles.title.zh")),
                 QStringLiteral("战役"));
        QTRY_COMPARE(m_translation->toReview(), 1);
    }

    void aBadFileChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("reason");
        QTest::newRow("XLIFF 2.0") << QByteArray(
            "<?xml version=\"1.0\"?>\n<xliff version=\"2.0\" "
            "xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"en\" trgLang=\"zh\"/>\n")
                                   << "bad.xlf:2: XLIFF 2.0";
        QTest::newRow("not XML") << QByteArray("minutes of the meeting\n")
                                 << "bad.xlf:1: not an XML file";
    }

    void aBadFileChangesNothing()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, reason);
        const QString in = path(QStringLiteral("bad.xlf"));
        QVERIFY(TestHelpers::writeAll(in, file));
        const int steps = m_document.undoStack()->count();
        QVERIFY(!m_translation->importFrom(in));
        QVERIFY(m_translation->reportIsProblem());
        QVERIFY2(m_translation->report().startsWith(QLatin1String("Nothing was imported:\n")),
                 qPrintable(m_translation->report()));
        QVERIFY2(m_translation->report().contains(reason), qPrintable(m_translation->report()));
        QCOMPARE(m_document.undoStack()->count(), steps);
        QVERIFY(!m_translation->importFrom(path(QStringLiteral("missing.xlf"))));
        QVERIFY2(m_translation->report().contains(QLatin1String("missing.xlf cannot be read")),
                 qPrintable(m_translation->report()));
    }
};

QTEST_GUILESS_MAIN(TestStudioTranslation)
#include "tst_studiotranslation.moc"
