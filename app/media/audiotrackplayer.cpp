#include "media/audiotrackplayer.h"

#include "media/logging.h"

#include <QAudioFormat>
#include <QAudioSink>
#include <QCoreApplication>
#include <QMediaDevices>

#include <utility>

AudioTrackPlayer::AudioTrackPlayer(const QAudioDevice &output, QObject *parent)
    : QObject(parent)
    , m_output(output)
    , m_device(&m_file, this) // children move to the audio thread with it
    , m_positionTimer(this)
    , m_drainTimeout(this)
{
    m_positionTimer.setInterval(40);
    connect(&m_positionTimer, &QTimer::timeout, this, &AudioTrackPlayer::reportPosition);
    // The sink says it is idle when it has taken the last frames, not when
    // they have been heard; if its clock stops short of them, end anyway.
    m_drainTimeout.setSingleShot(true);
    m_drainTimeout.setInterval(3000);
    connect(&m_drainTimeout, &QTimer::timeout, this, &AudioTrackPlayer::finish);
}

AudioTrackPlayer::~AudioTrackPlayer()
{
    stopSink();
    // Qt 6.4's PulseAudio sink runs the event loop in its destructor: the
    // commands still queued for this player must not run on it half
    // destroyed (UndefinedBehaviorSanitizer caught one), nor touch the sink.
    m_closing = true;
    QCoreApplication::removePostedEvents(this);
    if (m_sink)
        m_sink->disconnect(this);
    delete std::exchange(m_sink, nullptr);
}

void AudioTrackPlayer::load(int track, const QString &fileName)
{
    if (m_closing)
        return;
    stopSink();
    m_track = track;
    m_fileName = fileName;
    m_startMs = 0;
    m_positionMs = 0;
    m_file.close();
    if (fileName.isEmpty())
        return;
    if (QMediaDevices::audioOutputs().isEmpty()) {
        m_outputWorks = false;
        Q_EMIT failed(track, noOutput());
        return;
    }
    QString error;
    if (!m_file.open(fileName, &error)) {
        Q_EMIT failed(track, error);
        return;
    }
    m_device.restart();
    QAudioFormat format;
    format.setSampleRate(m_file.sampleRate());
    format.setChannelCount(m_file.channels());
    format.setSampleFormat(QAudioFormat::Float);
    if (!m_sink || m_sink->format() != format) {
        delete m_sink;
        m_sink = new QAudioSink(m_output, format, this);
        m_sink->setVolume(m_volume);
        connect(m_sink, &QAudioSink::stateChanged, this, &AudioTrackPlayer::onSinkState);
    }
    // Said at load rather than when play starts: a track that loaded and then
    // failed would show the chapter playable for a moment each time.
    if (!outputWorks()) {
        m_file.close();
        Q_EMIT failed(track, noOutput());
        return;
    }
    Q_EMIT loaded(track, m_file.durationMs());
}

void AudioTrackPlayer::play()
{
    if (m_closing || !m_sink || !m_file.isOpen() || m_playing)
        return;
    // Played to the end: from the start again.
    if (m_sink->state() != QAudio::SuspendedState && m_device.atEnd() && !moveTo(0))
        return;
    if (startPlaying())
        Q_EMIT playing(m_track);
}

void AudioTrackPlayer::pause()
{
    if (!m_playing || !m_sink)
        return;
    m_playing = false;
    m_positionTimer.stop();
    if (m_sink->state() != QAudio::StoppedState)
        m_sink->suspend();
    reportPosition();
    Q_EMIT paused(m_track);
}

void AudioTrackPlayer::seek(qint64 positionMs)
{
    if (m_closing || !m_sink || !m_file.isOpen())
        return;
    const bool wasPlaying = m_playing;
    stopSink();
    if (!moveTo(positionMs))
        return;
    m_positionMs = positionMs;
    Q_EMIT positionChanged(m_track, positionMs);
    if (wasPlaying)
        startPlaying();
}

void AudioTrackPlayer::setVolume(float linear)
{
    m_volume = linear;
    if (m_sink)
        m_sink->setVolume(linear);
}

bool AudioTrackPlayer::outputWorks()
{
    if (m_outputWorks)
        return true;
    // Known to have failed, or not tried yet: open it once, without sound.
    QSignalBlocker quiet(m_sink);
    m_sink->start();
    m_outputWorks = m_sink->error() == QAudio::NoError;
    m_sink->stop();
    return m_outputWorks;
}

QString AudioTrackPlayer::noOutput()
{
    return QStringLiteral("there is no working audio output (is the audio server running?)");
}

bool AudioTrackPlayer::moveTo(qint64 positionMs)
{
    QString error;
    if (!m_file.seek(m_file.msToFrames(positionMs), &error)) {
        qCWarning(lcNarration).noquote() << m_fileName << "cannot seek:" << error;
        return false;
    }
    m_device.restart();
    m_startMs = positionMs;
    return true;
}

bool AudioTrackPlayer::startPlaying()
{
    if (m_sink->state() == QAudio::SuspendedState) {
        m_sink->resume();
    } else {
        m_draining = false;
        // Asked afresh each time: Qt 6.4's PulseAudio sink keeps the buffer the
        // server granted last and asks for that, and with PulseAudio adjusting
        // latency the grant shrinks at every start until sound breaks up (seen
        // after a dozen seeks).
        m_sink->setBufferSize(m_sink->format().bytesForDuration(bufferMicroseconds));
        m_sink->start(&m_device);
        if (m_sink->error() != QAudio::NoError) {
            m_outputWorks = false;
            Q_EMIT failed(m_track, noOutput());
            return false;
        }
    }
    m_playing = true;
    m_positionTimer.start();
    return true;
}

void AudioTrackPlayer::stopSink()
{
    m_playing = false;
    m_draining = false;
    m_positionTimer.stop();
    m_drainTimeout.stop();
    if (m_sink && m_sink->state() != QAudio::StoppedState) {
        // A stop while it plays is not an error, nor the end of the track.
        QSignalBlocker quiet(m_sink);
        m_sink->stop();
    }
}

qint64 AudioTrackPlayer::playedMs() const
{
    const qint64 played = m_startMs + (m_sink ? m_sink->processedUSecs() / 1000 : 0);
    return m_file.frames() > 0 ? std::min(played, m_file.durationMs()) : played;
}

void AudioTrackPlayer::reportPosition()
{
    const qint64 position = playedMs();
    if (position != m_positionMs) {
        m_positionMs = position;
        Q_EMIT positionChanged(m_track, position);
    }
    // Everything decoded has been heard: the end of the track.
    if (m_draining && m_sink->processedUSecs() / 1000 >= m_device.deliveredMs())
        finish();
}

void AudioTrackPlayer::onSinkState(QAudio::State state)
{
    const QAudio::Error error = m_sink->error();
    if (state == QAudio::StoppedState
        && (error == QAudio::FatalError || error == QAudio::OpenError
            || error == QAudio::IOError)) {
        // The audio server went away (or never was): this track is over;
        // the next load opens the output afresh.
        stopSink();
        m_outputWorks = false;
        Q_EMIT failed(m_track, noOutput());
        return;
    }
    if (state == QAudio::IdleState && m_device.atEnd() && m_playing && !m_draining) {
        if (!m_device.error().isEmpty())
            qCWarning(lcNarration).noquote()
                << m_fileName << "stops early, at" << playedMs() << "ms:" << m_device.error();
        m_draining = true;
        m_drainTimeout.start();
    }
}

void AudioTrackPlayer::finish()
{
    if (!m_draining)
        return;
    stopSink();
    m_positionMs = m_startMs + m_device.deliveredMs();
    Q_EMIT positionChanged(m_track, m_positionMs);
    Q_EMIT finished(m_track);
}
