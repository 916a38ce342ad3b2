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
    void stop();
    // The voice used for a language, by name; empty if there is none.
    QString voiceName(const QString &language);

Q_SIGNALS:
    void started(bool ok);
    void speakingChanged(bool speaking);
    void noVoice(const QString &language);

private:
    // The engine's voice for a language (cached): one of the language's own
    // locale if it has one, else one whose name says the language (espeak-ng
    // files Mandarin under no locale Qt knows: "Chinese (Mandarin, …)").
    [[nodiscard]] std::optional<std::pair<QLocale, QVoice>> findVoice(const QString &language);

    QTextToSpeech *m_speech = nullptr;
    QHash<QString, std::optional<std::pair<QLocale, QVoice>>> m_voices;
};
