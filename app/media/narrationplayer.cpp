#include "narrationplayer.h"

#include "logging.h"

#include <QAudio>
#include <QAudioOutput>
#include <QMediaPlayer>

NarrationPlayer::NarrationPlayer(QObject *parent)
    : QObject(parent)
{
}

void NarrationPlayer::createPlayer()
{
    m_player = new QMediaPlayer(this);
    m_output = new QAudioOutput(this);
    setVolume(m_volume);
    m_player->setAudioOutput(m_output);
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 position) {
        if (m_player->playbackState() == QMediaPlayer::PlayingState)
            m_lastPosition = position;
        Q_EMIT positionChanged(position);
    });
    connect(m_player, &QMediaPlayer::durationChanged, this, &NarrationPlayer::durationChanged);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, &NarrationPlayer::updateFromMediaStatus);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &NarrationPlayer::updateFromPlaybackState);
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &message) {
        m_error = message.isEmpty() ? QStringLiteral("the audio could not be played") : message;
        setState(State::Failed);
    });
}

void NarrationPlayer::load(const QUrl &source)
{
    m_error.clear();
    m_source = source;
    m_playedThisTrack = false;
    m_resumedAfterEarlyEnd = false;
    m_lastPosition = 0;
    // State first: the old track's "stopped" must not read as the new one being ready.
    setState(source.isEmpty() ? State::Empty : State::Loading);
    if (!m_player) {
        if (source.isEmpty())
            return;
        createPlayer();
    }
    // No stop() first: in Qt 6.4's GStreamer player it seeks the old track
    // to its start, which makes the decoder announce its output again, and
    // a setSource() racing that announcement deadlocks the GUI thread
    // (found by bench/soak.sh). setSource() alone tears the old track down.
    m_player->setSource(source);
}

void NarrationPlayer::unload()
{
    load({});
}

void NarrationPlayer::play()
{
    if (m_state == State::Failed || m_state == State::Empty || !m_player)
        return;
    if (m_state == State::Finished)
        m_player->setPosition(0);
    m_player->play();
}

void NarrationPlayer::pause()
{
    if (m_state == State::Playing && m_player)
        m_player->pause();
}

void NarrationPlayer::seek(qint64 positionMs)
{
    if (m_state == State::Failed || m_state == State::Empty || !m_player)
        return;
    m_player->setPosition(std::clamp<qint64>(positionMs, 0, std::max<qint64>(0, duration())));
    if (m_state == State::Finished)
        setState(State::Paused);
}

void NarrationPlayer::setVolume(int percent)
{
    m_volume = std::clamp(percent, 0, 100);
    if (!m_output)
        return;
    // Linear amplitude sounds uneven to the ear; map the 0–100 setting as loudness.
    const qreal loudness = m_volume / 100.0;
    m_output->setVolume(QAudio::convertVolume(loudness, QAudio::LogarithmicVolumeScale, QAudio::LinearVolumeScale));
}

qint64 NarrationPlayer::position() const
{
    return m_player ? m_player->position() : 0;
}

qint64 NarrationPlayer::duration() const
{
    return m_player ? m_player->duration() : 0;
}

void NarrationPlayer::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

bool NarrationPlayer::endedEarly() const
{
    // Lenient: GStreamer's last position report can trail the true end.
    const qint64 duration = m_player->duration();
    return duration > 0 && m_player->position() + 1500 < duration;
}

void NarrationPlayer::updateFromMediaStatus()
{
    if (m_state == State::Failed)
        return;
    switch (m_player->mediaStatus()) {
    case QMediaPlayer::LoadedMedia:
        if (m_state == State::Loading)
            setState(State::Ready);
        break;
    case QMediaPlayer::EndOfMedia:
        // Only a track that was under way can end: an end reported while a
        // new track loads belongs to the one before it (seen with GStreamer
        // on a loaded machine) and must not mark the new chapter finished.
        if (!m_playedThisTrack)
            break;
        if (endedEarly() && !m_resumedAfterEarlyEnd) {
            // Qt 6.4's GStreamer player can also report an end just after a
            // language switch starts the next track (CI: "0 ms of 130854 ms").
            // Play on once from where it was; a file that truly stops short
            // (damaged, cut) ends for real on the second report.
            m_resumedAfterEarlyEnd = true;
            const qint64 resumeAt = m_lastPosition;
            qCInfo(lcNarration).noquote() << "narration reported its end at" << m_player->position() << "ms of"
                                          << m_player->duration() << "ms; playing on from" << resumeAt << "ms:"
                                          << m_source.toString();
            m_player->play();
            if (resumeAt > 0)
                m_player->setPosition(resumeAt);
            break;
        }
        setState(State::Finished);
        break;
    case QMediaPlayer::InvalidMedia:
        m_error = m_player->errorString().isEmpty() ? QStringLiteral("the audio could not be decoded") : m_player->errorString();
        setState(State::Failed);
        break;
    default:
        break;
    }
}

void NarrationPlayer::updateFromPlaybackState()
{
    // After the end the player reports "stopped"; the state stays Finished
    // until the visitor plays again.
    if (m_state == State::Failed)
        return;
    switch (m_player->playbackState()) {
    case QMediaPlayer::PlayingState:
        m_playedThisTrack = true;
        setState(State::Playing);
        break;
    case QMediaPlayer::PausedState:
        setState(State::Paused);
        break;
    case QMediaPlayer::StoppedState:
        if (m_state == State::Playing || m_state == State::Paused)
            setState(State::Ready);
        break;
    }
}
