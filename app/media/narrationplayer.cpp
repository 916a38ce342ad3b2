#include "media/narrationplayer.h"

#include "base/workerthread.h"
#include "media/audiotrackplayer.h"
#include "media/logging.h"

#include <QAudio>
#include <QMediaDevices>
#include <QThread>

NarrationPlayer::NarrationPlayer(QObject *parent)
    : QObject(parent)
{ }

NarrationPlayer::~NarrationPlayer()
{
    if (m_thread && !WorkerThread::stop(m_thread, 3000))
        qCWarning(lcNarration) << "the audio thread did not stop within 3 s; leaving it behind";
}

template <typename... Args, typename Then>
void NarrationPlayer::follow(void (AudioTrackPlayer::*report)(int, Args...), Then then)
{
    connect(m_player, report, this, [this, then = std::move(then)](int track, Args... args) {
        if (track == m_track)
            then(args...);
    });
}

void NarrationPlayer::startAudioThread()
{
    // The audio system is first asked on this thread, so Qt's connection to
    // the audio server (which reconnects by itself should the server restart)
    // belongs to the thread that lives as long as the kiosk.
    const QAudioDevice output = QMediaDevices::defaultAudioOutput();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("narration audio"));
    m_player = new AudioTrackPlayer(output);
    m_player->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_player, &QObject::deleteLater);
    follow(&AudioTrackPlayer::loaded, [this](qint64 duration) {
        setDuration(duration);
        if (m_state == State::Loading)
            setState(State::Ready);
    });
    follow(&AudioTrackPlayer::playing, [this] { setState(State::Playing); });
    follow(&AudioTrackPlayer::paused, [this] {
        if (m_state == State::Playing)
            setState(State::Paused);
    });
    follow(&AudioTrackPlayer::finished, [this] { setState(State::Finished); });
    follow(&AudioTrackPlayer::failed, [this](const QString &message) {
        m_error = message;
        setState(State::Failed);
    });
    follow(&AudioTrackPlayer::positionChanged, [this](qint64 position) { setPosition(position); });
    m_thread->start();
    const float volume = linearVolume();
    send([volume](AudioTrackPlayer *player) { player->setVolume(volume); });
}

void NarrationPlayer::abandonAudioThread()
{
    if (!m_thread)
        return;
    qCWarning(lcNarration) << "the audio thread is not answering (is the audio server hung?); "
                              "leaving it behind and starting a new one for the next track";
    disconnect(m_player, nullptr, this, nullptr);
    ++m_track; // anything it still says is stale
    WorkerThread::leaveBehind(m_thread);
    m_thread = nullptr;
    m_player = nullptr; // deleted with its thread, should that ever end
}

void NarrationPlayer::send(std::function<void(AudioTrackPlayer *)> command)
{
    AudioTrackPlayer *player = m_player;
    QMetaObject::invokeMethod(
        player, [player, command = std::move(command)] { command(player); }, Qt::QueuedConnection);
}

void NarrationPlayer::load(const QUrl &source)
{
    m_error.clear();
    m_source = source;
    const int track = ++m_track;
    // State first: the old track's reports must not read as the new one's.
    setState(source.isEmpty() ? State::Empty : State::Loading);
    setPosition(0);
    setDuration(0);
    if (!source.isEmpty() && !source.isLocalFile()) {
        m_error = QStringLiteral("%1: narration plays local files only").arg(source.toString());
        setState(State::Failed);
        return;
    }
    if (!m_thread) {
        if (source.isEmpty())
            return;
        startAudioThread();
    }
    const QString file = source.toLocalFile();
    send([track, file](AudioTrackPlayer *player) { player->load(track, file); });
}

void NarrationPlayer::unload() { load({}); }

void NarrationPlayer::play()
{
    if (m_state == State::Failed || m_state == State::Empty || !m_player)
        return;
    if (m_state == State::Finished)
        send([](AudioTrackPlayer *player) { player->seek(0); });
    send([](AudioTrackPlayer *player) { player->play(); });
}

void NarrationPlayer::pause()
{
    if (m_state == State::Playing)
        send([](AudioTrackPlayer *player) { player->pause(); });
}

void NarrationPlayer::seek(qint64 positionMs)
{
    if (m_state == State::Failed || m_state == State::Empty || !m_player)
        return;
    const qint64 position = std::clamp<qint64>(positionMs, 0, std::max<qint64>(0, m_duration));
    send([position](AudioTrackPlayer *player) { player->seek(position); });
    if (m_state == State::Finished)
        setState(State::Paused);
}

void NarrationPlayer::setVolume(int percent)
{
    m_volume = std::clamp(percent, 0, 100);
    if (!m_player)
        return;
    const float volume = linearVolume();
    send([volume](AudioTrackPlayer *player) { player->setVolume(volume); });
}

float NarrationPlayer::linearVolume() const
{
    // Linear amplitude sounds uneven to the ear; the 0–100 setting is loudness.
    const qreal loudness = m_volume / 100.0;
    return float(
        QAudio::convertVolume(loudness, QAudio::LogarithmicVolumeScale, QAudio::LinearVolumeScale));
}

void NarrationPlayer::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void NarrationPlayer::setPosition(qint64 position)
{
    if (m_position == position)
        return;
    m_position = position;
    Q_EMIT positionChanged(position);
}

void NarrationPlayer::setDuration(qint64 duration)
{
    if (m_duration == duration)
        return;
    m_duration = duration;
    Q_EMIT durationChanged(duration);
}
