#include "exhibitdocument.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

const QStringList &ExhibitDocument::chapterIds()
{
    static const QStringList ids { QStringLiteral("background"), QStringLiteral("causes"),
                                   QStringLiteral("battles"), QStringLiteral("aftermath"),
                                   QStringLiteral("legacy") };
    return ids;
}

int ExhibitDocument::chapterIndex(const QString &id) const
{
    for (int i = 0; i < chapters.size(); ++i) {
        if (chapters.at(i).id == id)
            return i;
    }
    return -1;
}

bool ExhibitValidator::isSafeMediaPath(const QString &path)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path) || path.startsWith(QLatin1Char('/'))
        || path.contains(QLatin1Char('\\')) || path.contains(QLatin1Char(':')))
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part.isEmpty() || part == QLatin1String("..") || part == QLatin1String("."))
            return false;
    }
    return true;
}

namespace {

void checkText(ContentProblems &problems, const QString &path, const QString &text, int maxLength)
{
    if (text.trimmed().isEmpty())
        problems.append({ path, QStringLiteral("text is missing or empty") });
    else if (text.size() > maxLength)
        problems.append({ path,
                          QStringLiteral("text is %1 characters long; the layout allows at most %2")
                                  .arg(text.size())
                                  .arg(maxLength) });
}

void checkMediaPath(ContentProblems &problems, const QString &at, const QString &path)
{
    if (!ExhibitValidator::isSafeMediaPath(path))
        problems.append({ at, QStringLiteral("'%1' must be a path inside the media folder (no leading '/', no '..')").arg(path) });
}

void validateLanguages(const ExhibitDocument &document, ContentProblems &problems)
{
    static const QRegularExpression languageCode(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$"));
    if (document.languages.isEmpty())
        problems.append({ QStringLiteral("languages"), QStringLiteral("at least one language is needed") });
    QSet<QString> seen;
    for (int i = 0; i < document.languages.size(); ++i) {
        const QString &code = document.languages.at(i);
        const QString path = QStringLiteral("languages[%1]").arg(i);
        if (!languageCode.match(code).hasMatch())
            problems.append({ path, QStringLiteral("'%1' is not a language code such as \"en\" or \"zh\"").arg(code) });
        if (seen.contains(code))
            problems.append({ path, QStringLiteral("language '%1' is listed twice").arg(code) });
        seen.insert(code);
    }
}

void validateChapter(const ExhibitDocument &document, int index, ContentProblems &problems)
{
    const Chapter &chapter = document.chapters.at(index);
    const QString base = QStringLiteral("chapters[%1]").arg(index);
    if (!ExhibitDocument::chapterIds().contains(chapter.id)) {
        problems.append({ base + QStringLiteral(".id"),
                          QStringLiteral("'%1' is not a chapter id; use one of: %2")
                                  .arg(chapter.id, ExhibitDocument::chapterIds().join(QStringLiteral(", "))) });
    } else if (document.chapterIndex(chapter.id) != index) {
        problems.append({ base + QStringLiteral(".id"),
                          QStringLiteral("chapter '%1' appears more than once").arg(chapter.id) });
    }
    checkMediaPath(problems, base + QStringLiteral(".image"), chapter.image);

    for (auto it = chapter.narration.begin(); it != chapter.narration.end(); ++it) {
        const QString at = QStringLiteral("%1.narration.%2").arg(base, it.key());
        if (!document.languages.contains(it.key()))
            problems.append({ at, QStringLiteral("language \"%1\" is not in the exhibit's \"languages\"").arg(it.key()) });
        checkMediaPath(problems, at + QStringLiteral(".audio"), it->audio);
        checkMediaPath(problems, at + QStringLiteral(".captions"), it->captions);
    }

    for (const QString &language : document.languages) {
        const ChapterText text = chapter.text.value(language);
        const auto at = [&](const char *field) {
            return QStringLiteral("%1.%2.%3").arg(base, QLatin1String(field), language);
        };
        checkText(problems, at("title"), text.title, ExhibitValidator::maxTitleLength);
        checkText(problems, at("subtitle"), text.subtitle, ExhibitValidator::maxSubtitleLength);
        checkText(problems, at("teaser"), text.teaser, ExhibitValidator::maxTeaserLength);
        checkText(problems, at("imageCaption"), text.imageCaption, ExhibitValidator::maxCaptionLength);
        if (text.body.isEmpty())
            problems.append({ at("body"), QStringLiteral("at least one paragraph is needed") });
        for (int p = 0; p < text.body.size(); ++p)
            checkText(problems, QStringLiteral("%1[%2]").arg(at("body")).arg(p), text.body.at(p),
                      ExhibitValidator::maxParagraphLength);
    }
}

} // namespace

ContentProblems ExhibitValidator::validate(const ExhibitDocument &document)
{
    ContentProblems problems;
    validateLanguages(document, problems);

    for (const QString &language : document.languages) {
        const ExhibitText text = document.exhibit.value(language);
        const auto at = [&](const char *field) {
            return QStringLiteral("exhibit.%1.%2").arg(QLatin1String(field), language);
        };
        checkText(problems, at("title"), text.title, maxTitleLength);
        checkText(problems, at("subtitle"), text.subtitle, maxSubtitleLength);
        checkText(problems, at("callToAction"), text.callToAction, maxTitleLength);
    }

    if (document.chapters.isEmpty())
        problems.append({ QStringLiteral("chapters"), QStringLiteral("the exhibit has no chapters") });
    for (int i = 0; i < document.chapters.size(); ++i)
        validateChapter(document, i, problems);
    return problems;
}

QString ExhibitDocument::fieldPath(const QString &documentPath) const
{
    static const QRegularExpression chapterIndexPattern(QStringLiteral("^chapters\\[(\\d+)\\]"));
    const auto match = chapterIndexPattern.match(documentPath);
    const int index = match.hasMatch() ? match.captured(1).toInt() : -1;
    if (index < 0 || index >= chapters.size() || chapters.at(index).id.isEmpty())
        return documentPath;
    return QStringLiteral("chapters.") + chapters.at(index).id + documentPath.mid(match.capturedLength());
}
