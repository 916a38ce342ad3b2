#pragma once

#include "qmlsingleton.h"

#include <QHash>
#include <QObject>
#include <QQmlEngine>
#include <QVoice>

#include <optional>

class QTextToSpeech;

/** Speaks what the keypad's focus ring lands on ("Next chapter", "岳飞"),
 *  in the visitor's language, through the system's speech synthesis (Qt
 *  TextToSpeech; on the gallery PC speech-dispatcher with espeak-ng, which
 *  speaks English and Mandarin offline). Each new label cuts the last one
 *  short, as a visitor moving quickly expects. Without a working engine the
 *  keypad still works, silently, and the log and admin panel say why. */
class LabelSpeaker : public QObject, public QmlSingleton<LabelSpeaker>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool available READ isAvailable NOTIFY availableChanged)
    Q_PROPERTY(QString engine READ engine NOTIFY availableChanged)
    Q_PROPERTY(bool speaking READ isSpeaking NOTIFY speakingChanged)
    // The last text handed to the engine (tests and the log read it).
    Q_PROPERTY(QString lastText READ lastText NOTIFY spoke)

public:
    explicit LabelSpeaker(QObject *parent); // no default: see QmlSingleton
    ~LabelSpeaker() override;

    // "speechd" or "flite" (Qt's engine names); empty: spoken labels off.
    // The engine starts when the first label is said.
    void setEngine(const QString &engine);
    [[nodiscard]] QString engine() const { return m_engine; }
    void setLanguage(const QString &language); // "en", "zh": picks the voice
    void setVolume(int percent); // 0–100, as the narration

    [[nodiscard]] bool isAvailable() const;
    [[nodiscard]] bool isSpeaking() const;
    [[nodiscard]] QString lastText() const { return m_lastText; }
    // The voice used for a language, by name; empty if the engine has none for it.
    [[nodiscard]] Q_INVOKABLE QString voiceName(const QString &language);

public Q_SLOTS:
    void say(const QString &text);
    void stop();

Q_SIGNALS:
    void availableChanged();
    void speakingChanged();
    void spoke(const QString &text);

private:
    // The engine's voice for a language (cached): one of the language's own
    // locale if it has one, else one whose name says the language (espeak-ng
    // files Mandarin under no locale Qt knows: "Chinese (Mandarin, …)").
    [[nodiscard]] std::optional<std::pair<QLocale, QVoice>> findVoice(const QString &language);
    bool ensureEngine();

    QString m_engine;
    QString m_language = QStringLiteral("en");
    int m_volume = 100;
    QTextToSpeech *m_speech = nullptr;
    QHash<QString, std::optional<std::pair<QLocale, QVoice>>> m_voices;
    QString m_lastText;
    bool m_engineFailed = false;
    bool m_warnedNoVoice = false;
};
