#include "media/mediachecker.h"

#include "media/audiofile.h"
#include "media/captiontrack.h"

#include <QDir>
#include <QFileInfo>

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
        if (media.kind == MediaFile::Audio) {
            QString error;
            const qint64 length = AudioFile::decodedDurationMs(file, &error);
            if (length < 0)
                problems.append(
                    { media.at,
                      QStringLiteral("%1: cannot be played: %2").arg(media.path, error) });
            else
                audioLengths.insert(media.at, length);
        } else if (media.kind == MediaFile::Captions) {
            const CaptionTrack captions = CaptionTrack::load(file);
            for (const QString &warning : captions.warnings())
                problems.append({ media.at, warning });
            if (captions.isEmpty() && captions.warnings().isEmpty())
                problems.append(
                    { media.at, QStringLiteral("%1: no captions in the file").arg(media.path) });
            const qint64 audioLength = audioLengths.value(media.audioAt, -1);
            const qint64 end = captions.isEmpty() ? 0 : captions.cues().constLast().endMs;
            if (audioLength >= 0 && end > audioLength + captionSlackMs)
                problems.append(
                    { media.at,
                      QStringLiteral("%1: the captions run to %2 s but the audio ends at %3 s")
                          .arg(media.path)
                          .arg(end / 1000.0, 0, 'f', 1)
                          .arg(audioLength / 1000.0, 0, 'f', 1) });
        }
    }
    if (m_progress)
        m_progress(int(files.size()), int(files.size()), QString());
    return problems;
}
