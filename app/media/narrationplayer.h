#pragma once

#include <QObject>
#include <QUrl>

#include <functional>

class AudioTrackPlayer;
class QThread;

/** Narration's player: load, play, pause, seek and volume for one track at a
 *  time, and a state the kiosk can rely on. libsndfile decodes (Ogg Opus and
 *  Vorbis, FLAC, WAV, MP3) and Qt Multimedia's QAudioSink plays, both on an
 *  audio thread of their own (AudioTrackPlayer), so the visitor's screen
 *  never waits for the audio system; no GStreamer pipeline is involved.
 *
 *  The audio thread is made on the first load, not before: a kiosk that
 *  never plays narration never connects to the audio server. */
class NarrationPlayer : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Empty, // nothing loaded
        Loading,
        Ready, // loaded, at the start or stopped
        Playing,
        Paused,
        Finished,
        Failed, // missing, unreadable or undecodable, or no audio output; see errorString()
    };
    Q_ENUM(State)

    explicit NarrationPlayer(QObject *parent = nullptr);
    ~NarrationPlayer() override;

    void load(const QUrl &source);
    void unload();
    void play();
    void pause();
    void seek(qint64 positionMs);
    void setVolume(int percent); // 0–100, perceived loudness
    // The audio thread has not answered (Qt 6.4's PulseAudio sink waits for
    // good for a stream a dying or hung audio server never readies): leave
    // it behind, and start a new one at the next load, so narration comes
    // back with the server instead of staying silent until a restart.
    void abandonAudioThread();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QUrl source() const { return m_source; }
    [[nodiscard]] qint64 position() const { return m_position; }
    [[nodiscard]] qint64 duration() const { return m_duration; }
    [[nodiscard]] QString errorString() const { return m_error; }

Q_SIGNALS:
    void stateChanged(NarrationPlayer::State state);
    void positionChanged(qint64 positionMs);
    void durationChanged(qint64 durationMs);

private:
    void startAudioThread();
    void send(std::function<void(AudioTrackPlayer *)> command);
    void setState(State state);
    void setPosition(qint64 position);
    void setDuration(qint64 duration);
    // Connects a report of the audio thread's, kept only if it is about the current track.
    template <typename... Args, typename Then>
    void follow(void (AudioTrackPlayer::*report)(int, Args...), Then then);
    [[nodiscard]] float linearVolume() const;

    QThread *m_thread = nullptr;
    AudioTrackPlayer *m_player = nullptr;
    int m_track = 0; // reports for any other track are stale
    int m_volume = 100;
    QUrl m_source;
    qint64 m_position = 0;
    qint64 m_duration = 0;
    State m_state = State::Empty;
    QString m_error;
};
