#include "translation/translationunits.h"

#include "content/contentfields.h"

#include <QHash>
#include <QRegularExpression>

namespace TranslationUnits {

namespace {

// Where a visitor reads the text at `path` (its language left off), for the
// translator's note: the first pattern that matches.
QString screenOf(const QString &path, int paragraph, int paragraphs)
{
    struct Place
    {
        const char *pattern;
        const char *words;
    };
    static const Place places[] = {
        { "^exhibit\\.title$", "the attract screen: the exhibit's title" },
        { "^exhibit\\.subtitle$", "the attract screen, under the exhibit's title" },
        { "^exhibit\\.callToAction$", "the attract screen: the button that starts a visit" },
        { "^chapters\\.[^.]+\\.title$",
          "the chapter's page, its heading, and its tile on the menu" },
        { "^chapters\\.[^.]+\\.subtitle$", "the chapter's page, under its heading" },
        { "^chapters\\.[^.]+\\.teaser$", "the menu: the chapter's tile, under its title" },
        { "^chapters\\.[^.]+\\.imageCaption$", "the chapter's page, under its picture" },
        { "^chapters\\.[^.]+\\.imageDescription$",
          "the chapter's picture described in words, spoken to visitors who cannot see it" },
        { "^chapters\\.[^.]+\\.inBrief$",
          "the chapter in easy-read form: about 80 words, short sentences, every name explained" },
        { "^timeline\\.[^.]+\\.era$", "the timeline: the event's reign era and year" },
        { "^timeline\\.[^.]+\\.title$", "the timeline: the event's heading" },
        { "^timeline\\.[^.]+\\.text$", "the timeline: what happened, two or three sentences" },
        { "^figures\\.[^.]+\\.name$", "the people: the person's name" },
        { "^figures\\.[^.]+\\.lifespan$", "the people: the years the person lived" },
        { "^figures\\.[^.]+\\.role$", "the people: who the person was, one line" },
        { "^figures\\.[^.]+\\.biography$", "the people: the person's story, a short paragraph" },
        { "^figures\\.[^.]+\\.portraitDescription$",
          "the people: the portrait described in words, spoken to visitors who cannot see it" },
        { "^map\\.[0-9]+\\.title$", "the territory map: the year's heading" },
        { "^map\\.[0-9]+\\.caption$", "the territory map: what the year shows" },
        { "^map\\.[0-9]+\\.description$",
          "the territory map in words (who holds what that year), spoken to visitors who cannot "
          "see it" },
        { "^map\\.states\\.[^.]+\\.name$",
          "the territory map: a state's name, on the map and in its key" },
        { "^map\\.features\\.[^.]+\\.name$",
          "the territory map: a river's, wall's or city's name" },
        { "^map\\.features\\.[^.]+\\.note$", "the territory map: a note beside a place" },
    };
    if (paragraph >= 0)
        return QStringLiteral("the chapter's page: paragraph %1 of %2 of its text")
            .arg(paragraph + 1)
            .arg(paragraphs);
    static const QList<std::pair<QRegularExpression, QString>> compiled = [] {
        QList<std::pair<QRegularExpression, QString>> list;
        for (const Place &place : places)
            list.append(
                { QRegularExpression(QLatin1String(place.pattern)), QLatin1String(place.words) });
        return list;
    }();
    for (const auto &[pattern, words] : compiled) {
        if (pattern.match(path).hasMatch())
            return words;
    }
    return {};
}

QString withLanguage(const QString &base, const QString &language)
{
    return base + QLatin1Char('.') + language;
}

} // namespace

QList<TranslationUnit> units(const ExhibitDocument &document, const QString &sourceLanguage,
                             const QString &targetLanguage)
{
    QHash<QString, int> limits;
    (void)ExhibitValidator::validate(document, &limits);
    const QString suffix = QLatin1Char('.') + sourceLanguage;
    QList<TranslationUnit> result;
    const auto add = [&](const QString &sourcePath, const QString &id, const QString &source,
                         const QString &target, int limit, const QString &screen) {
        if (source.trimmed().isEmpty())
            return; // nothing to translate (an event with no reign era)
        result.append({ id, sourcePath, source, target,
                        TranslationSources::stateOf(document, id, source, target), limit, screen });
    };
    for (const QString &path : ContentFields::paths(document)) {
        if (!path.endsWith(suffix))
            continue;
        const QString base = path.chopped(suffix.size());
        const QString targetPath = withLanguage(base, targetLanguage);
        QString source;
        QString target;
        QString error;
        if (!ContentFields::get(document, path, &source, &error)
            || !ContentFields::get(document, targetPath, &target, &error))
            continue;
        if (limits.contains(path)) {
            add(path, targetPath, source, target, limits.value(path), screenOf(base, -1, 0));
        } else if (limits.contains(path + QStringLiteral("[0]"))) {
            const QStringList sources = ContentFields::paragraphs(source);
            const QStringList targets = ContentFields::paragraphs(target);
            for (int i = 0; i < sources.size(); ++i) {
                const QString part = QStringLiteral("[%1]").arg(i);
                add(path + part, targetPath + part, sources.at(i), targets.value(i),
                    limits.value(path + part), screenOf(base, i, int(sources.size())));
            }
        }
    }
    return result;
}

ToWrite toWrite(const ExhibitDocument &document, const QString &targetLanguage)
{
    // The first language is translated from the second, the others from the first.
    const QString source = document.languages.value(targetLanguage == document.languages.value(0));
    ToWrite count;
    if (source.isEmpty() || source == targetLanguage)
        return count;
    for (const TranslationUnit &unit : units(document, source, targetLanguage)) {
        ++count.total;
        count.missing += unit.state == TranslationSources::State::NeedsTranslation ? 1 : 0;
    }
    return count;
}

QString stateName(TranslationSources::State state)
{
    switch (state) {
    case TranslationSources::State::NeedsTranslation:
        return QStringLiteral("needs-translation");
    case TranslationSources::State::NeedsReview:
        return QStringLiteral("needs-review-translation");
    case TranslationSources::State::Translated:
        break;
    }
    return QStringLiteral("translated");
}

} // namespace TranslationUnits
