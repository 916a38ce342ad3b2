#include "content/contentfields.h"

#include "content/keyfigurefields.h"
#include "content/territorymapfields.h"
#include "content/translationsources.h"

#include <QRegularExpression>

namespace ContentFields {

namespace {

const QStringList exhibitFields { QStringLiteral("title"), QStringLiteral("subtitle"),
                                  QStringLiteral("callToAction") };
const QStringList eventTextFields { QStringLiteral("era"), QStringLiteral("title"),
                                    QStringLiteral("text") };
const QStringList chapterTextFields {
    QStringLiteral("title"),        QStringLiteral("subtitle"),         QStringLiteral("teaser"),
    QStringLiteral("imageCaption"), QStringLiteral("imageDescription"), QStringLiteral("inBrief"),
    QStringLiteral("body")
};

QString *exhibitField(ExhibitText &text, const QString &field)
{
    if (field == QLatin1String("title"))
        return &text.title;
    if (field == QLatin1String("subtitle"))
        return &text.subtitle;
    if (field == QLatin1String("callToAction"))
        return &text.callToAction;
    return nullptr;
}

QString *chapterField(ChapterText &text, const QString &field)
{
    if (field == QLatin1String("title"))
        return &text.title;
    if (field == QLatin1String("subtitle"))
        return &text.subtitle;
    if (field == QLatin1String("teaser"))
        return &text.teaser;
    if (field == QLatin1String("imageCaption"))
        return &text.imageCaption;
    if (field == QLatin1String("imageDescription"))
        return &text.imageDescription;
    if (field == QLatin1String("inBrief"))
        return &text.inBrief;
    return nullptr;
}

template <typename Document, typename Use, typename CheckLanguage>
bool visitEvent(Document &document, const QStringList &parts, const QString &path, QString *error,
                Use use, CheckLanguage checkLanguage)
{
    const int index = document.timelineIndex(parts.at(1));
    if (index < 0) {
        *error = QStringLiteral("%1: no event \"%2\" on the timeline").arg(path, parts.at(1));
        return false;
    }
    auto &event = document.timeline[index];
    const QString field = parts.at(2);
    if (parts.size() == 3
        && (field == QLatin1String("date") || field == QLatin1String("endDate")
            || field == QLatin1String("chapter"))) {
        auto &member = field == QLatin1String("date") ? event.date
            : field == QLatin1String("endDate")       ? event.endDate
                                                      : event.chapter;
        QString value = member;
        if (use(value)) {
            if constexpr (!std::is_const_v<Document>)
                member = value;
        }
        return true;
    }
    if (parts.size() == 4 && eventTextFields.contains(field)) {
        if (!checkLanguage(parts.at(3)))
            return false;
        TimelineText text = event.text.value(parts.at(3));
        QString &member = field == QLatin1String("era") ? text.era
            : field == QLatin1String("title")           ? text.title
                                                        : text.text;
        QString value = member;
        if (use(value)) {
            member = value;
            if constexpr (!std::is_const_v<Document>)
                event.text.insert(parts.at(3), text);
        }
        return true;
    }
    *error = QStringLiteral("%1: no such field (event fields: date, endDate, chapter, era.LANG, "
                            "title.LANG, text.LANG)")
                 .arg(path);
    return false;
}

// Finds the field `path` names in `document` and hands it to `use` as a
// string (the body as paragraphs joined by blank lines); `use` may change it.
template <typename Document, typename Use>
bool visit(Document &document, const QString &path, QString *error, Use use)
{
    const QStringList parts = path.split(QLatin1Char('.'));
    const auto unknown = [&] {
        *error = QStringLiteral("%1: no such field (fields look like chapters.battles.title.zh or "
                                "exhibit.title.en)")
                     .arg(path);
        return false;
    };
    const auto checkLanguage = [&](const QString &language) {
        if (document.languages.contains(language))
            return true;
        *error = QStringLiteral("%1: \"%2\" is not one of the exhibit's languages (%3)")
                     .arg(path, language, document.languages.join(QStringLiteral(", ")));
        return false;
    };

    if (parts.size() == 3 && parts.at(0) == QLatin1String("exhibit")
        && exhibitFields.contains(parts.at(1))) {
        if (!checkLanguage(parts.at(2)))
            return false;
        ExhibitText text = document.exhibit.value(parts.at(2));
        QString value = *exhibitField(text, parts.at(1));
        if (use(value)) {
            *exhibitField(text, parts.at(1)) = value;
            if constexpr (!std::is_const_v<Document>)
                document.exhibit.insert(parts.at(2), text);
        }
        return true;
    }
    if (parts.size() >= 3 && parts.at(0) == QLatin1String("timeline"))
        return visitEvent(document, parts, path, error, use, checkLanguage);
    if (parts.at(0) == QLatin1String("map") || parts.at(0) == QLatin1String("figures")) {
        // A copy, so a value of the wrong form changes nothing.
        ExhibitDocument copy = document;
        ContentField field;
        const bool found = parts.at(0) == QLatin1String("map")
            ? TerritoryMapFields::resolve(copy.map, copy.languages, path, &field, error)
            : KeyFigureFields::resolve(copy, path, &field, error);
        if (!found)
            return false;
        QString value = field.get();
        if (use(value)) {
            if (!field.set(value, error)) {
                *error = QStringLiteral("%1: %2").arg(path, *error);
                return false;
            }
            if constexpr (!std::is_const_v<Document>)
                document = copy;
        }
        return true;
    }
    if (parts.size() < 3 || parts.at(0) != QLatin1String("chapters"))
        return unknown();
    const int index = document.chapterIndex(parts.at(1));
    if (index < 0) {
        *error = QStringLiteral("%1: no chapter \"%2\" in this exhibit").arg(path, parts.at(1));
        return false;
    }
    auto &chapter = document.chapters[index];
    const QString field = parts.at(2);
    if (parts.size() == 3 && field == QLatin1String("image")) {
        QString value = chapter.image;
        if (use(value)) {
            if constexpr (!std::is_const_v<Document>)
                chapter.image = value;
        }
        return true;
    }
    if (parts.size() == 4 && chapterTextFields.contains(field)) {
        if (!checkLanguage(parts.at(3)))
            return false;
        ChapterText text = chapter.text.value(parts.at(3));
        QString value = field == QLatin1String("body") ? text.body.join(QStringLiteral("\n\n"))
                                                       : *chapterField(text, field);
        if (use(value)) {
            if (field == QLatin1String("body")) {
                text.body = paragraphs(value);
            } else {
                *chapterField(text, field) = value;
            }
            if constexpr (!std::is_const_v<Document>)
                chapter.text.insert(parts.at(3), text);
        }
        return true;
    }
    if (parts.size() == 5 && field == QLatin1String("narration")
        && (parts.at(4) == QLatin1String("audio") || parts.at(4) == QLatin1String("captions")
            || parts.at(4) == QLatin1String("madeFrom"))) {
        if (!checkLanguage(parts.at(3)))
            return false;
        NarrationTrack track = chapter.narration.value(parts.at(3));
        QString &member = parts.at(4) == QLatin1String("audio") ? track.audio
            : parts.at(4) == QLatin1String("captions")          ? track.captions
                                                                : track.madeFrom;
        QString value = member;
        if (use(value)) {
            member = value;
            if constexpr (!std::is_const_v<Document>)
                chapter.narration.insert(parts.at(3), track);
        }
        return true;
    }
    return unknown();
}

} // namespace

bool get(const ExhibitDocument &document, const QString &path, QString *value, QString *error)
{
    return visit(document, path, error, [&](QString &field) {
        *value = field;
        return false;
    });
}

bool set(ExhibitDocument *document, const QString &path, const QString &value, QString *error)
{
    QString before;
    const bool done = visit(*document, path, error, [&](QString &field) {
        before = field;
        field = value;
        return true;
    });
    if (done)
        TranslationSources::noteWritten(document, path, before);
    return done;
}

bool paragraphOf(const QString &path, QString *bodyPath, int *index)
{
    static const QRegularExpression paragraph(
        QStringLiteral("^(chapters\\.[^.]+\\.body\\.[^.]+)\\[(\\d{1,4})\\]$"));
    const QRegularExpressionMatch match = paragraph.match(path);
    if (!match.hasMatch())
        return false;
    *bodyPath = match.captured(1);
    *index = match.captured(2).toInt();
    return true;
}

QStringList paragraphs(const QString &body)
{
    static const QRegularExpression blankLine(QStringLiteral("\\n\\s*\\n"));
    QStringList result = body.split(blankLine, Qt::SkipEmptyParts);
    for (QString &paragraph : result)
        paragraph = paragraph.trimmed();
    return result;
}

QStringList paths(const ExhibitDocument &document)
{
    QStringList result;
    for (const QString &language : document.languages)
        for (const QString &field : exhibitFields)
            result << QStringLiteral("exhibit.%1.%2").arg(field, language);
    for (const Chapter &chapter : document.chapters) {
        result << QStringLiteral("chapters.%1.image").arg(chapter.id);
        for (const QString &language : document.languages) {
            for (const QString &field : chapterTextFields)
                result << QStringLiteral("chapters.%1.%2.%3").arg(chapter.id, field, language);
            result << QStringLiteral("chapters.%1.narration.%2.audio").arg(chapter.id, language)
                   << QStringLiteral("chapters.%1.narration.%2.captions").arg(chapter.id, language)
                   << QStringLiteral("chapters.%1.narration.%2.madeFrom").arg(chapter.id, language);
        }
    }
    for (const TimelineEvent &event : document.timeline) {
        result << QStringLiteral("timeline.%1.date").arg(event.id)
               << QStringLiteral("timeline.%1.endDate").arg(event.id)
               << QStringLiteral("timeline.%1.chapter").arg(event.id);
        for (const QString &language : document.languages)
            for (const QString &field : eventTextFields)
                result << QStringLiteral("timeline.%1.%2.%3").arg(event.id, field, language);
    }
    return result + TerritoryMapFields::paths(document.map, document.languages)
        + KeyFigureFields::paths(document);
}

} // namespace ContentFields
