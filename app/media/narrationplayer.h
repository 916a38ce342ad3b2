#pragma once

#include <QObject>
#include <QUrl>

class QAudioOutput;
class QMediaPlayer;

/** The one place that touches Qt Multimedia: a QMediaPlayer and its
 *  QAudioOutput, reduced to what narration needs. Decoding stays in the
 *  backend (GStreamer), so any format it plays works.
 *
 *  The player and audio output are made on the first load, not before: a
 *  kiosk that never plays narration never connects to the audio server, and
 *  a process that exits moments after starting (--benchmark-startup, a test)
 *  never tears a half-made PulseAudio connection down, which Qt 6.4 can abort on. */
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

    void load(const QUrl &source);
    void unload();
    void play();
    void pause();
    void seek(qint64 positionMs);
    void setVolume(int percent); // 0–100, perceived loudness

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QUrl source() const { return m_source; }
    [[nodiscard]] qint64 position() const;
    [[nodiscard]] qint64 duration() const;
    [[nodiscard]] QString errorString() const { return m_error; }

Q_SIGNALS:
    void stateChanged(NarrationPlayer::State state);
    void positionChanged(qint64 positionMs);
    void durationChanged(qint64 durationMs);

private:
    void setState(State state);
    void updateFromMediaStatus();
    void updateFromPlaybackState();
    void createPlayer();
    [[nodiscard]] bool endedEarly() const;

    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_output = nullptr;
    int m_volume = 100;
    QUrl m_source;
    bool m_playedThisTrack = false; // the end of a track that never played is the last one's
    bool m_resumedAfterEarlyEnd = false; // a second early end is a real one
    qint64 m_lastPosition = 0; // where the track was while it played
    State m_state = State::Empty;
    QString m_error;
};
