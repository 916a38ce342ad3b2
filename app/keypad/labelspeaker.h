#pragma once

#include <QObject>
#include <QQmlEngine>

class QThread;
class SpeechWorker;

/** Speaks what the keypad's focus ring lands on ("Next chapter", "岳飞"),
 *  in the visitor's language, through the system's speech synthesis (Qt
 *  TextToSpeech; on the gallery PC speech-dispatcher with espeak-ng, which
 *  speaks English and Mandarin offline). Each new label cuts the last one
 *  short, as a visitor moving quickly expects. Without a working engine the
 *  keypad still works, silently, and the log and admin panel say why. */
class LabelSpeaker : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool available READ isAvailable NOTIFY availableChanged)
    Q_PROPERTY(QString engine READ engine NOTIFY availableChanged)
    Q_PROPERTY(bool speaking READ isSpeaking NOTIFY speakingChanged)
    // The last text handed to the engine (tests and the log read it).
    Q_PROPERTY(QString lastText READ lastText NOTIFY spoke)

public:
    explicit LabelSpeaker(QObject *parent = nullptr);
    ~LabelSpeaker() override;

    // "speechd" or "flite" (Qt's engine names); empty: spoken labels off.
    // The engine starts, on a thread of its own, when prepare() is called or
    // the first label is said.
    void setEngine(const QString &engine);
    // Starts the engine now, so the first label is not late (the kiosk calls
    // this once its first frame is shown; tests leave it to the first label).
    void prepare();
    [[nodiscard]] QString engine() const { return m_engine; }
    void setLanguage(const QString &language); // "en", "zh": picks the voice
    void setVolume(int percent); // 0–100, as the narration

    [[nodiscard]] bool isAvailable() const;
    [[nodiscard]] bool isSpeaking() const;
    [[nodiscard]] QString lastText() const { return m_lastText; }
    // The voice used for a language, by name; empty if the engine has none
    // for it. Waits for the engine to start (for tests and diagnostics).
    [[nodiscard]] Q_INVOKABLE QString voiceName(const QString &language);

public Q_SLOTS:
    void say(const QString &text);
    // Says each text once the last has ended (the screen reader reading on),
    // with turnStarted(i) as each begins; say() or stop() cuts the rest.
    void sayInTurn(const QStringList &texts);
    void stop();

Q_SIGNALS:
    void availableChanged();
    void speakingChanged();
    void spoke(const QString &text);
    void turnStarted(int index);

private:
    bool ensureEngine();
    void stopEngine();
    void onStarted(bool ok);

    QString m_engine;
    QString m_language = QStringLiteral("en");
    int m_volume = 100;
    QThread *m_thread = nullptr;
    SpeechWorker *m_worker = nullptr;
    bool m_speaking = false;
    bool m_starting = false; // the engine's start was asked for and has not answered
    QString m_lastText;
    QStringList m_turns; // what sayInTurn() was given, to name each turn as it starts
    int m_batch = 0; // counts sayInTurn() calls: a turn of an earlier one is not named
    bool m_engineFailed = false;
    bool m_warnedNoVoice = false;
};
