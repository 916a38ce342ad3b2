#include "base/workerthread.h"
#include "config/bundledpaths.h"
#include "controllers/narrationcontroller.h"
#include "media/narrationplayer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>

/** The audio server going away under the kiosk, with a PulseAudio server of
 *  the test's own (killing the shared one would break the tests beside it):
 *  narration becomes unavailable without freezing the screen, and plays
 *  again once the server is back. With no audio server at all, narration is
 *  unavailable and nothing else breaks. */
class TestAudioServerLoss : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_server;

    QString socket() const { return m_dir.filePath(QStringLiteral("native")); }

    static NarrationSource bundled(const char *name)
    {
        const QDir media(BundledPaths::mediaRoot());
        return { true,
                 QUrl::fromLocalFile(
                     media.filePath(QStringLiteral("narration/%1.opus").arg(QLatin1String(name)))),
                 media.filePath(QStringLiteral("narration/%1.vtt").arg(QLatin1String(name))) };
    }

    bool startServer()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PULSE_RUNTIME_PATH"),
                           m_dir.filePath(QStringLiteral("run")));
        environment.insert(QStringLiteral("PULSE_STATE_PATH"),
                           m_dir.filePath(QStringLiteral("state")));
        m_server.setProcessEnvironment(environment);
        m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_server.setStandardOutputFile(QProcess::nullDevice());
        m_server.start(
            QStringLiteral("pulseaudio"),
            { QStringLiteral("-n"), QStringLiteral("--daemonize=no"),
              QStringLiteral("--exit-idle-time=-1"), QStringLiteral("--use-pid-file=no"),
              QStringLiteral("--log-level=error"), QStringLiteral("-L"),
              QStringLiteral("module-null-sink"), QStringLiteral("-L"),
              QStringLiteral("module-native-protocol-unix auth-anonymous=1 socket=") + socket() });
        if (!m_server.waitForStarted())
            return false;
        for (int i = 0; i < 100 && !QFileInfo::exists(socket()); ++i)
            QTest::qWait(50);
        return QFileInfo::exists(socket());
    }

    void killServer()
    {
        if (m_server.state() == QProcess::NotRunning)
            return;
        m_server.kill();
        m_server.waitForFinished();
        QFile::remove(socket());
    }

    // The longest the event loop went without running a 10 ms timer while
    // `until` was false (at most `seconds`).
    static qint64 longestStall(const std::function<bool()> &until, int seconds)
    {
        QElapsedTimer clock;
        clock.start();
        qint64 last = 0;
        qint64 longest = 0;
        QTimer tick;
        tick.setInterval(10);
        QObject::connect(&tick, &QTimer::timeout, [&] {
            longest = std::max(longest, clock.elapsed() - last);
            last = clock.elapsed();
        });
        tick.start();
        while (!until() && clock.elapsed() < seconds * 1000)
            QTest::qWait(10);
        return longest;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (QStandardPaths::findExecutable(QStringLiteral("pulseaudio")).isEmpty())
            QSKIP("pulseaudio is not installed");
        // Before Qt Multimedia first asks for the audio server: ours, not the shared one.
        qputenv("PULSE_SERVER", ("unix:" + socket()).toLocal8Bit());
    }

    void theServerKilledMidTrackAndBack()
    {
        QVERIFY(startServer());
        NarrationController narration(new NarrationPlayer, nullptr);
        narration.setSource(bundled("battles.en"));
        QTRY_COMPARE_WITH_TIMEOUT(narration.status(), NarrationController::Playing, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(narration.position() > 500, 10000);

        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("battles\\.en\\.opus: narration "
                                                               "unavailable")));
        killServer();
        const qint64 stall = longestStall(
            [&] { return narration.status() == NarrationController::Unavailable; }, 10);
        QCOMPARE(narration.status(), NarrationController::Unavailable);
        QVERIFY2(stall < 1000, qPrintable(QStringLiteral("the screen froze for %1 ms").arg(stall)));

        // Back: the next chapter plays (Qt looks for the server again every 3 s).
        QVERIFY(startServer());
        QTest::qWait(4000);
        narration.setSource(bundled("legacy.en"));
        QTRY_COMPARE_WITH_TIMEOUT(narration.status(), NarrationController::Playing, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(narration.position() > 500, 10000);
    }

    // A server that hangs (stopped, not gone) holds the audio thread inside
    // Qt's sink for good: the next track is unavailable after the load
    // timeout, without freezing the screen, and once the server answers
    // again the chapter after plays, on a new audio thread.
    void aHungServerThenBack()
    {
        QVERIFY(m_server.state() == QProcess::Running || startServer());
        NarrationController narration(new NarrationPlayer, nullptr);
        narration.setSource(bundled("causes.en"));
        QTRY_COMPARE_WITH_TIMEOUT(narration.status(), NarrationController::Playing, 10000);

        ::kill(pid_t(m_server.processId()), SIGSTOP);
        // Its sink stops, or the next one starts, inside the hung server.
        narration.setSource(bundled("battles.en"));
        QTest::qWait(500);
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(QStringLiteral("the audio thread is not answering")));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral(
                                 "aftermath\\.en\\.opus: narration unavailable: the audio did "
                                 "not load within 10 s")));
        narration.setSource(bundled("aftermath.en"));
        const qint64 stall = longestStall(
            [&] { return narration.status() == NarrationController::Unavailable; }, 15);
        ::kill(pid_t(m_server.processId()), SIGCONT);
        QCOMPARE(narration.status(), NarrationController::Unavailable);
        QVERIFY2(stall < 1000, qPrintable(QStringLiteral("the screen froze for %1 ms").arg(stall)));

        narration.setSource(bundled("legacy.en"));
        QTRY_COMPARE_WITH_TIMEOUT(narration.status(), NarrationController::Playing, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(narration.position() > 500, 10000);
    }

    // Run last here, with the server gone for good; and on its own
    // (tst_audioserverloss_none), in a process that never had a server.
    void noAudioServerAtAll()
    {
        killServer();
        NarrationController narration(new NarrationPlayer, nullptr);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("causes\\.en\\.opus: narration "
                                                               "unavailable")));
        narration.setSource(bundled("causes.en"));
        QTRY_COMPARE_WITH_TIMEOUT(narration.status(), NarrationController::Unavailable, 10000);
        narration.play(); // does nothing, breaks nothing
        QCOMPARE(narration.status(), NarrationController::Unavailable);
        QVERIFY(!narration.isPlayable());

        // The next chapter's track is unavailable at once: never ready for a
        // moment, so the screen does not change shape at every chapter.
        QSignalSpy playable(&narration, &NarrationController::playableChanged);
        QList<NarrationController::Status> seen;
        connect(&narration, &NarrationController::statusChanged, this,
                [&] { seen.append(narration.status()); });
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("legacy\\.en\\.opus: narration "
                                                               "unavailable: there is no working "
                                                               "audio output")));
        narration.setSource(bundled("legacy.en"));
        QTRY_COMPARE_WITH_TIMEOUT(narration.status(), NarrationController::Unavailable, 10000);
        QCOMPARE(seen, QList({ NarrationController::Loading, NarrationController::Unavailable }));
        QCOMPARE(playable.count(), 0);
    }

    void cleanupTestCase() { killServer(); }
};

// QTEST_GUILESS_MAIN, ending as the kiosk does when an audio thread was left behind.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestAudioServerLoss test;
    QTEST_SET_MAIN_SOURCE_PATH
    return WorkerThread::endProcess(QTest::qExec(&test, argc, argv));
}
#include "tst_audioserverloss.moc"
