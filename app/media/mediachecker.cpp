#include "media/mediachecker.h"

#include "media/audiofile.h"
#include "media/captiontrack.h"

#include <QDir>
#include <QFileInfo>
#include <QImageReader>

namespace {

// Captions may run this much past the audio's end (the last cue's fade).
constexpr qint64 captionSlackMs = 500;

struct MediaFile
{
    QString at;
    QString path;
    enum Kind { Image, Audio, Captions } kind;
    QString audioAt; // captions: the audio they belong to
};

} // namespace

MediaChecker::MediaChecker(const QString &mediaRoot)
    : m_root(mediaRoot)
{ }

QString MediaChecker::resolve(const QString &at, const QString &path,
                              ContentProblems &problems) const
{
    if (!ExhibitValidator::isSafeMediaPath(path))
        return {}; // ExhibitValidator already reports it
    QString problem;
    const QString file = m_root.resolve(path, &problem);
    if (file.isEmpty())
        problems.append({ at, problem });
    return file;
}

ContentProblems MediaChecker::check(const ExhibitDocument &document)
{
    QList<MediaFile> files;
    for (int i = 0; i < document.chapters.size(); ++i) {
        const Chapter &chapter = document.chapters.at(i);
        const QString base = QStringLiteral("chapters[%1]").arg(i);
        files.append({ base + QStringLiteral(".image"), chapter.image, MediaFile::Image, {} });
        for (auto it = chapter.narration.begin(); it != chapter.narration.end(); ++it) {
            const QString at = QStringLiteral("%1.narration.%2").arg(base, it.key());
            files.append({ at + QStringLiteral(".audio"), it->audio, MediaFile::Audio, {} });
            files.append({ at + QStringLiteral(".captions"), it->captions, MediaFile::Captions,
                           at + QStringLiteral(".audio") });
        }
    }
    for (int i = 0; i < document.figures.size(); ++i)
        files.append({ QStringLiteral("figures[%1].portrait").arg(i),
                       document.figures.at(i).portrait,
                       MediaFile::Image,
                       {} });

    ContentProblems problems;
    if (!QFileInfo(m_root.folder()).isDir()) {
        problems.append(
            { QStringLiteral("media"), QStringLiteral("%1: no such folder").arg(m_root.folder()) });
        return problems;
    }
    QHash<QString, qint64> audioLengths; // by content path
    for (int i = 0; i < files.size(); ++i) {
        const MediaFile &media = files.at(i);
        if (m_progress)
            m_progress(i, int(files.size()), media.path);
        const QString file = resolve(media.at, media.path, problems);
        if (file.isEmpty())
            continue;
        if (media.kind == MediaFile::Image) {
            const QString problem = imageProblem(file, media.path);
            if (!problem.isEmpty())
                problems.append({ media.at, problem });
        } else if (media.kind == MediaFile::Audio) {
            QString problem;
            const qint64 length = audioLengthMs(file, media.path, &problem);
            if (length < 0)
                problems.append({ media.at, problem });
            else
                audioLengths.insert(media.at, length);
        } else if (media.kind == MediaFile::Captions) {
            qint64 end = 0;
            for (const QString &problem : captionsProblems(file, media.path, &end))
                problems.append({ media.at, problem });
            const QString fit
                = captionsFitProblem(media.path, end, audioLengths.value(media.audioAt, -1));
            if (!fit.isEmpty())
                problems.append({ media.at, fit });
        }
    }
    if (m_progress)
        m_progress(int(files.size()), int(files.size()), QString());
    return problems;
}

QString MediaChecker::imageProblem(const QString &file, const QString &name)
{
    QImageReader reader(file);
    // A drawing's size comes from parsing all of it; a raster picture's
    // header says its size, and only decoding it finds it cut short. An SVG
    // is not drawn here: that needs fonts, so a running GUI.
    if (!reader.canRead() || !reader.size().isValid())
        return QStringLiteral("%1: cannot be shown: %2").arg(name, reader.errorString());
    if (reader.format() != "svg" && reader.format() != "svgz" && reader.read().isNull())
        return QStringLiteral("%1: cannot be shown: %2").arg(name, reader.errorString());
    return {};
}

qint64 MediaChecker::audioLengthMs(const QString &file, const QString &name, QString *problem)
{
    QString error;
    const qint64 length = AudioFile::decodedDurationMs(file, &error);
    if (length < 0)
        *problem = QStringLiteral("%1: cannot be played: %2").arg(name, error);
    return length;
}

QStringList MediaChecker::captionsProblems(const QString &file, const QString &name, qint64 *endMs)
{
    const CaptionTrack captions = CaptionTrack::load(file);
    QStringList problems = captions.warnings();
    if (captions.isEmpty() && captions.warnings().isEmpty())
        problems << QStringLiteral("%1: no captions in the file").arg(name);
    *endMs = captions.isEmpty() ? 0 : captions.cues().constLast().endMs;
    return problems;
}

QString MediaChecker::captionsFitProblem(const QString &name, qint64 captionsEndMs,
                                         qint64 audioLengthMs)
{
    if (audioLengthMs < 0 || captionsEndMs <= audioLengthMs + captionSlackMs)
        return {};
    return QStringLiteral("%1: the captions run to %2 s but the audio ends at %3 s")
        .arg(name)
        .arg(captionsEndMs / 1000.0, 0, 'f', 1)
        .arg(audioLengthMs / 1000.0, 0, 'f', 1);
}
