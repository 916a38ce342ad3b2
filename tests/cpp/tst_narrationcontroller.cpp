#include "config/bundledpaths.h"
#include "controllers/narrationcontroller.h"
#include "media/captiontrack.h"
#include "media/narrationplayer.h"
#include "testhelpers.h"

#include <QAudioDevice>
#include <QDataStream>
#include <QDir>
#include <QMediaDevices>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

/** Narration with real audio: the committed Opus tracks decoded by
 *  libsndfile and played through QAudioSink into a PulseAudio server,
 *  captions following the audio position. */
class TestNarrationController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_media;

    NarrationSource bundled(const char *name) const
    {
        const QDir media(m_media);
        return { true,
                 QUrl::fromLocalFile(
                     media.filePath(QStringLiteral("narration/%1.opus").arg(QLatin1String(name)))),
                 media.filePath(QStringLiteral("narration/%1.vtt").arg(QLatin1String(name))) };
    }

    // A real audio file in another format: a quiet 440 Hz tone as 16-bit WAV.
    // A header claiming more than is there makes a cut-off file.
    QString writeToneWav(const QString &name, int milliseconds, int claimedMilliseconds = 0) const
    {
        const int rate = 16000;
        const int samples = rate * milliseconds / 1000;
        const int claimedSamples = rate * std::max(milliseconds, claimedMilliseconds) / 1000;
        QByteArray bytes;
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out.setByteOrder(QDataStream::LittleEndian);
        out.writeRawData("RIFF", 4);
        out << quint32(36 + claimedSamples * 2);
        out.writeRawData("WAVEfmt ", 8);
        out << quint32(16) << quint16(1) << quint16(1) << quint32(rate) << quint32(rate * 2)
            << quint16(2) << quint16(16);
        out.writeRawData("data", 4);
        out << quint32(claimedSamples * 2);
        for (int i = 0; i < samples; ++i)
            out << qint16(3000 * std::sin(2 * M_PI * 440 * i / rate));
        const QString file = m_dir.filePath(name);
        return TestHelpers::writeAll(file, bytes) ? file : QString();
    }

    static QString cueTextAt(const QString &vtt, qint64 ms)
    {
        const CaptionTrack track = CaptionTrack::load(vtt).inReadableParts();
        const int index = track.cueIndexAt(ms);
        return index < 0 ? QString() : track.cues().at(index).text;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_media = BundledPaths::mediaRoot();
        if (QMediaDevices::audioOutputs().isEmpty()) {
            // CI starts PulseAudio; on a developer's machine without it, say why.
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL("no audio output: is the PulseAudio server running (pulseaudio --start)?");
            QSKIP("no audio output: start PulseAudio (pulseaudio --start --exit-idle-time=-1)");
        }
    }

    void playAdvancesAndCaptionsFollow()
    {
        NarrationController narration(new NarrationPlayer, nullptr);
        narration.setVolume(0);
        const NarrationSource source = bundled("causes.en");
        narration.setSource(source);
        QTRY_COMPARE_WITH_TIMEOUT(narration.status(), NarrationController::Playing, 10000);
        QVERIFY(narration.duration() > 60000);
        QTRY_VERIFY_WITH_TIMEOUT(narration.position() > 600, 15000);
        // The caption is the cue at the audio's position...
        QTRY_VERIFY(!narration.caption().isEmpty());
        QCOMPARE(narration.caption(), cueTextAt(source.captionsFile, narration.position()));
        // ...and the first cue is the chapter title.
        narration.pause();
        narration.seek(800);
        QCOMPARE(narration.caption(), QStringLiteral("Causes"));
    }

    void seekMovesTheCaption_data()
    {
        QTest::addColumn<bool>("paused");
        QTest::newRow("while playing") << false;
        QTest::newRow("while paused") << true;
    }

    void seekMovesTheCaption()
    {
        QFETCH(bool, paused);
        NarrationController narration(new NarrationPlayer, nullptr);
        narration.setVolume(0);
        const NarrationSource source = bundled("battles.zh");
        narration.setSource(source);
        QTRY_COMPARE_WITH_TIMEOUT(narration.status(), NarrationController::Playing, 10000);
        if (paused) {
            narration.pause();
            QTRY_COMPARE(narration.status(), NarrationController::Paused);
        }
        for (const qint64 target : { 40000, 15000, 90000 }) {
            narration.seek(target);
            const QString expected = cueTextAt(source.captionsFile, narration.position());
            QVERIFY(!expected.isEmpty());
            QCOMPARE(narration.caption(), expected);
            QTRY_VERIFY(qAbs(narration.position() - target) < 1500);
        }
        if (paused) {
            QTest::qWait(400);
            QCOMPARE(narration.status(), NarrationController::Paused);
        }
    }

    void autoplayOffWaitsForTheVisitor()
    {
        NarrationController narration(new NarrationPlayer, nullptr);
        narration.setAutoplay(false);
        narration.setSource(bundled("legacy.en"));
        QTRY_COMPARE_WITH_TIMEOUT(narration.status(), NarrationController::Ready, 10000);
        QTest::qWait(300);
        QCOMPARE(narration.position(), 0);
        narration.togglePlayback();
        QTRY_COMPARE_WITH_TIMEOUT(narration.status(), NarrationController::Playing, 5000);
        narration.togglePlayback();
        QTRY_COMPARE(narration.status(), NarrationController::Paused);
    }

    void emptySourceStops()
    {
        NarrationController narration(new NarrationPlayer, nullptr);
        narration.setVolume(0);
        narration.setSource(bundled("background.zh"));
        QTRY_COMPARE_WITH_TIMEOUT(narration.status(), NarrationController::Playing, 10000);
        QTRY_VERIFY(!narration.caption().isEmpty());
        narration.setSource({});
        QCOMPARE(narration.status(), NarrationController::NoNarration);
        QCOMPARE(narration.caption(), QString());
        QCOMPARE(narration.position(), 0);
    }

    void anyFormatTheBackendPlays()
    {
        const QString wav = writeToneWav(QStringLiteral("tone.wav"), 1200);
        NarrationController narration(new NarrationPlayer, nullptr);
        narration.setVolume(0);
        QVERIFY(TestHelpers::writeAll(m_dir.filePath(QStringLiteral("tone.vtt")),
                                      "WEBVTT\n\n00:00.000 --> 00:01.200\nA tone\n"));
        narration.setSource(
            { true, QUrl::fromLocalFile(wav), m_dir.filePath(QStringLiteral("tone.vtt")) });
        QTRY_COMPARE_WITH_TIMEOUT(narration.status(), NarrationController::Playing, 10000);
        QTRY_COMPARE(narration.caption(), QStringLiteral("A tone"));
        // At the end: finished, no caption; replay starts again.
        QTRY_COMPARE_WITH_TIMEOUT(narration.status(), NarrationController::Finished, 10000);
        QCOMPARE(narration.caption(), QString());
        narration.replay();
        QTRY_COMPARE_WITH_TIMEOUT(narration.status(), NarrationController::Playing, 5000);
        QTRY_VERIFY(narration.position() < 1000);
    }

    // A file cut short (a copy interrupted, a damaged card) ends where its
    // sound stops: Finished once, not stuck, and replay still works.
    void aTrackCutShortEndsWhereItsSoundStops()
    {
        const QString wav = writeToneWav(QStringLiteral("cut.wav"), 1000, 4000);
        NarrationController narration(new NarrationPlayer, nullptr);
        narration.setVolume(0);
        int finishes = 0;
        connect(&narration, &NarrationController::statusChanged, this,
                [&] { finishes += narration.status() == NarrationController::Finished; });
        narration.setSource({ true, QUrl::fromLocalFile(wav), {} });
        QTRY_COMPARE_WITH_TIMEOUT(narration.status(), NarrationController::Playing, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(narration.status(), NarrationController::Finished, 10000);
        QTest::qWait(500);
        QCOMPARE(narration.status(), NarrationController::Finished);
        QCOMPARE(finishes, 1);
        narration.replay();
        QTRY_COMPARE_WITH_TIMEOUT(narration.status(), NarrationController::Playing, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(narration.status(), NarrationController::Finished, 10000);
    }

    void unplayableFilesAreUnavailable_data()
    {
        QTest::addColumn<QByteArray>("bytes"); // empty: the content names a file that is missing
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("garbage") << QByteArray(20000, '\x5a');
        QTest::newRow("truncated Opus")
            << TestHelpers::readAll(BundledPaths::mediaRoot()
                                    + QStringLiteral("/narration/causes.en.opus"))
                   .left(300);
    }

    void unplayableFilesAreUnavailable()
    {
        QFETCH(QByteArray, bytes);
        NarrationController narration(new NarrationPlayer, nullptr);
        narration.setLoadTimeout(3000);
        QSignalSpy status { &narration, &NarrationController::statusChanged };
        NarrationSource source { true, {}, bundled("causes.en").captionsFile };
        if (!bytes.isEmpty()) {
            const QString file
                = m_dir.filePath(QStringLiteral("broken-%1.opus")
                                     .arg(QString::fromLatin1(QTest::currentDataTag())
                                              .replace(QLatin1Char(' '), QLatin1Char('-'))));
            QVERIFY(TestHelpers::writeAll(file, bytes));
            source.audio = QUrl::fromLocalFile(file);
            QTest::ignoreMessage(
                QtWarningMsg,
                QRegularExpression(QStringLiteral("broken-.*\\.opus: narration unavailable")));
        }
        narration.setSource(source);
        QTRY_COMPARE_WITH_TIMEOUT(narration.status(), NarrationController::Unavailable, 10000);
        QCOMPARE(narration.caption(), QString());
        narration.play(); // the controls do nothing, and nothing breaks
        narration.seek(5000);
        QTest::qWait(200);
        QCOMPARE(narration.status(), NarrationController::Unavailable);
        QCOMPARE(narration.caption(), QString());

        // Coming back to the same chapter is not logged again.
        if (!bytes.isEmpty()) {
            narration.setSource({});
            narration.setSource(source);
            QTRY_COMPARE_WITH_TIMEOUT(narration.status(), NarrationController::Unavailable, 10000);
        }
    }

    // A technician or a sync job changes the media folder while a visitor
    // listens. The narration plays on or ends; it never hangs, and the next
    // chapter plays.
    void aFileChangedWhilePlaying_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("deleted") << "deleted";
        QTest::newRow("truncated") << "truncated";
        QTest::newRow("overwritten with garbage") << "garbage";
    }

    void aFileChangedWhilePlaying()
    {
        QFETCH(QString, change);
        const QString file = m_dir.filePath(QStringLiteral("playing-%1.opus").arg(change));
        QFile::remove(file);
        QVERIFY(QFile::copy(bundled("aftermath.en").audio.toLocalFile(), file));
        NarrationController narration(new NarrationPlayer, nullptr);
        narration.setVolume(0);
        narration.setSource(
            { true, QUrl::fromLocalFile(file), bundled("aftermath.en").captionsFile });
        QTRY_COMPARE_WITH_TIMEOUT(narration.status(), NarrationController::Playing, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(narration.position() > 1000, 10000);
        const qint64 before = narration.position();

        QFile target(file);
        if (change == QLatin1String("deleted")) {
            QVERIFY(target.remove());
        } else {
            QVERIFY(target.open(QIODevice::ReadWrite));
            QVERIFY(target.resize(change == QLatin1String("truncated") ? 400 : 0));
            if (change == QLatin1String("garbage"))
                target.write(QByteArray(200000, '\x5a'));
            target.close();
        }
        QTRY_VERIFY_WITH_TIMEOUT(narration.position() > before + 2000
                                     || narration.status() == NarrationController::Finished
                                     || narration.status() == NarrationController::Unavailable,
                                 15000);

        narration.setSource(bundled("legacy.en"));
        QTRY_COMPARE_WITH_TIMEOUT(narration.status(), NarrationController::Playing, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(narration.position() > 500, 10000);
    }

    // A kiosk (or a chapter) that never plays narration never opens the audio
    // system: no player, no connection to PulseAudio to tear down at exit.
    void audioIsOpenedOnlyWhenNeeded()
    {
        NarrationController narration(new NarrationPlayer, nullptr);
        narration.setVolume(50);
        narration.setSource({});
        narration.setSource({ true, {}, {} }); // named but missing: unavailable
        QCOMPARE(narration.status(), NarrationController::Unavailable);
        QVERIFY(narration.findChildren<QThread *>().isEmpty());
        narration.setSource(bundled("causes.zh"));
        QCOMPARE(narration.findChildren<QThread *>().size(), 1);
    }

    // Narration is decoded by libsndfile and played by QAudioSink: after a
    // track has played, no GStreamer library is in the process (Qt 6.4's
    // GStreamer player could deadlock; docs/PERFORMANCE.md).
    void noGStreamerInTheProcess()
    {
        NarrationController narration(new NarrationPlayer, nullptr);
        narration.setVolume(0);
        narration.setSource(bundled("battles.zh"));
        QTRY_COMPARE_WITH_TIMEOUT(narration.status(), NarrationController::Playing, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(narration.position() > 500, 10000);
        const QByteArray maps = TestHelpers::readAll(QStringLiteral("/proc/self/maps"));
        QVERIFY(maps.contains("libsndfile"));
        QVERIFY2(!maps.contains("libgst"), "a GStreamer library is mapped");
    }

    // A visitor dragging the progress bar seeks many times a second; the
    // narration goes on from where the finger stops, and the next track plays.
    void rapidSeeksThenTheNextTrack()
    {
        NarrationController narration(new NarrationPlayer, nullptr);
        narration.setVolume(0);
        narration.setSource(bundled("battles.en"));
        QTRY_COMPARE_WITH_TIMEOUT(narration.status(), NarrationController::Playing, 10000);
        for (int i = 1; i <= 10; ++i) {
            narration.seek(i * 6000);
            QTest::qWait(16);
        }
        QTRY_VERIFY_WITH_TIMEOUT(narration.position() > 60500, 5000);
        narration.setSource({});
        narration.setSource(bundled("causes.en"));
        QTRY_COMPARE_WITH_TIMEOUT(narration.status(), NarrationController::Playing, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(narration.position() > 400, 5000);
    }

    // Spoken labels or the screen reader speak: the narration waits where it
    // is, still the visitor's playing narration, and goes on when they stop;
    // paused or played meanwhile, it does what the visitor asked.
    void speechHoldsTheNarration()
    {
        NarrationController narration(new NarrationPlayer, nullptr);
        narration.setVolume(0);
        narration.setSource(bundled("battles.en"));
        QTRY_COMPARE_WITH_TIMEOUT(narration.status(), NarrationController::Playing, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(narration.position() > 300, 5000);

        narration.setHeldForSpeech(true);
        QTest::qWait(400); // the player's pause arrives
        const int heldAt = narration.position();
        QTest::qWait(700);
        QCOMPARE(narration.position(), heldAt);
        QCOMPARE(narration.status(), NarrationController::Playing);
        narration.setHeldForSpeech(false);
        QTRY_VERIFY_WITH_TIMEOUT(narration.position() > heldAt + 300, 5000);

        // Paused by the visitor while held: it stays paused after.
        narration.setHeldForSpeech(true);
        narration.togglePlayback();
        QCOMPARE(narration.status(), NarrationController::Paused);
        narration.setHeldForSpeech(false);
        QTest::qWait(500);
        QCOMPARE(narration.status(), NarrationController::Paused);

        // Played while held: it shows as playing and plays once the speech stops.
        narration.setHeldForSpeech(true);
        narration.togglePlayback();
        QCOMPARE(narration.status(), NarrationController::Playing);
        const int before = narration.position();
        QTest::qWait(500);
        QCOMPARE(narration.position(), before);
        narration.setHeldForSpeech(false);
        QTRY_VERIFY_WITH_TIMEOUT(narration.position() > before + 300, 5000);
    }

    // A chapter opened while speech speaks starts once it stops.
    void aTrackLoadedWhileHeldStartsAfter()
    {
        NarrationController narration(new NarrationPlayer, nullptr);
        narration.setVolume(0);
        narration.setHeldForSpeech(true);
        narration.setSource(bundled("legacy.en"));
        QTRY_COMPARE_WITH_TIMEOUT(narration.status(), NarrationController::Ready, 10000);
        QTest::qWait(300);
        QCOMPARE(narration.position(), 0);
        narration.setHeldForSpeech(false);
        QTRY_COMPARE_WITH_TIMEOUT(narration.status(), NarrationController::Playing, 5000);
    }

    void captionPreferenceResets()
    {
        NarrationController narration(new NarrationPlayer, nullptr);
        QSignalSpy changed { &narration, &NarrationController::captionsEnabledChanged };
        QVERIFY(narration.captionsEnabled());
        narration.setCaptionsEnabled(false);
        narration.resetPreferences();
        QVERIFY(narration.captionsEnabled());
        QCOMPARE(changed.count(), 2);
    }
};

QTEST_MAIN(TestNarrationController)
#include "tst_narrationcontroller.moc"
