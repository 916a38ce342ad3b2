#pragma once

#include "content/exhibitdocument.h"

#include <QString>

/** The words a chapter's narration speaks in one language (its title,
 *  subtitle and body, as tools/generate-narration.py reads them) and their
 *  fingerprint, "sha256:" and 64 hexadecimal digits of the words joined by
 *  blank lines, as UTF-8. A narration records the fingerprint of the words it
 *  was made from; when the chapter's words change, it is out of date.
 *  tools/generate-narration.py computes the same fingerprint. */
namespace NarrationText {

[[nodiscard]] QString spokenText(const ChapterText &text);
[[nodiscard]] QString fingerprint(const ChapterText &text);
[[nodiscard]] bool isFingerprint(const QString &value);
// Made from words the chapter no longer has (false when that is not known).
[[nodiscard]] bool isOutOfDate(const Chapter &chapter, const QString &language);
// A recording put in a narration ("chapters.battles.narration.en.audio") is
// taken as made from the chapter's words as they are now: the field that
// records it ("chapters.battles.narration.en.madeFrom") and its value; an
// empty path for any other field.
struct MadeFrom
{
    QString path;
    QString fingerprint;
};
[[nodiscard]] MadeFrom madeFromForRecording(const ExhibitDocument &exhibit,
                                            const QString &audioPath);

} // namespace NarrationText
