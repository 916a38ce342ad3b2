#pragma once

#include "media/audiofile.h"
#include "media/decodedaudiodevice.h"

#include <QAudio>
#include <QAudioDevice>
#include <QObject>
#include <QTimer>

class QAudioSink;

/** Plays one audio file at a time through a QAudioSink, on the thread it
 *  lives on (NarrationPlayer's audio thread): libsndfile decodes as the sink
 *  pulls, so nothing on the visitor's screen waits for the audio system.
 *  The position is what the sink has actually played. Every report names
 *  the track it belongs to, so one still on its way from the track before is
 *  told apart from the new one's. */
class AudioTrackPlayer : public QObject
{
    Q_OBJECT

public:
    explicit AudioTrackPlayer(const QAudioDevice &output, QObject *parent = nullptr);
    ~AudioTrackPlayer() override;

    // Called on the player's thread only. An empty fileName unloads.
    void load(int track, const QString &fileName);
    void play();
    void pause();
    void seek(qint64 positionMs);
    void setVolume(float linear);

Q_SIGNALS:
    void loaded(int track, qint64 durationMs);
    void playing(int track);
    void paused(int track);
    void finished(int track);
    void failed(int track, const QString &message);
    void positionChanged(int track, qint64 positionMs);

private:
    // What the sink holds ahead of the speaker: what a pause or seek lags by.
    static constexpr qint64 bufferMicroseconds = 200000;

    // Resumes, or starts the sink on the file where it stands; false (and
    // failed() reported) when the audio output cannot be opened.
    bool startPlaying();
    // Whether the sink can open the output: tried at the first load and at
    // each load after the output failed (the audio server may be back).
    bool outputWorks();
    static QString noOutput();
    // Puts the file and the sink's source at positionMs.
    bool moveTo(qint64 positionMs);
    void stopSink();
    void onSinkState(QAudio::State state);
    void reportPosition();
    [[nodiscard]] qint64 playedMs() const;
    void finish();

    QAudioDevice m_output;
    AudioFile m_file;
    DecodedAudioDevice m_device;
    QAudioSink *m_sink = nullptr;
    QTimer m_positionTimer;
    QTimer m_drainTimeout;
    QString m_fileName;
    int m_track = 0;
    float m_volume = 1.0F;
    bool m_playing = false;
    bool m_closing = false; // being destroyed: commands still queued do nothing
    bool m_outputWorks = false;
    bool m_draining = false; // the last frames are decoded; the sink plays what it holds
    qint64 m_startMs = 0; // where in the track the sink started
    qint64 m_positionMs = 0;
};
