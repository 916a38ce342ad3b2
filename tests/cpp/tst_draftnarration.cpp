#include "media/captiontrack.h"
#include "media/mediachecker.h"
#include "studio/draftnarration.h"
#include "testhelpers.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

/** A draft narration made as Exhibit Studio makes it: the real
 *  tools/generate-narration.py with the real offline voices, a recording
 *  that plays and captions sentence by sentence; what to install named when
 *  a voice is not there; a draft cancelled leaves nothing behind. */
class TestDraftNarration : public QObject
{
    Q_OBJECT

private:
    const QString m_script = TestHelpers::sourceFile(QStringLiteral("tools/generate-narration.py"));

    static Chapter shortChapter()
    {
        Chapter chapter;
        chapter.id = QStringLiteral("battles");
        ChapterText zh;
        zh.title = QStringLiteral("战役");
        zh.subtitle = QStringLiteral("开封之围");
        zh.body = { QStringLiteral("金军两度南下。开封失守。") };
        chapter.text.insert(QStringLiteral("zh"), zh);
        return chapter;
    }

private Q_SLOTS:
    void speaksTheWordsWithCaptions()
    {
        DraftNarration draft(m_script);
        QCOMPARE(draft.missingPackages(QStringLiteral("zh")), QStringList());
        QSignalSpy finished(&draft, &DraftNarration::finished);
        QSignalSpy failed(&draft, &DraftNarration::failed);
        QString error;
        QVERIFY2(draft.start(shortChapter(), QStringLiteral("zh"), &error), qPrintable(error));
        QVERIFY(draft.isRunning());
        QVERIFY(!draft.start(shortChapter(), QStringLiteral("zh"), &error)); // one at a time
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 120000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        const QString audio = finished.at(0).at(0).toString();
        const QString captions = finished.at(0).at(1).toString();
        QVERIFY(audio.endsWith(QLatin1String("/battles.zh.opus")));
        QString problem;
        const qint64 length = MediaChecker::audioLengthMs(audio, audio, &problem);
        QVERIFY2(length > 2000, qPrintable(problem));
        // Title, subtitle and each sentence: a cue each, all within the recording.
        const CaptionTrack track = CaptionTrack::load(captions);
        QCOMPARE(track.cues().size(), 4);
        QCOMPARE(track.cues().at(2).text, QStringLiteral("金军两度南下。"));
        QVERIFY(track.cues().constLast().endMs <= length + 50);
    }

    void namesWhatToInstall()
    {
        const QByteArray path = qgetenv("PATH");
        QTemporaryDir empty;
        qputenv("PATH", empty.path().toLocal8Bit());
        const DraftNarration draft(m_script);
        const QStringList chinese = draft.missingPackages(QStringLiteral("zh"));
        qputenv("PATH", path);
        QCOMPARE(chinese,
                 QStringList({ QStringLiteral("python3"), QStringLiteral("espeak-ng"),
                               QStringLiteral("sox"), QStringLiteral("opus-tools") }));
        QVERIFY(DraftNarration(QStringLiteral("/nowhere/generate-narration.py"))
                    .missingPackages(QStringLiteral("en"))
                    .contains(QStringLiteral("python3")));
    }

    void aCancelledDraftSaysNothing()
    {
        DraftNarration draft(m_script);
        QSignalSpy finished(&draft, &DraftNarration::finished);
        QSignalSpy failed(&draft, &DraftNarration::failed);
        QString error;
        QVERIFY(draft.start(shortChapter(), QStringLiteral("zh"), &error));
        draft.cancel();
        QVERIFY(!draft.isRunning());
        QTest::qWait(200);
        QCOMPARE(finished.count() + failed.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDraftNarration)
#include "tst_draftnarration.moc"
