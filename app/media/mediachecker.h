#pragma once

#include "content/exhibitdocument.h"
#include "content/mediaroot.h"

#include <QString>

#include <functional>

/** Checks every media file an exhibit names, as the kiosk will use it: the
 *  path stays inside the media root (also after following symbolic links),
 *  the file exists, pictures can be read, audio decodes to the end (with
 *  libsndfile, as the kiosk plays it), captions parse, and captions end
 *  within their audio. Problems name the content path, e.g.
 *  chapters[2].narration.zh.audio. The checks of one file are also there on
 *  their own, for a file a curator is about to add (Exhibit Studio). */
class MediaChecker
{
public:
    // Called before each file: how many are done, of how many, and which.
    using Progress = std::function<void(int done, int total, const QString &file)>;

    explicit MediaChecker(const QString &mediaRoot);

    void setProgress(Progress progress) { m_progress = std::move(progress); }

    [[nodiscard]] ContentProblems check(const ExhibitDocument &document);

    // Each names the file as `name` in its words, which are empty if it is fine.
    [[nodiscard]] static QString imageProblem(const QString &file, const QString &name);
    // The length as decoded, or -1 with *problem.
    [[nodiscard]] static qint64 audioLengthMs(const QString &file, const QString &name,
                                              QString *problem);
    // Every problem of a captions file on its own; *endMs: where its last cue ends.
    [[nodiscard]] static QStringList captionsProblems(const QString &file, const QString &name,
                                                      qint64 *endMs);
    // Captions ending at `captionsEndMs` against audio `audioLengthMs` long.
    [[nodiscard]] static QString captionsFitProblem(const QString &name, qint64 captionsEndMs,
                                                    qint64 audioLengthMs);

private:
    // The file's absolute path if it is a file inside the root, else empty with a problem added.
    QString resolve(const QString &at, const QString &path, ContentProblems &problems) const;

    MediaRoot m_root;
    Progress m_progress;
};
