#include "controllers/narrationcontroller.h"

#include "media/logging.h"
#include "media/narrationplayer.h"

NarrationController::NarrationController(QObject *parent)
    : NarrationController(new NarrationPlayer, parent)
{ }

NarrationController::NarrationController(NarrationPlayer *player, QObject *parent)
    : QObject(parent)
    , m_player(player)
{
    m_player->setParent(this);
    m_loadTimeout.setSingleShot(true);
    m_loadTimeout.setInterval(10000);
    connect(&m_loadTimeout, &QTimer::timeout, this, [this] {
        if (m_status != Loading)
            return;
        m_player->abandonAudioThread();
        becomeUnavailable(QStringLiteral("the audio did not load within %1 s")
                              .arg(m_loadTimeout.interval() / 1000.0));
    });
    connect(m_player, &NarrationPlayer::stateChanged, this, &NarrationController::onPlayerState);
    connect(m_player, &NarrationPlayer::positionChanged, this, &NarrationController::setPosition);
    connect(m_player, &NarrationPlayer::durationChanged, this, [this](qint64 duration) {
        if (m_duration != duration) {
            m_duration = duration;
            Q_EMIT durationChanged();
        }
    });
}

void NarrationController::setVolume(int percent) { m_player->setVolume(percent); }

void NarrationController::setSource(const NarrationSource &source)
{
    if (source == m_source)
        return;
    m_source = source;
    m_playWhenReady = false;
    m_resumeAfterHold = false;
    m_captions = CaptionTrack();
    setPosition(0);
    m_player->unload();

    if (!source.exists) {
        setStatus(NoNarration);
        return;
    }
    if (source.audio.isEmpty()) {
        // ContentStore has already named the missing file in the log.
        setStatus(Unavailable);
        return;
    }
    if (!source.captionsFile.isEmpty()) // the staff's sound check has none
        m_captions = CaptionTrack::load(source.captionsFile).inReadableParts();
    for (const QString &warning : m_captions.warnings())
        reportOnce(warning, warning);
    m_playWhenReady = m_autoplay;
    setStatus(Loading);
    m_loadTimeout.start();
    m_player->load(source.audio);
}

void NarrationController::onPlayerState()
{
    switch (m_player->state()) {
    case NarrationPlayer::State::Empty:
        break;
    case NarrationPlayer::State::Loading:
        setStatus(Loading);
        break;
    case NarrationPlayer::State::Ready:
        setStatus(Ready);
        // Held, it starts when the speech stops.
        if (m_playWhenReady && !m_held) {
            m_playWhenReady = false;
            m_player->play();
        }
        break;
    case NarrationPlayer::State::Playing:
        setStatus(Playing);
        break;
    case NarrationPlayer::State::Paused:
        // Paused for speech, it is still the visitor's playing narration.
        if (!(m_held && m_resumeAfterHold))
            setStatus(Paused);
        break;
    case NarrationPlayer::State::Finished:
        // A file with headers but no sound "finishes" at once: that is a broken file.
        if (m_duration <= 0) {
            becomeUnavailable(QStringLiteral("the file holds no playable sound"));
            break;
        }
        setPosition(m_duration);
        setStatus(Finished);
        break;
    case NarrationPlayer::State::Failed:
        becomeUnavailable(m_player->errorString());
        break;
    }
}

void NarrationController::becomeUnavailable(const QString &reason)
{
    reportOnce(
        m_source.audio.toString(),
        QStringLiteral("%1: narration unavailable: %2").arg(m_source.audio.toLocalFile(), reason));
    m_captions = CaptionTrack();
    m_resumeAfterHold = false;
    m_player->unload();
    setPosition(0);
    setStatus(Unavailable);
}

void NarrationController::setHeldForSpeech(bool held)
{
    if (m_held == held)
        return;
    m_held = held;
    if (held) {
        if (m_status == Playing) {
            m_resumeAfterHold = true;
            m_player->pause();
        }
    } else if (m_resumeAfterHold) {
        m_resumeAfterHold = false;
        if (m_status == Playing || m_status == Ready)
            m_player->play();
    } else if (m_playWhenReady && m_status == Ready) {
        m_playWhenReady = false;
        m_player->play();
    }
    Q_EMIT heldForSpeechChanged();
}

void NarrationController::togglePlayback()
{
    if (m_status == Playing)
        pause();
    else
        play();
}

void NarrationController::play()
{
    if (m_status == Loading) {
        m_playWhenReady = true;
    } else if (m_status == Ready || m_status == Paused || m_status == Finished) {
        if (!m_held) {
            m_player->play();
            return;
        }
        // Asked for while speech speaks (a double tap on Play): it plays when
        // the speech stops, and shows as playing now.
        m_resumeAfterHold = true;
        setStatus(Playing);
    }
}

void NarrationController::pause()
{
    m_playWhenReady = false;
    if (m_held && m_resumeAfterHold) {
        m_resumeAfterHold = false; // the player is paused already
        setStatus(Paused);
        return;
    }
    m_player->pause();
}

void NarrationController::replay()
{
    if (m_status == Unavailable || m_status == NoNarration)
        return;
    m_player->seek(0);
    play();
}

void NarrationController::seek(qint64 positionMs)
{
    if (m_status == Unavailable || m_status == NoNarration || m_status == Loading)
        return;
    m_player->seek(positionMs);
    // Show the caption for the new place at once, before the player reports it.
    setPosition(std::clamp<qint64>(positionMs, 0, m_duration));
}

void NarrationController::setCaptionsEnabled(bool enabled)
{
    if (m_captionsEnabled == enabled)
        return;
    m_captionsEnabled = enabled;
    Q_EMIT captionsEnabledChanged();
}

void NarrationController::resetPreferences() { setCaptionsEnabled(true); }

void NarrationController::setStatus(Status status)
{
    if (m_status == status)
        return;
    m_status = status;
    if (status != Loading)
        m_loadTimeout.stop();
    qCDebug(lcNarration) << "narration" << status << m_source.audio.fileName();
    Q_EMIT statusChanged();
    if (status != Loading && status != NoNarration && (status != Unavailable) != m_playable) {
        m_playable = status != Unavailable;
        Q_EMIT playableChanged();
    }
    updateCaption();
}

void NarrationController::setPosition(qint64 position)
{
    if (m_position != position) {
        m_position = position;
        Q_EMIT positionChanged();
    }
    updateCaption();
}

void NarrationController::updateCaption()
{
    QString caption;
    if (m_status != Unavailable && m_status != NoNarration && m_status != Finished) {
        const int index = m_captions.cueIndexAt(m_position);
        if (index >= 0)
            caption = m_captions.cues().at(index).text;
    }
    if (caption != m_caption) {
        m_caption = caption;
        Q_EMIT captionChanged();
    }
}

void NarrationController::reportOnce(const QString &key, const QString &message)
{
    if (m_reported.contains(key))
        return;
    m_reported.insert(key);
    qCWarning(lcNarration).noquote() << message;
}
