#pragma once

#include <QString>
#include <QUrl>

/** What a chapter's narration is: the audio and captions files the content
 *  names for one chapter and language, already resolved against the media
 *  root (an empty URL: the content names a file that is not there). */
struct NarrationSource
{
    bool exists = false; // the content has narration for this chapter and language
    QUrl audio;
    QString captionsFile;

    friend bool operator==(const NarrationSource &a, const NarrationSource &b)
    {
        return a.exists == b.exists && a.audio == b.audio && a.captionsFile == b.captionsFile;
    }
    friend bool operator!=(const NarrationSource &a, const NarrationSource &b) { return !(a == b); }
};
