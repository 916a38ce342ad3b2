#include "media/decodedaudiodevice.h"

#include "media/audiofile.h"

DecodedAudioDevice::DecodedAudioDevice(AudioFile *file, QObject *parent)
    : QIODevice(parent)
    , m_file(file)
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

void DecodedAudioDevice::restart()
{
    m_ended = !m_file->isOpen();
    m_delivered = 0;
    m_error.clear();
}

qint64 DecodedAudioDevice::bytesAvailable() const
{
    // What is left of the track (the sink starts a short one without
    // waiting for a full buffer); a period's worth if the length is unknown.
    if (m_ended)
        return 0;
    const qint64 frames = m_file->frames() > 0 ? m_file->frames() - m_file->position() : 4096;
    return std::max<qint64>(0, frames) * qint64(m_file->channels()) * qint64(sizeof(float));
}

qint64 DecodedAudioDevice::deliveredMs() const { return m_file->framesToMs(m_delivered); }

qint64 DecodedAudioDevice::readData(char *data, qint64 maxSize)
{
    const qint64 frameBytes = qint64(m_file->channels()) * qint64(sizeof(float));
    if (m_ended || frameBytes == 0)
        return 0;
    const qint64 got
        = m_file->read(reinterpret_cast<float *>(data), maxSize / frameBytes, &m_error);
    if (got == 0)
        m_ended = true;
    m_delivered += got;
    return got * frameBytes;
}
