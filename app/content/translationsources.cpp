#include "content/translationsources.h"

#include "content/contentfields.h"
#include "content/textfingerprint.h"

#include <optional>

namespace TranslationSources {

namespace {

// "chapters.battles.title.zh" -> {"chapters.battles.title", "zh", false};
// a body ("chapters.battles.body.zh") is its paragraphs.
struct TextPath
{
    QString base;
    QString language;
    bool body = false;
};

std::optional<TextPath> textPath(const ExhibitDocument &document, const QString &path)
{
    const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0 || path.contains(QLatin1String(".narration.")))
        return std::nullopt;
    TextPath text { path.left(dot), path.mid(dot + 1), false };
    if (!document.languages.contains(text.language))
        return std::nullopt;
    text.body = text.base.startsWith(QLatin1String("chapters."))
        && text.base.endsWith(QLatin1String(".body"));
    return text;
}

QString valueOf(const ExhibitDocument &document, const QString &path)
{
    QString value;
    QString error;
    ContentFields::get(document, path, &value, &error);
    return value;
}

// The text's parts as records name them: the text itself, or each paragraph.
QStringList partsOf(const TextPath &text, const QString &value)
{
    return text.body ? ContentFields::paragraphs(value) : QStringList { value };
}

QString partPath(const TextPath &text, const QString &language, qsizetype part)
{
    const QString path = text.base + QLatin1Char('.') + language;
    return text.body ? QStringLiteral("%1[%2]").arg(path).arg(part) : path;
}

} // namespace

void noteWritten(ExhibitDocument *document, const QString &path, const QString &before)
{
    const std::optional<TextPath> text = textPath(*document, path);
    if (!text)
        return;
    const QString source = document->languages.constFirst();
    const auto pathIn
        = [&](const QString &language) { return text->base + QLatin1Char('.') + language; };
    if (text->language == source) {
        const QStringList was = partsOf(*text, before);
        for (const QString &language : std::as_const(document->languages)) {
            if (language == source)
                continue;
            const QStringList parts = partsOf(*text, valueOf(*document, pathIn(language)));
            for (qsizetype i = 0; i < parts.size(); ++i) {
                const QString key = partPath(*text, language, i);
                if (!parts.at(i).trimmed().isEmpty() && !document->translatedFrom.contains(key))
                    document->translatedFrom.insert(key,
                                                    { source, TextFingerprint::of(was.value(i)) });
            }
        }
        return;
    }
    const QStringList sources = partsOf(*text, valueOf(*document, pathIn(source)));
    const QStringList parts = partsOf(*text, valueOf(*document, path));
    for (qsizetype i = 0; i < parts.size(); ++i)
        document->translatedFrom.insert(partPath(*text, text->language, i),
                                        { source, TextFingerprint::of(sources.value(i)) });
    // Paragraphs the body no longer has.
    for (qsizetype i = parts.size(); text->body; ++i) {
        if (document->translatedFrom.remove(partPath(*text, text->language, i)) == 0)
            break;
    }
}

State stateOf(const ExhibitDocument &document, const QString &path, const QString &source,
              const QString &target)
{
    if (target.trimmed().isEmpty())
        return State::NeedsTranslation;
    const auto found = document.translatedFrom.constFind(path);
    if (found != document.translatedFrom.cend()
        && found->fingerprint != TextFingerprint::of(source))
        return State::NeedsReview;
    return State::Translated;
}

QMap<QString, TranslationSource> current(const ExhibitDocument &document)
{
    QMap<QString, TranslationSource> kept;
    for (auto it = document.translatedFrom.cbegin(); it != document.translatedFrom.cend(); ++it) {
        QString path = it.key();
        int paragraph = -1;
        const bool isParagraph = ContentFields::paragraphOf(it.key(), &path, &paragraph);
        QString value;
        QString error;
        if (!textPath(document, path) || !document.languages.contains(it->language)
            || !ContentFields::get(document, path, &value, &error))
            continue;
        if (isParagraph && paragraph >= ContentFields::paragraphs(value).size())
            continue;
        kept.insert(it.key(), it.value());
    }
    return kept;
}

} // namespace TranslationSources
