#include "labelspeaker.h"

#include <QRegularExpression>
#include <QTest>

/** A wrong [keypad] speech_engine: named in the log with its key, and the keypad goes on silently. */
class TestLabelSpeaker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unknownEngineIsNamedAndHarmless()
    {
        LabelSpeaker speaker(nullptr);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("spoken labels: no speech engine nonesuch \\(\\[keypad\\] speech_engine; installed:.*")));
        speaker.setEngine(QStringLiteral("nonesuch"));
        QVERIFY(!speaker.isAvailable());
        speaker.say(QStringLiteral("Next chapter")); // no crash, no second warning
        QCOMPARE(speaker.lastText(), QStringLiteral("Next chapter"));
        QVERIFY(!speaker.isSpeaking());
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
