#pragma once

#include <QHash>
#include <QLocale>
#include <QObject>
#include <QVoice>

#include <optional>

class QTextToSpeech;

/** The speech engine, on LabelSpeaker's thread for it. Starting
 *  speech-dispatcher's engine lists every voice it has (1,836 with
 *  espeak-ng's) and took over 3 s here: on the interface's thread that froze
 *  the screen at a visitor's first key press. */
class SpeechWorker : public QObject
{
    Q_OBJECT

public:
    SpeechWorker() = default;

public Q_SLOTS:
    // Emits started(): false if the engine does not start.
    void start(const QString &engine);
    void say(const QString &text, const QString &language, int volumePercent);
    // Each text after the last has ended; turnStarted(i) as each begins.
    // say() and stop() cut the rest.
    void sayInTurn(const QStringList &texts, int batch, const QString &language, int volumePercent);
    void stop();
    // The voice used for a language, by name; empty if there is none.
    QString voiceName(const QString &language);

Q_SIGNALS:
    void started(bool ok);
    void speakingChanged(bool speaking);
    void noVoice(const QString &language);
    void turnStarted(int batch, int index);

private:
    // The engine's voice for a language (cached): one of the language's own
    // locale if it has one, else one whose name says the language (espeak-ng
    // files Mandarin under no locale Qt knows: "Chinese (Mandarin, …)").
    [[nodiscard]] std::optional<std::pair<QLocale, QVoice>> findVoice(const QString &language);
    bool speak(const QString &text, const QString &language, int volumePercent);
    void onState(int state);
    void nextTurn();

    // The texts said in turn, and the one being said (-1: none).
    QStringList m_turns;
    int m_turn = -1;
    int m_batch = 0; // which sayInTurn() the turns are, for the speaker to name them
    QString m_turnLanguage;
    int m_turnVolume = 100;
    // The engine reports the utterance cut short (Ready) before the new one
    // begins (Speaking): only a Ready after our Speaking ends a turn.
    bool m_awaitingBegin = false;

    QTextToSpeech *m_speech = nullptr;
    QHash<QString, std::optional<std::pair<QLocale, QVoice>>> m_voices;
};
