#pragma once

#include <QString>

struct sf_private_tag;

/** One audio file opened for decoding with libsndfile (Ogg Opus and Vorbis,
 *  FLAC, WAV, MP3, ...): frames come out as interleaved 32-bit floats, and
 *  seeking is to the exact frame. Used by the narration player and by the
 *  curator's media check, so both read a recording the same way. */
class AudioFile
{
public:
    AudioFile() = default;
    ~AudioFile();
    AudioFile(const AudioFile &) = delete;
    AudioFile &operator=(const AudioFile &) = delete;

    // Opens `fileName` and decodes its first frames, so a file that opens
    // but holds no sound (cut off after its headers) is refused here.
    bool open(const QString &fileName, QString *error);
    void close();
    [[nodiscard]] bool isOpen() const { return m_file != nullptr; }

    [[nodiscard]] int sampleRate() const { return m_sampleRate; }
    [[nodiscard]] int channels() const { return m_channels; }
    // As the file's headers say (a damaged file may hold fewer); 0 if unknown.
    [[nodiscard]] qint64 frames() const { return m_frames; }
    [[nodiscard]] qint64 durationMs() const { return framesToMs(m_frames); }
    [[nodiscard]] qint64 framesToMs(qint64 frames) const;
    [[nodiscard]] qint64 msToFrames(qint64 ms) const;

    // Decodes up to `frames` frames into `into` (frames × channels floats).
    // Returns how many; 0 at the end, or on a decoding error (in *error).
    qint64 read(float *into, qint64 frames, QString *error);
    // The next frame read() decodes.
    [[nodiscard]] qint64 position() const;
    // Moves to `frame` (clamped to the file); false with *error if it cannot.
    bool seek(qint64 frame, QString *error);

    // Decodes the whole file and returns its length in milliseconds as
    // decoded (not as the headers claim), or -1 with *error.
    static qint64 decodedDurationMs(const QString &fileName, QString *error);

private:
    [[nodiscard]] QString lastError() const;

    sf_private_tag *m_file = nullptr;
    int m_sampleRate = 0;
    int m_channels = 0;
    qint64 m_frames = 0;
};
