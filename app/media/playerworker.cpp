#include "media/playerworker.h"

#include <QAudioOutput>

void PlayerWorker::createPlayer()
{
    m_player = new QMediaPlayer(this);
    m_output = new QAudioOutput(this);
    m_output->setVolume(m_volume);
    m_player->setAudioOutput(m_output);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this,
            [this](QMediaPlayer::MediaStatus status) {
                Q_EMIT mediaStatusChanged(m_track, status, m_player->errorString());
            });
    connect(
        m_player, &QMediaPlayer::playbackStateChanged, this,
        [this](QMediaPlayer::PlaybackState state) { Q_EMIT playbackStateChanged(m_track, state); });
    connect(m_player, &QMediaPlayer::positionChanged, this,
            [this](qint64 position) { Q_EMIT positionChanged(m_track, position); });
    connect(m_player, &QMediaPlayer::durationChanged, this,
            [this](qint64 duration) { Q_EMIT durationChanged(m_track, duration); });
    connect(
        m_player, &QMediaPlayer::errorOccurred, this,
        [this](QMediaPlayer::Error, const QString &message) { Q_EMIT failed(m_track, message); });
}

void PlayerWorker::load(int track, const QUrl &source)
{
    // The track first: setSource() reports the new track's loading at once.
    m_track = track;
    if (!m_player) {
        if (source.isEmpty())
            return;
        createPlayer();
    }
    // No stop() first: in Qt 6.4's GStreamer player it seeks the old track to
    // its start, one more flush racing the decoder (bench/soak.sh found the
    // deadlock this way). setSource() alone tears the old track down.
    m_player->setSource(source);
}

void PlayerWorker::play()
{
    if (m_player)
        m_player->play();
}

void PlayerWorker::pause()
{
    if (m_player)
        m_player->pause();
}

void PlayerWorker::setPosition(qint64 positionMs)
{
    if (m_player)
        m_player->setPosition(positionMs);
}

void PlayerWorker::setVolume(float linear)
{
    m_volume = linear;
    if (m_output)
        m_output->setVolume(linear);
}
