#include "content/narrationtext.h"

#include "content/textfingerprint.h"

namespace NarrationText {

QString spokenText(const ChapterText &text)
{
    return (QStringList { text.title, text.subtitle } + text.body).join(QStringLiteral("\n\n"));
}

QString fingerprint(const ChapterText &text) { return TextFingerprint::of(spokenText(text)); }

bool isFingerprint(const QString &value) { return TextFingerprint::isFingerprint(value); }

bool isOutOfDate(const Chapter &chapter, const QString &language)
{
    const QString madeFrom = chapter.narration.value(language).madeFrom;
    return !madeFrom.isEmpty() && madeFrom != fingerprint(chapter.text.value(language));
}

MadeFrom madeFromForRecording(const ExhibitDocument &exhibit, const QString &audioPath)
{
    const QStringList keys = audioPath.split(QLatin1Char('.'));
    if (keys.size() != 5 || keys.at(0) != QLatin1String("chapters")
        || keys.at(2) != QLatin1String("narration") || keys.at(4) != QLatin1String("audio"))
        return {};
    const int chapter = exhibit.chapterIndex(keys.at(1));
    if (chapter < 0)
        return {};
    return { QStringLiteral("chapters.%1.narration.%2.madeFrom").arg(keys.at(1), keys.at(3)),
             fingerprint(exhibit.chapters.at(chapter).text.value(keys.at(3))) };
}

} // namespace NarrationText
