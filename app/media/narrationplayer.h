#pragma once

#include <QElapsedTimer>
#include <QMediaPlayer>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>

class PlayerWorker;
class QThread;

/** Narration's player: what the kiosk needs of Qt Multimedia (load, play,
 *  pause, seek, volume) and a state that reads the same whatever the backend
 *  reports. Decoding stays in the backend (GStreamer), so any format it plays
 *  works.
 *
 *  The QMediaPlayer itself runs on a thread of its own (PlayerWorker): Qt
 *  6.4's GStreamer player can deadlock in setSource(), and a player that stops
 *  answering for responseTimeout() is left behind and replaced, the track
 *  reloaded where it was, so the visitor's screen never freezes.
 *
 *  The player thread is made on the first load, not before: a kiosk that
 *  never plays narration never connects to the audio server, and a process
 *  that exits moments after starting (--benchmark-startup, a test) never
 *  tears a half-made PulseAudio connection down, which Qt 6.4 can abort on. */
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
        Failed, // missing, unreadable or undecodable; see errorString()
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

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QUrl source() const { return m_source; }
    [[nodiscard]] qint64 position() const { return m_position; }
    [[nodiscard]] qint64 duration() const { return m_duration; }
    [[nodiscard]] QString errorString() const { return m_error; }

    // How long the player may take over a command before it is replaced.
    [[nodiscard]] int responseTimeout() const { return m_responseTimeoutMs; }
    void setResponseTimeout(int milliseconds) { m_responseTimeoutMs = milliseconds; }
    [[nodiscard]] int replacements() const { return m_replacements; }

Q_SIGNALS:
    void stateChanged(NarrationPlayer::State state);
    void positionChanged(qint64 positionMs);
    void durationChanged(qint64 durationMs);
    // A player stopped answering and was left behind (see above): its
    // memory comes back only with a new process.
    void playerReplaced();

private:
    void setState(State state);
    void onMediaStatus(int track, QMediaPlayer::MediaStatus status, const QString &error);
    void onPlaybackState(int track, QMediaPlayer::PlaybackState state);
    void onPosition(int track, qint64 position);
    void onDuration(int track, qint64 duration);
    void onFailure(int track, const QString &message);
    void resumeAfterEarlyEnd();
    [[nodiscard]] bool endedEarly() const;

    void startPlayerThread();
    void stopPlayerThread();
    void send(std::function<void(PlayerWorker *)> command);
    void checkPlayerAnswers();
    void replaceUnansweringPlayer();
    [[nodiscard]] float linearVolume() const;

    QThread *m_thread = nullptr;
    PlayerWorker *m_worker = nullptr;
    quint64 m_sent = 0; // commands sent to the worker
    quint64 m_answered = 0; // … and done by it
    QElapsedTimer m_waitingSince; // since the oldest command still unanswered was sent
    QTimer m_watchdog;
    int m_responseTimeoutMs = 4000;
    int m_replacements = 0;

    int m_track = 0; // reports for any other track are stale
    int m_volume = 100;
    QUrl m_source;
    qint64 m_position = 0;
    qint64 m_duration = 0;
    bool m_playedThisTrack = false; // the end of a track that never played is the last one's
    bool m_resumedAfterEarlyEnd = false; // a second early end is a real one
    qint64 m_lastPosition = 0; // where the track was while it played
    State m_state = State::Empty;
    QString m_error;
};
