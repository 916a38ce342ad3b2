#include "media/narrationplayer.h"

#include "base/workerthread.h"
#include "media/logging.h"
#include "media/playerworker.h"

#include <QAudio>
#include <QThread>

NarrationPlayer::NarrationPlayer(QObject *parent)
    : QObject(parent)
{
    m_watchdog.setInterval(1000);
    connect(&m_watchdog, &QTimer::timeout, this, &NarrationPlayer::checkPlayerAnswers);
}

NarrationPlayer::~NarrationPlayer() { stopPlayerThread(); }

void NarrationPlayer::startPlayerThread()
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("narration player"));
    m_worker = new PlayerWorker;
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &PlayerWorker::mediaStatusChanged, this, &NarrationPlayer::onMediaStatus);
    connect(m_worker, &PlayerWorker::playbackStateChanged, this, &NarrationPlayer::onPlaybackState);
    connect(m_worker, &PlayerWorker::positionChanged, this, &NarrationPlayer::onPosition);
    connect(m_worker, &PlayerWorker::durationChanged, this, &NarrationPlayer::onDuration);
    connect(m_worker, &PlayerWorker::failed, this, &NarrationPlayer::onFailure);
    connect(m_worker, &PlayerWorker::answered, this, [this, worker = m_worker](quint64 command) {
        if (worker != m_worker)
            return; // a replaced player woke up
        m_answered = command;
        if (m_answered < m_sent)
            m_waitingSince.start();
    });
    m_sent = 0;
    m_answered = 0;
    m_thread->start();
    const float volume = linearVolume();
    send([volume](PlayerWorker *worker) { worker->setVolume(volume); });
}

void NarrationPlayer::stopPlayerThread()
{
    if (!m_thread)
        return;
    m_watchdog.stop();
    disconnect(m_worker, nullptr, this, nullptr);
    if (!WorkerThread::stop(m_thread, 3000))
        qCWarning(lcNarration) << "the narration player did not stop within 3 s; leaving it behind";
    // A thread that stopped is deleted with this object; its player went with it.
    m_thread = nullptr;
    m_worker = nullptr;
}

void NarrationPlayer::send(std::function<void(PlayerWorker *)> command)
{
    const quint64 number = ++m_sent;
    if (number == m_answered + 1)
        m_waitingSince.start();
    if (!m_watchdog.isActive())
        m_watchdog.start();
    PlayerWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, number, command = std::move(command)] {
            command(worker);
            Q_EMIT worker->answered(number);
        },
        Qt::QueuedConnection);
}

void NarrationPlayer::checkPlayerAnswers()
{
    if (m_answered < m_sent) {
        if (m_waitingSince.elapsed() > m_responseTimeoutMs)
            replaceUnansweringPlayer();
        return;
    }
    // Nothing asked: while a track loads or plays, ask anyway, so a player
    // that hangs with nobody touching the screen is found too.
    if (m_state == State::Loading || m_state == State::Playing)
        send([](PlayerWorker *) {});
    else
        m_watchdog.stop();
}

void NarrationPlayer::replaceUnansweringPlayer()
{
    ++m_replacements;
    qCWarning(lcNarration).noquote()
        << "the audio player has not answered for" << m_waitingSince.elapsed()
        << "ms (Qt 6.4's GStreamer player can deadlock); narration goes on with a new player:"
        << m_source.toString();
    disconnect(m_worker, nullptr, this, nullptr);
    WorkerThread::leaveBehind(m_thread);
    m_thread = nullptr;
    m_worker = nullptr;
    m_watchdog.stop();
    Q_EMIT playerReplaced();
    if (m_source.isEmpty() || m_state == State::Failed)
        return; // the next load starts a new one
    startPlayerThread();
    // The same track again, as a new one: whatever the old player still reports is stale.
    const int track = ++m_track;
    const QUrl source = m_source;
    const qint64 resumeAt = m_lastPosition;
    send([track, source](PlayerWorker *worker) { worker->load(track, source); });
    if (m_state == State::Playing)
        send([](PlayerWorker *worker) { worker->play(); });
    if (resumeAt > 0 && (m_state == State::Playing || m_state == State::Paused))
        send([resumeAt](PlayerWorker *worker) { worker->setPosition(resumeAt); });
}

void NarrationPlayer::load(const QUrl &source)
{
    m_error.clear();
    m_source = source;
    const int track = ++m_track;
    m_playedThisTrack = false;
    m_resumedAfterEarlyEnd = false;
    m_lastPosition = 0;
    // State first: the old track's "stopped" must not read as the new one being ready.
    setState(source.isEmpty() ? State::Empty : State::Loading);
    onPosition(track, 0);
    onDuration(track, 0);
    if (!m_thread) {
        if (source.isEmpty())
            return;
        startPlayerThread();
    }
    send([track, source](PlayerWorker *worker) { worker->load(track, source); });
}

void NarrationPlayer::unload() { load({}); }

void NarrationPlayer::play()
{
    if (m_state == State::Failed || m_state == State::Empty || !m_worker)
        return;
    if (m_state == State::Finished)
        send([](PlayerWorker *worker) { worker->setPosition(0); });
    send([](PlayerWorker *worker) { worker->play(); });
}

void NarrationPlayer::pause()
{
    if (m_state == State::Playing && m_worker)
        send([](PlayerWorker *worker) { worker->pause(); });
}

void NarrationPlayer::seek(qint64 positionMs)
{
    if (m_state == State::Failed || m_state == State::Empty || !m_worker)
        return;
    const qint64 position = std::clamp<qint64>(positionMs, 0, std::max<qint64>(0, m_duration));
    send([position](PlayerWorker *worker) { worker->setPosition(position); });
    if (m_state == State::Finished)
        setState(State::Paused);
}

void NarrationPlayer::setVolume(int percent)
{
    m_volume = std::clamp(percent, 0, 100);
    if (!m_worker)
        return;
    const float volume = linearVolume();
    send([volume](PlayerWorker *worker) { worker->setVolume(volume); });
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

void NarrationPlayer::onPosition(int track, qint64 position)
{
    if (track != m_track || m_position == position)
        return;
    m_position = position;
    if (m_state == State::Playing)
        m_lastPosition = position;
    Q_EMIT positionChanged(position);
}

void NarrationPlayer::onDuration(int track, qint64 duration)
{
    if (track != m_track || m_duration == duration)
        return;
    m_duration = duration;
    Q_EMIT durationChanged(duration);
}

void NarrationPlayer::onFailure(int track, const QString &message)
{
    if (track != m_track)
        return;
    m_error = message.isEmpty() ? QStringLiteral("the audio could not be played") : message;
    setState(State::Failed);
}

bool NarrationPlayer::endedEarly() const
{
    // Lenient: GStreamer's last position report can trail the true end.
    return m_duration > 0 && m_position + 1500 < m_duration;
}

void NarrationPlayer::onMediaStatus(int track, QMediaPlayer::MediaStatus status,
                                    const QString &error)
{
    if (track != m_track || m_state == State::Failed)
        return;
    switch (status) {
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
            resumeAfterEarlyEnd();
            break;
        }
        setState(State::Finished);
        break;
    case QMediaPlayer::InvalidMedia:
        m_error = error.isEmpty() ? QStringLiteral("the audio could not be decoded") : error;
        setState(State::Failed);
        break;
    default:
        break;
    }
}

void NarrationPlayer::resumeAfterEarlyEnd()
{
    // Qt 6.4's GStreamer player can report an end just after a language
    // switch starts the next track (CI: "0 ms of 130854 ms"). Play on once
    // from where it was; a file that truly stops short (damaged, cut) ends
    // for real on the second report.
    m_resumedAfterEarlyEnd = true;
    const qint64 resumeAt = m_lastPosition;
    qCInfo(lcNarration).noquote() << "narration reported its end at" << m_position << "ms of"
                                  << m_duration << "ms; playing on from" << resumeAt
                                  << "ms:" << m_source.toString();
    send([](PlayerWorker *worker) { worker->play(); });
    if (resumeAt > 0)
        send([resumeAt](PlayerWorker *worker) { worker->setPosition(resumeAt); });
}

void NarrationPlayer::onPlaybackState(int track, QMediaPlayer::PlaybackState state)
{
    // After the end the player reports "stopped"; the state stays Finished
    // until the visitor plays again.
    if (track != m_track || m_state == State::Failed)
        return;
    switch (state) {
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
