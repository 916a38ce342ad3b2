#include "media/audiofile.h"

#include <QFile>

#include <sndfile.h>

#include <vector>

AudioFile::~AudioFile() { close(); }

void AudioFile::close()
{
    if (m_file)
        sf_close(m_file);
    m_file = nullptr;
    m_sampleRate = 0;
    m_channels = 0;
    m_frames = 0;
}

QString AudioFile::lastError() const { return QString::fromUtf8(sf_strerror(m_file)); }

bool AudioFile::open(const QString &fileName, QString *error)
{
    close();
    SF_INFO info {};
    m_file = sf_open(QFile::encodeName(fileName).constData(), SFM_READ, &info);
    if (!m_file) {
        *error = QString::fromUtf8(sf_strerror(nullptr));
        return false;
    }
    if (info.samplerate <= 0 || info.channels <= 0 || info.channels > 8) {
        *error = QStringLiteral("unsupported: %1 channels at %2 Hz")
                     .arg(info.channels)
                     .arg(info.samplerate);
        close();
        return false;
    }
    m_sampleRate = info.samplerate;
    m_channels = info.channels;
    m_frames = info.frames == SF_COUNT_MAX ? 0 : std::max<qint64>(0, info.frames);
    // Floats in -1..1 whatever the file holds, as Qt's float format expects.
    sf_command(m_file, SFC_SET_NORM_FLOAT, nullptr, SF_TRUE);
    std::vector<float> first(size_t(1024) * size_t(m_channels));
    QString problem;
    if (read(first.data(), 1024, &problem) <= 0 || !seek(0, &problem)) {
        *error = problem.isEmpty() ? QStringLiteral("holds no sound") : problem;
        close();
        return false;
    }
    return true;
}

qint64 AudioFile::framesToMs(qint64 frames) const
{
    return m_sampleRate > 0 ? frames * 1000 / m_sampleRate : 0;
}

qint64 AudioFile::msToFrames(qint64 ms) const { return ms * m_sampleRate / 1000; }

qint64 AudioFile::read(float *into, qint64 frames, QString *error)
{
    if (!m_file)
        return 0;
    const sf_count_t got = sf_readf_float(m_file, into, frames);
    if (got <= 0 && sf_error(m_file) != SF_ERR_NO_ERROR)
        *error = lastError();
    return std::max<qint64>(0, got);
}

qint64 AudioFile::position() const
{
    return m_file ? std::max<qint64>(0, sf_seek(m_file, 0, SEEK_CUR)) : 0;
}

bool AudioFile::seek(qint64 frame, QString *error)
{
    if (!m_file)
        return false;
    const qint64 target = m_frames > 0 ? std::clamp<qint64>(frame, 0, m_frames) : frame;
    if (sf_seek(m_file, target, SEEK_SET) < 0) {
        *error = lastError();
        return false;
    }
    return true;
}

qint64 AudioFile::decodedDurationMs(const QString &fileName, QString *error)
{
    AudioFile file;
    if (!file.open(fileName, error))
        return -1;
    std::vector<float> buffer(size_t(4096) * size_t(file.channels()));
    qint64 frames = 0;
    QString problem;
    // A recording is minutes long; a stream that never ends is refused.
    const qint64 most = qint64(file.sampleRate()) * 4 * 3600;
    while (const qint64 got = file.read(buffer.data(), 4096, &problem)) {
        frames += got;
        if (frames > most) {
            *error = QStringLiteral("decodes to more than 4 hours");
            return -1;
        }
    }
    if (!problem.isEmpty() && frames == 0) {
        *error = problem;
        return -1;
    }
    return file.framesToMs(frames);
}
