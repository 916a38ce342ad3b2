#pragma once

#include "content/narrationsource.h"
#include "media/captiontrack.h"

#include <QObject>
#include <QQmlEngine>
#include <QSet>
#include <QTimer>
#include <QUrl>

class NarrationPlayer;

/** Chapter narration and its captions. Decides what plays (the chapter on
 *  screen, in the visitor's language), when it starts (autoplay), and which
 *  caption shows at the audio's position; QML only binds to it. A missing or
 *  undecodable file makes narration "unavailable" for that chapter, logged
 *  once, and never stops the exhibit. */
class NarrationController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(bool playing READ isPlaying NOTIFY statusChanged)
    // The narration plays: false once a track has proved unavailable, true
    // once one is ready; while the next loads it keeps what the last was, so
    // the screen does not change shape for the moment a load takes (with no
    // audio output every chapter's track loads and then fails).
    Q_PROPERTY(bool playable READ isPlayable NOTIFY playableChanged)
    // Milliseconds; int is plenty for narration and is what QML handles natively.
    Q_PROPERTY(int position READ position NOTIFY positionChanged)
    Q_PROPERTY(int duration READ duration NOTIFY durationChanged)
    Q_PROPERTY(QString caption READ caption NOTIFY captionChanged)
    // The longest a caption shows at once (CaptionTrack::inReadableParts):
    // the screen keeps room for it, so the page does not move as captions
    // come and go or chapters change.
    Q_PROPERTY(int captionCharacters READ captionCharacters CONSTANT)
    Q_PROPERTY(int captionCjkCharacters READ captionCjkCharacters CONSTANT)
    Q_PROPERTY(bool captionsEnabled READ captionsEnabled WRITE setCaptionsEnabled NOTIFY
                   captionsEnabledChanged)
    // Spoken labels or the screen reader are speaking: a playing narration
    // waits, silent, where it is (its status stays Playing) and goes on when
    // they stop. A visitor hears one voice at a time.
    Q_PROPERTY(bool heldForSpeech READ isHeldForSpeech NOTIFY heldForSpeechChanged)

public:
    enum Status {
        NoNarration, // no chapter on screen, or the chapter has none
        Loading,
        Ready, // at the start, not playing
        Playing,
        Paused,
        Finished,
        Unavailable, // the file is missing or cannot be played
    };
    Q_ENUM(Status)

    // With a narration player of its own (the QML engine makes it this way).
    explicit NarrationController(QObject *parent = nullptr);
    // The player becomes the controller's.
    NarrationController(NarrationPlayer *player, QObject *parent);

    void setAutoplay(bool autoplay) { m_autoplay = autoplay; }
    // A file the player neither loads nor rejects within this time is unavailable.
    void setLoadTimeout(int milliseconds) { m_loadTimeout.setInterval(milliseconds); }
    void setVolume(int percent);
    // The narration that belongs on screen now; an empty source stops it.
    void setSource(const NarrationSource &source);

    [[nodiscard]] Status status() const { return m_status; }
    [[nodiscard]] bool isPlaying() const { return m_status == Playing; }
    [[nodiscard]] bool isPlayable() const { return m_playable; }
    [[nodiscard]] int position() const { return int(m_position); }
    [[nodiscard]] int duration() const { return int(m_duration); }
    [[nodiscard]] QString caption() const { return m_caption; }
    [[nodiscard]] static int captionCharacters() { return CaptionTrack::maxPartCharacters; }
    [[nodiscard]] static int captionCjkCharacters() { return CaptionTrack::maxPartCjkCharacters; }
    [[nodiscard]] bool captionsEnabled() const { return m_captionsEnabled; }
    [[nodiscard]] const CaptionTrack &captions() const { return m_captions; }
    [[nodiscard]] bool isHeldForSpeech() const { return m_held; }
    void setHeldForSpeech(bool held);

public Q_SLOTS:
    void togglePlayback();
    void play();
    void pause();
    void replay();
    void seek(qint64 positionMs);
    void setCaptionsEnabled(bool enabled);
    // A new visitor gets the defaults (captions on).
    void resetPreferences();

Q_SIGNALS:
    void statusChanged();
    void playableChanged();
    void positionChanged();
    void durationChanged();
    void captionChanged();
    void captionsEnabledChanged();
    void heldForSpeechChanged();

private:
    void onPlayerState();
    void becomeUnavailable(const QString &reason);
    void setStatus(Status status);
    void setPosition(qint64 position);
    void updateCaption();
    void reportOnce(const QString &key, const QString &message);

    NarrationPlayer *m_player;
    NarrationSource m_source;
    CaptionTrack m_captions;
    Status m_status = NoNarration;
    qint64 m_position = 0;
    qint64 m_duration = 0;
    QString m_caption;
    bool m_captionsEnabled = true;
    bool m_playable = true;
    bool m_autoplay = true;
    bool m_playWhenReady = false;
    bool m_held = false;
    bool m_resumeAfterHold = false; // held while playing (or asked to play while held)
    QSet<QString> m_reported;
    QTimer m_loadTimeout;
};
