#pragma once

#include <QMediaPlayer>
#include <QObject>
#include <QUrl>

class QAudioOutput;

/** A QMediaPlayer and its QAudioOutput on a thread of their own, driven by
 *  NarrationPlayer from the GUI thread. Qt 6.4's GStreamer player can
 *  deadlock inside setSource() (docs/PERFORMANCE.md); here that stops this
 *  thread, not the visitor's screen, and NarrationPlayer replaces it.
 *
 *  Every report names the track it belongs to, so a report still on its way
 *  from the track before is told apart from the new one's. */
class PlayerWorker : public QObject
{
    Q_OBJECT

public:
    // Called on the worker's thread only.
    void load(int track, const QUrl &source);
    void play();
    void pause();
    void setPosition(qint64 positionMs);
    void setVolume(float linear);

Q_SIGNALS:
    void mediaStatusChanged(int track, QMediaPlayer::MediaStatus status, const QString &error);
    void playbackStateChanged(int track, QMediaPlayer::PlaybackState state);
    void positionChanged(int track, qint64 positionMs);
    void durationChanged(int track, qint64 durationMs);
    void failed(int track, const QString &message);
    void answered(quint64 command); // a command sent through NarrationPlayer::send() is done

private:
    void createPlayer();

    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_output = nullptr;
    float m_volume = 1.0F;
    int m_track = 0;
};
