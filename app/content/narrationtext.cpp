#include "content/narrationtext.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace NarrationText {

QString spokenText(const ChapterText &text)
{
    return (QStringList { text.title, text.subtitle } + text.body).join(QStringLiteral("\n\n"));
}

QString fingerprint(const ChapterText &text)
{
    return QStringLiteral("sha256:")
        + QString::fromLatin1(
               QCryptographicHash::hash(spokenText(text).toUtf8(), QCryptographicHash::Sha256)
                   .toHex());
}

bool isFingerprint(const QString &value)
{
    static const QRegularExpression form(QStringLiteral("^sha256:[0-9a-f]{64}$"));
    return form.match(value).hasMatch();
}

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
