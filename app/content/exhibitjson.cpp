#include "content/exhibitjson.h"

#include "content/jsonfieldreader.h"
#include "content/jsonsourcemap.h"
#include "content/keyfigurejson.h"
#include "content/territorymapjson.h"
#include "content/textfingerprint.h"
#include "content/translationsources.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

namespace {

/** Turns JSON values into an ExhibitDocument. */
class DocumentParser : public JsonFieldReader
{
public:
    QStringList languages(const QJsonObject &root)
    {
        QStringList result;
        const QJsonValue value = root.value(QStringLiteral("languages"));
        if (!value.isArray()) {
            problems.append({ QStringLiteral("languages"),
                              value.isUndefined()
                                  ? QStringLiteral("required key \"languages\" is missing")
                                  : QStringLiteral("expected a list of language codes, found %1")
                                        .arg(describe(value)) });
            return result;
        }
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i) {
            if (array.at(i).isString())
                result.append(array.at(i).toString());
            else
                problems.append({ QStringLiteral("languages[%1]").arg(i),
                                  QStringLiteral("expected a language code") });
        }
        return result;
    }

    Chapter chapter(const QJsonValue &value, const QString &path, const QStringList &languages)
    {
        Chapter chapter;
        if (!value.isObject()) {
            problems.append(
                { path,
                  QStringLiteral("expected a chapter object, found %1").arg(describe(value)) });
            return chapter;
        }
        const QJsonObject object = value.toObject();
        expectKeys(object, path,
                   { QStringLiteral("id"), QStringLiteral("image"), QStringLiteral("title"),
                     QStringLiteral("subtitle"), QStringLiteral("teaser"),
                     QStringLiteral("imageCaption"), QStringLiteral("imageDescription"),
                     QStringLiteral("inBrief"), QStringLiteral("body"),
                     QStringLiteral("narration") });
        chapter.id = string(object, QStringLiteral("id"), path);
        chapter.image = string(object, QStringLiteral("image"), path);

        const auto titles = localizedString(object, QStringLiteral("title"), path, languages);
        const auto subtitles = localizedString(object, QStringLiteral("subtitle"), path, languages);
        const auto teasers = localizedString(object, QStringLiteral("teaser"), path, languages);
        const auto captions
            = localizedString(object, QStringLiteral("imageCaption"), path, languages);
        const auto descriptions
            = localizedString(object, QStringLiteral("imageDescription"), path, languages);
        const auto briefs = localizedString(object, QStringLiteral("inBrief"), path, languages);
        const auto bodies = localized(object, QStringLiteral("body"), path, languages);
        for (const QString &language : languages) {
            ChapterText text { titles.value(language),
                               subtitles.value(language),
                               teasers.value(language),
                               captions.value(language),
                               {},
                               descriptions.value(language),
                               briefs.value(language) };
            const QJsonValue body = bodies.value(language, QJsonValue(QJsonValue::Undefined));
            const QString bodyPath = QStringLiteral("%1.body.%2").arg(path, language);
            if (body.isArray()) {
                const QJsonArray paragraphs = body.toArray();
                for (int p = 0; p < paragraphs.size(); ++p) {
                    if (paragraphs.at(p).isString())
                        text.body.append(paragraphs.at(p).toString());
                    else
                        problems.append({ QStringLiteral("%1[%2]").arg(bodyPath).arg(p),
                                          QStringLiteral("expected a paragraph of text, found %1")
                                              .arg(describe(paragraphs.at(p))) });
                }
            } else if (!body.isUndefined()) {
                problems.append({ bodyPath,
                                  QStringLiteral("expected a list of paragraphs, found %1")
                                      .arg(describe(body)) });
            }
            chapter.text.insert(language, text);
        }
        if (object.contains(QStringLiteral("narration")))
            chapter.narration = narration(object, path, languages);
        return chapter;
    }

    // Optional: {"en": {"audio": "...", "captions": "...", "madeFrom": "sha256:..."}, ...}
    QMap<QString, NarrationTrack> narration(const QJsonObject &chapter, const QString &path,
                                            const QStringList &languages)
    {
        QMap<QString, NarrationTrack> tracks;
        const auto perLanguage = localized(chapter, QStringLiteral("narration"), path, languages);
        for (auto it = perLanguage.begin(); it != perLanguage.end(); ++it) {
            const QString at = QStringLiteral("%1.narration.%2").arg(path, it.key());
            if (!it.value().isObject()) {
                problems.append(
                    { at,
                      QStringLiteral("expected {\"audio\": …, \"captions\": …}, found %1")
                          .arg(describe(it.value())) });
                continue;
            }
            const QJsonObject track = it.value().toObject();
            expectKeys(track, at,
                       { QStringLiteral("audio"), QStringLiteral("captions"),
                         QStringLiteral("madeFrom") });
            tracks.insert(it.key(),
                          { string(track, QStringLiteral("audio"), at),
                            string(track, QStringLiteral("captions"), at),
                            track.contains(QStringLiteral("madeFrom"))
                                ? string(track, QStringLiteral("madeFrom"), at)
                                : QString() });
        }
        return tracks;
    }

    TimelineEvent timelineEvent(const QJsonValue &value, const QString &path,
                                const QStringList &languages)
    {
        TimelineEvent event;
        if (!value.isObject()) {
            problems.append(
                { path,
                  QStringLiteral("expected an event object, found %1").arg(describe(value)) });
            return event;
        }
        const QJsonObject object = value.toObject();
        expectKeys(object, path,
                   { QStringLiteral("id"), QStringLiteral("date"), QStringLiteral("endDate"),
                     QStringLiteral("chapter"), QStringLiteral("era"), QStringLiteral("title"),
                     QStringLiteral("text") });
        event.id = string(object, QStringLiteral("id"), path);
        event.date = string(object, QStringLiteral("date"), path);
        event.endDate = optionalString(object, QStringLiteral("endDate"), path);
        event.chapter = optionalString(object, QStringLiteral("chapter"), path);
        const auto eras = optionalLocalizedString(object, QStringLiteral("era"), path, languages);
        const auto titles = localizedString(object, QStringLiteral("title"), path, languages);
        const auto texts = localizedString(object, QStringLiteral("text"), path, languages);
        for (const QString &language : languages)
            event.text.insert(
                language, { eras.value(language), titles.value(language), texts.value(language) });
        return event;
    }

    ExhibitDocument document(const QJsonObject &root)
    {
        ExhibitDocument document;
        expectKeys(root, {},
                   { QStringLiteral("languages"), QStringLiteral("exhibit"),
                     QStringLiteral("chapters"), QStringLiteral("timeline"),
                     QStringLiteral("figures"), QStringLiteral("map"),
                     QStringLiteral("translatedFrom"), QStringLiteral("languageNames") });
        document.languages = languages(root);

        const QJsonValue exhibit = root.value(QStringLiteral("exhibit"));
        if (exhibit.isObject()) {
            const QJsonObject object = exhibit.toObject();
            const QString path = QStringLiteral("exhibit");
            expectKeys(object, path,
                       { QStringLiteral("title"), QStringLiteral("subtitle"),
                         QStringLiteral("callToAction") });
            const auto titles
                = localizedString(object, QStringLiteral("title"), path, document.languages);
            const auto subtitles
                = localizedString(object, QStringLiteral("subtitle"), path, document.languages);
            const auto calls
                = localizedString(object, QStringLiteral("callToAction"), path, document.languages);
            for (const QString &language : std::as_const(document.languages))
                document.exhibit.insert(
                    language,
                    { titles.value(language), subtitles.value(language), calls.value(language) });
        } else {
            problems.append(
                { QStringLiteral("exhibit"),
                  exhibit.isUndefined()
                      ? QStringLiteral("required key \"exhibit\" is missing")
                      : QStringLiteral("expected an object, found %1").arg(describe(exhibit)) });
        }

        const QJsonValue chapters = root.value(QStringLiteral("chapters"));
        if (chapters.isArray()) {
            const QJsonArray array = chapters.toArray();
            for (int i = 0; i < array.size(); ++i)
                document.chapters.append(chapter(array.at(i), QStringLiteral("chapters[%1]").arg(i),
                                                 document.languages));
        } else {
            problems.append({ QStringLiteral("chapters"),
                              chapters.isUndefined()
                                  ? QStringLiteral("required key \"chapters\" is missing")
                                  : QStringLiteral("expected a list of chapters, found %1")
                                        .arg(describe(chapters)) });
        }

        const QJsonArray timeline
            = section(root, QStringLiteral("timeline"), QJsonValue::Array).toArray();
        for (int i = 0; i < timeline.size(); ++i)
            document.timeline.append(timelineEvent(
                timeline.at(i), QStringLiteral("timeline[%1]").arg(i), document.languages));
        document.figures = KeyFigureJson::read(
            *this, section(root, QStringLiteral("figures"), QJsonValue::Array).toArray(),
            document.languages);
        document.map = TerritoryMapJson::read(
            *this, section(root, QStringLiteral("map"), QJsonValue::Object).toObject(),
            document.languages);
        document.translatedFrom = translatedFrom(root);
        document.languageNames = languageNames(root, document.languages);
        return document;
    }

    // The object at root[key]; an empty one when absent or (said) not an object.
    QJsonObject optionalObject(const QJsonObject &root, const QString &key)
    {
        const QJsonValue value = root.value(key);
        if (!value.isUndefined() && !value.isObject())
            problems.append(
                { key, QStringLiteral("expected an object, found %1").arg(describe(value)) });
        return value.toObject();
    }

    // Optional, and for any of the languages: {"en": "English", "zh": "中文"}
    QMap<QString, QString> languageNames(const QJsonObject &root, const QStringList &languages)
    {
        QMap<QString, QString> names;
        const QString path = QStringLiteral("languageNames");
        const QJsonObject object = optionalObject(root, path);
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!languages.contains(it.key()))
                problems.append({ join(path, it.key()),
                                  QStringLiteral("\"%1\" is not one of the exhibit's languages")
                                      .arg(it.key()) });
            else
                names.insert(it.key(), string(object, it.key(), path));
        }
        return names;
    }

    // Optional: {"chapters.battles.title.zh": {"language": "en", "source": "sha256:..."}, ...}
    QMap<QString, TranslationSource> translatedFrom(const QJsonObject &root)
    {
        QMap<QString, TranslationSource> sources;
        const QString path = QStringLiteral("translatedFrom");
        const QJsonObject object = optionalObject(root, path);
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString at = join(path, it.key());
            if (!it->isObject()) {
                problems.append(
                    { at, QStringLiteral("expected an object, found %1").arg(describe(*it)) });
                continue;
            }
            const QJsonObject source = it->toObject();
            expectKeys(source, at, { QStringLiteral("language"), QStringLiteral("source") });
            const TranslationSource read { string(source, QStringLiteral("language"), at),
                                           string(source, QStringLiteral("source"), at) };
            if (!read.fingerprint.isEmpty() && !TextFingerprint::isFingerprint(read.fingerprint))
                problems.append({ join(at, QStringLiteral("source")),
                                  QStringLiteral("expected \"sha256:\" and 64 hexadecimal "
                                                 "digits") });
            sources.insert(it.key(), read);
        }
        return sources;
    }
};

} // namespace

ExhibitJson::ReadResult ExhibitJson::readFile(const QString &fileName, Rules rules)
{
    QFile file(fileName);
    ReadResult result;
    if (!file.open(QIODevice::ReadOnly)) {
        result.errors.append(
            QStringLiteral("%1: cannot read the file: %2").arg(fileName, file.errorString()));
        return result;
    }
    // At most one byte past the limit, which read() refuses: a 3 GB file is never loaded.
    return read(file.read(maxFileSize + 1), fileName, rules);
}

ExhibitJson::ReadResult ExhibitJson::read(const QByteArray &json, const QString &fileName,
                                          Rules rules)
{
    ReadResult result;
    if (json.size() > maxFileSize) {
        result.errors.append(
            QStringLiteral("%1: the file is larger than %2 MB; an exhibit is far smaller "
                           "(is this the right file?)")
                .arg(fileName)
                .arg(maxFileSize / (1024 * 1024)));
        return result;
    }
    if (const qsizetype deep = JsonSourceMap::tooDeepAt(json, maxDepth); deep >= 0) {
        const auto position = JsonSourceMap::positionIn(json, deep);
        result.errors.append(
            QStringLiteral("%1:%2:%3: brackets nested more than %4 levels deep; an exhibit "
                           "needs at most 9")
                .arg(fileName)
                .arg(position.line)
                .arg(position.column)
                .arg(maxDepth));
        return result;
    }
    const JsonSourceMap sourceMap(json);
    QJsonParseError parseError;
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto position = sourceMap.positionAtOffset(parseError.offset);
        result.errors.append(QStringLiteral("%1:%2:%3: not valid JSON: %4")
                                 .arg(fileName)
                                 .arg(position.line)
                                 .arg(position.column)
                                 .arg(parseError.errorString()));
        return result;
    }
    if (!parsed.isObject()) {
        result.errors.append(
            QStringLiteral("%1:1:1: the exhibit must be a JSON object { … }").arg(fileName));
        return result;
    }

    DocumentParser parser;
    result.document = parser.document(parsed.object());
    ContentProblems problems = parser.problems;
    // Rule checks only make sense once the shape is right; otherwise they
    // would repeat every shape problem as "missing".
    if (problems.isEmpty() && rules == Rules::Checked)
        problems = ExhibitValidator::validate(result.document);

    for (const ContentProblem &problem : std::as_const(problems)) {
        const auto position = sourceMap.positionOf(problem.path);
        result.errors.append(QStringLiteral("%1:%2:%3: %4: %5")
                                 .arg(fileName)
                                 .arg(position.line)
                                 .arg(position.column)
                                 .arg(problem.path, problem.message));
    }
    return result;
}

QByteArray ExhibitJson::write(const ExhibitDocument &document)
{
    const QStringList &languages = document.languages;
    QJsonObject root;
    root.insert(QStringLiteral("languages"), QJsonArray::fromStringList(languages));
    if (!document.languageNames.isEmpty()) {
        QJsonObject names;
        for (auto it = document.languageNames.cbegin(); it != document.languageNames.cend(); ++it)
            names.insert(it.key(), it.value());
        root.insert(QStringLiteral("languageNames"), names);
    }

    QJsonObject exhibit;
    exhibit.insert(QStringLiteral("title"), localizedJson(languages, [&](const QString &l) {
                       return document.exhibit.value(l).title;
                   }));
    exhibit.insert(QStringLiteral("subtitle"), localizedJson(languages, [&](const QString &l) {
                       return document.exhibit.value(l).subtitle;
                   }));
    exhibit.insert(QStringLiteral("callToAction"), localizedJson(languages, [&](const QString &l) {
                       return document.exhibit.value(l).callToAction;
                   }));
    root.insert(QStringLiteral("exhibit"), exhibit);

    QJsonArray chapters;
    for (const Chapter &chapter : document.chapters) {
        const auto field = [&](QString ChapterText::*member) {
            return localizedJson(languages,
                                 [&](const QString &l) { return chapter.text.value(l).*member; });
        };
        QJsonObject object;
        object.insert(QStringLiteral("id"), chapter.id);
        object.insert(QStringLiteral("image"), chapter.image);
        object.insert(QStringLiteral("title"), field(&ChapterText::title));
        object.insert(QStringLiteral("subtitle"), field(&ChapterText::subtitle));
        object.insert(QStringLiteral("teaser"), field(&ChapterText::teaser));
        object.insert(QStringLiteral("imageCaption"), field(&ChapterText::imageCaption));
        object.insert(QStringLiteral("imageDescription"), field(&ChapterText::imageDescription));
        object.insert(QStringLiteral("inBrief"), field(&ChapterText::inBrief));
        object.insert(QStringLiteral("body"), localizedJson(languages, [&](const QString &l) {
                          return QJsonArray::fromStringList(chapter.text.value(l).body);
                      }));
        if (!chapter.narration.isEmpty()) {
            QJsonObject narration;
            for (auto it = chapter.narration.begin(); it != chapter.narration.end(); ++it) {
                QJsonObject track { { QStringLiteral("audio"), it->audio },
                                    { QStringLiteral("captions"), it->captions } };
                if (!it->madeFrom.isEmpty())
                    track.insert(QStringLiteral("madeFrom"), it->madeFrom);
                narration.insert(it.key(), track);
            }
            object.insert(QStringLiteral("narration"), narration);
        }
        chapters.append(object);
    }
    root.insert(QStringLiteral("chapters"), chapters);
    QJsonArray timeline;
    for (const TimelineEvent &event : document.timeline) {
        const auto field = [&](QString TimelineText::*member) {
            return localizedJson(languages,
                                 [&](const QString &l) { return event.text.value(l).*member; });
        };
        QJsonObject object { { QStringLiteral("id"), event.id },
                             { QStringLiteral("date"), event.date } };
        if (!event.endDate.isEmpty())
            object.insert(QStringLiteral("endDate"), event.endDate);
        if (!event.chapter.isEmpty())
            object.insert(QStringLiteral("chapter"), event.chapter);
        if (std::any_of(languages.begin(), languages.end(),
                        [&](const QString &l) { return !event.text.value(l).era.isEmpty(); }))
            object.insert(QStringLiteral("era"), field(&TimelineText::era));
        object.insert(QStringLiteral("title"), field(&TimelineText::title));
        object.insert(QStringLiteral("text"), field(&TimelineText::text));
        timeline.append(object);
    }
    root.insert(QStringLiteral("timeline"), timeline);
    root.insert(QStringLiteral("figures"), KeyFigureJson::write(document.figures, languages));
    root.insert(QStringLiteral("map"), TerritoryMapJson::write(document.map, languages));
    const QMap<QString, TranslationSource> sources = TranslationSources::current(document);
    if (!sources.isEmpty()) {
        QJsonObject translatedFrom;
        for (auto it = sources.cbegin(); it != sources.cend(); ++it)
            translatedFrom.insert(it.key(),
                                  QJsonObject { { QStringLiteral("language"), it->language },
                                                { QStringLiteral("source"), it->fingerprint } });
        root.insert(QStringLiteral("translatedFrom"), translatedFrom);
    }
    // One [longitude, latitude] pair per line rather than four, so that a
    // curator can read and correct an outline.
    static const QRegularExpression pair(
        QStringLiteral("\\[\\s*(-?[0-9.e+-]+),\\s*(-?[0-9.e+-]+)\\s*\\]"));
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented))
        .replace(pair, QStringLiteral("[\\1, \\2]"))
        .toUtf8();
}
