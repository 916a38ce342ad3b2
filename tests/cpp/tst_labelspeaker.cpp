#include "keypad/labelspeaker.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

/** Spoken labels through speech-dispatcher, from a thread of their own; a
 *  wrong [keypad] speech_engine: named in the log with its key, and the
 *  keypad goes on silently. */
class TestLabelSpeaker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unknownEngineIsNamedAndHarmless()
    {
        LabelSpeaker speaker(nullptr);
        QTest::ignoreMessage(
            QtWarningMsg,
            QRegularExpression(QStringLiteral("spoken labels: no speech engine nonesuch "
                                              "\\(\\[keypad\\] speech_engine; installed:.*")));
        speaker.setEngine(QStringLiteral("nonesuch"));
        QVERIFY(!speaker.isAvailable());
        speaker.say(QStringLiteral("Next chapter")); // no crash, no second warning
        QCOMPARE(speaker.lastText(), QStringLiteral("Next chapter"));
        QVERIFY(!speaker.isSpeaking());
    }

    // Starting speech-dispatcher's engine takes seconds (it lists every
    // voice): never on the interface's thread, which must answer the key.
    void speaksFromAThreadOfItsOwn()
    {
        LabelSpeaker speaker(nullptr);
        speaker.setEngine(QStringLiteral("speechd"));
        QVERIFY(speaker.findChild<QThread *>() == nullptr); // nothing started yet
        QSignalSpy speaking { &speaker, &LabelSpeaker::speakingChanged };
        speaker.setVolume(0);
        speaker.say(QStringLiteral("Next chapter"));
        auto *thread = speaker.findChild<QThread *>();
        QVERIFY(thread);
        QVERIFY(thread->isRunning());
        QVERIFY(thread != QThread::currentThread());
        QTRY_VERIFY_WITH_TIMEOUT(speaking.count() > 0, 15000);
        QVERIFY(speaker.isAvailable());
        QVERIFY(!speaker.voiceName(QStringLiteral("zh")).isEmpty());
    }

    // The screen reader reading on: each text once the last has ended, in
    // order, and a new label cuts the rest.
    void saysInTurn()
    {
        LabelSpeaker speaker(nullptr);
        speaker.setEngine(QStringLiteral("speechd"));
        speaker.setVolume(0);
        QSignalSpy turns { &speaker, &LabelSpeaker::turnStarted };
        speaker.sayInTurn({ QStringLiteral("Battles"), QStringLiteral("Chapter three"),
                            QStringLiteral("The sieges of Kaifeng") });
        QTRY_COMPARE_WITH_TIMEOUT(turns.count(), 3, 30000);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(turns.at(i).at(0).toInt(), i);
        QCOMPARE(speaker.lastText(), QStringLiteral("The sieges of Kaifeng"));

        turns.clear();
        speaker.sayInTurn(
            { QStringLiteral("One"), QStringLiteral("Two"), QStringLiteral("Three") });
        QTRY_COMPARE_WITH_TIMEOUT(turns.count(), 1, 15000);
        speaker.say(QStringLiteral("Close"));
        QTest::qWait(3000);
        QCOMPARE(turns.count(), 1);
        QCOMPARE(speaker.lastText(), QStringLiteral("Close"));
    }

    void switchedOff()
    {
        LabelSpeaker speaker(nullptr);
        speaker.setEngine(QString());
        QVERIFY(!speaker.isAvailable());
        speaker.say(QStringLiteral("Close"));
        QVERIFY(!speaker.isSpeaking());
    }
};

QTEST_MAIN(TestLabelSpeaker)
#include "tst_labelspeaker.moc"
