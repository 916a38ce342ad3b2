#pragma once

#include <QIODevice>

class AudioFile;

/** The pull source a QAudioSink reads: each read decodes as many frames of
 *  the AudioFile as the sink asks for (a period, about 20 ms), so what is
 *  decoded ahead is bounded by the sink's own buffer. A decoding error (the
 *  file overwritten while it plays) ends the track where it happened. */
class DecodedAudioDevice : public QIODevice
{
    Q_OBJECT

public:
    explicit DecodedAudioDevice(AudioFile *file, QObject *parent = nullptr);

    // Called after the file was opened or moved: reads go on from there.
    void restart();

    [[nodiscard]] bool isSequential() const override { return true; }
    [[nodiscard]] bool atEnd() const override { return m_ended; }
    [[nodiscard]] qint64 bytesAvailable() const override;
    // How much has been decoded for the sink since restart().
    [[nodiscard]] qint64 deliveredMs() const;
    // Why the track ended before its last frame; empty if it did not.
    [[nodiscard]] const QString &error() const { return m_error; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    AudioFile *m_file;
    qint64 m_delivered = 0; // frames
    bool m_ended = false;
    QString m_error;
};
