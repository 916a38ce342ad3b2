#pragma once

#include "content/exhibitdocument.h"
#include "content/mediaroot.h"

#include <QString>

#include <functional>

/** Checks every media file an exhibit names, as the kiosk will use it: the
 *  path stays inside the media root (also after following symbolic links),
 *  the file exists, audio decodes to the end (with libsndfile, as the kiosk
 *  plays it), captions parse, and captions end within their audio.
 *  Problems name the content path, e.g. chapters[2].narration.zh.audio. */
class MediaChecker
{
public:
    // Called before each file: how many are done, of how many, and which.
    using Progress = std::function<void(int done, int total, const QString &file)>;

    explicit MediaChecker(const QString &mediaRoot);

    void setProgress(Progress progress) { m_progress = std::move(progress); }

    [[nodiscard]] ContentProblems check(const ExhibitDocument &document);

private:
    // The file's absolute path if it is a file inside the root, else empty with a problem added.
    QString resolve(const QString &at, const QString &path, ContentProblems &problems) const;

    MediaRoot m_root;
    Progress m_progress;
};
