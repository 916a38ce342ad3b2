#include "content/exhibitdocument.h"

#include "content/keyfigurevalidator.h"
#include "content/narrationtext.h"
#include "content/territorymapvalidator.h"

#include <QDate>
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

QString ExhibitValidator::markupIn(const QString &text)
{
    // A tag opens with '<' and a letter, '/', '!' or '?'; "a < b" is text.
    static const QRegularExpression markup(QStringLiteral(
        "<[A-Za-z/"
        "!?][^\\s>]{0,10}|&(#[0-9]{1,8}|#[xX][0-9A-Fa-f]{1,8}|[A-Za-z][A-Za-z0-9]{0,31});"));
    return markup.match(text).captured(0);
}

namespace {
// Set while validate() is asked for the limits: they are written once,
// where each text is checked, and read from there.
thread_local QHash<QString, int> *recordedLimits = nullptr;
} // namespace

ContentProblems ExhibitValidator::validate(const ExhibitDocument &document,
                                           QHash<QString, int> *textLimits)
{
    QHash<QString, int> limits;
    recordedLimits = &limits;
    ContentProblems problems = validate(document);
    recordedLimits = nullptr;
    textLimits->clear();
    textLimits->reserve(limits.size());
    for (auto it = limits.cbegin(); it != limits.cend(); ++it)
        textLimits->insert(document.fieldPath(it.key()), it.value());
    return problems;
}

void ExhibitValidator::checkDescription(ContentProblems &problems, const QString &path,
                                        const QString &text, int maxLength)
{
    if (text.trimmed().isEmpty()) {
        if (recordedLimits)
            recordedLimits->insert(path, maxLength);
        problems.append({ path,
                          QStringLiteral("text is missing or empty: say in words what the "
                                         "picture shows, for visitors who cannot see it") });
        return;
    }
    checkText(problems, path, text, maxLength);
}

void ExhibitValidator::checkText(ContentProblems &problems, const QString &path,
                                 const QString &text, int maxLength, bool required)
{
    if (recordedLimits)
        recordedLimits->insert(path, maxLength);
    if (text.trimmed().isEmpty()) {
        if (required)
            problems.append({ path, QStringLiteral("text is missing or empty") });
    } else if (text.size() > maxLength) {
        problems.append({ path,
                          QStringLiteral("text is %1 characters long; the layout allows at most %2")
                              .arg(text.size())
                              .arg(maxLength) });
    } else if (const QString found = markupIn(text); !found.isEmpty()) {
        // Every screen shows content as plain text: markup would show as written,
        // and anywhere it did not, it could fetch remote images or change fonts.
        problems.append(
            { path,
              QStringLiteral("'%1' looks like markup; content text is shown exactly as written, "
                             "so tags and character entities are refused")
                  .arg(found) });
    }
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

void checkMediaPath(ContentProblems &problems, const QString &at, const QString &path)
{
    if (!ExhibitValidator::isSafeMediaPath(path))
        problems.append(
            { at,
              QStringLiteral(
                  "'%1' must be a path inside the media folder (no leading '/', no '..')")
                  .arg(path) });
}

void validateLanguages(const ExhibitDocument &document, ContentProblems &problems)
{
    static const QRegularExpression languageCode(
        QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$"));
    if (document.languages.isEmpty())
        problems.append(
            { QStringLiteral("languages"), QStringLiteral("at least one language is needed") });
    QSet<QString> seen;
    for (int i = 0; i < document.languages.size(); ++i) {
        const QString &code = document.languages.at(i);
        const QString path = QStringLiteral("languages[%1]").arg(i);
        if (!languageCode.match(code).hasMatch())
            problems.append({ path,
                              QStringLiteral("'%1' is not a language code such as \"en\" or \"zh\"")
                                  .arg(code) });
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
        problems.append(
            { base + QStringLiteral(".id"),
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
            problems.append(
                { at,
                  QStringLiteral("language \"%1\" is not in the exhibit's \"languages\"")
                      .arg(it.key()) });
        checkMediaPath(problems, at + QStringLiteral(".audio"), it->audio);
        if (it->captions.trimmed().isEmpty())
            problems.append({ at + QStringLiteral(".captions"),
                              QStringLiteral("every narration needs its captions, for visitors "
                                             "who cannot hear it: a WebVTT file in the media "
                                             "folder") });
        else
            checkMediaPath(problems, at + QStringLiteral(".captions"), it->captions);
        if (!it->madeFrom.isEmpty() && !NarrationText::isFingerprint(it->madeFrom))
            problems.append({ at + QStringLiteral(".madeFrom"),
                              QStringLiteral("'%1' is not a text's fingerprint (sha256: and 64 "
                                             "hexadecimal digits)")
                                  .arg(it->madeFrom) });
    }

    for (const QString &language : document.languages) {
        const ChapterText text = chapter.text.value(language);
        const auto at = [&](const char *field) {
            return QStringLiteral("%1.%2.%3").arg(base, QLatin1String(field), language);
        };
        ExhibitValidator::checkText(problems, at("title"), text.title,
                                    ExhibitValidator::maxTitleLength);
        ExhibitValidator::checkText(problems, at("subtitle"), text.subtitle,
                                    ExhibitValidator::maxSubtitleLength);
        ExhibitValidator::checkText(problems, at("teaser"), text.teaser,
                                    ExhibitValidator::maxTeaserLength);
        ExhibitValidator::checkText(problems, at("imageCaption"), text.imageCaption,
                                    ExhibitValidator::maxCaptionLength);
        ExhibitValidator::checkDescription(problems, at("imageDescription"), text.imageDescription,
                                           ExhibitValidator::maxDescriptionLength);
        ExhibitValidator::checkText(problems, at("inBrief"), text.inBrief,
                                    ExhibitValidator::maxInBriefLength);
        if (text.body.isEmpty())
            problems.append({ at("body"), QStringLiteral("at least one paragraph is needed") });
        for (int p = 0; p < text.body.size(); ++p)
            ExhibitValidator::checkText(problems, QStringLiteral("%1[%2]").arg(at("body")).arg(p),
                                        text.body.at(p), ExhibitValidator::maxParagraphLength);
    }
}

} // namespace

bool ExhibitValidator::isEventDate(const QString &date)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const auto match = pattern.match(date);
    if (!match.hasMatch())
        return false;
    const int month = match.captured(2).isEmpty() ? 1 : match.captured(2).toInt();
    const int day = match.captured(3).isEmpty() ? 1 : match.captured(3).toInt();
    return QDate(match.captured(1).toInt(), month, day).isValid();
}

namespace {

void validateTimeline(const ExhibitDocument &document, ContentProblems &problems)
{
    static const QRegularExpression eventId(QStringLiteral("^[a-z0-9][a-z0-9-]{0,39}$"));
    const QHash<QString, int> firstIndex = ExhibitDocument::firstIndexById(document.timeline);
    for (int i = 0; i < document.timeline.size(); ++i) {
        const TimelineEvent &event = document.timeline.at(i);
        const QString base = QStringLiteral("timeline[%1]").arg(i);
        if (!eventId.match(event.id).hasMatch())
            problems.append(
                { base + QStringLiteral(".id"),
                  QStringLiteral("'%1' is not an event id (lowercase letters, digits and "
                                 "hyphens, at most 40)")
                      .arg(event.id) });
        else if (firstIndex.value(event.id) != i)
            problems.append({ base + QStringLiteral(".id"),
                              QStringLiteral("event '%1' appears more than once").arg(event.id) });
        if (!ExhibitValidator::isEventDate(event.date))
            problems.append(
                { base + QStringLiteral(".date"),
                  QStringLiteral("'%1' is not a date such as 1126, 1126-01 or 1126-01-18")
                      .arg(event.date) });
        if (!event.endDate.isEmpty()
            && (!ExhibitValidator::isEventDate(event.endDate) || event.endDate < event.date))
            problems.append({ base + QStringLiteral(".endDate"),
                              QStringLiteral("'%1' is not a date on or after %2")
                                  .arg(event.endDate, event.date) });
        // A date known only to the year (or month) may sit anywhere in it.
        const QString previous = i > 0 ? document.timeline.at(i - 1).date : QString();
        const qsizetype precision = std::min(previous.size(), event.date.size());
        if (i > 0 && event.date.left(precision) < previous.left(precision))
            problems.append({ base + QStringLiteral(".date"),
                              QStringLiteral("%1 comes before the previous event's %2: keep the "
                                             "timeline in date order")
                                  .arg(event.date, document.timeline.at(i - 1).date) });
        if (!event.chapter.isEmpty() && document.chapterIndex(event.chapter) < 0)
            problems.append(
                { base + QStringLiteral(".chapter"),
                  QStringLiteral("no chapter '%1' in this exhibit").arg(event.chapter) });
        for (const QString &language : document.languages) {
            const TimelineText text = event.text.value(language);
            const auto at = [&](const char *field) {
                return QStringLiteral("%1.%2.%3").arg(base, QLatin1String(field), language);
            };
            ExhibitValidator::checkText(problems, at("title"), text.title,
                                        ExhibitValidator::maxEventTitleLength);
            ExhibitValidator::checkText(problems, at("text"), text.text,
                                        ExhibitValidator::maxEventTextLength);
            ExhibitValidator::checkText(problems, at("era"), text.era,
                                        ExhibitValidator::maxEraLength, false);
        }
    }
}

} // namespace

ContentProblems ExhibitValidator::warnings(const ExhibitDocument &document)
{
    ContentProblems warnings;
    for (int i = 0; i < document.chapters.size(); ++i) {
        const Chapter &chapter = document.chapters.at(i);
        for (auto it = chapter.narration.begin(); it != chapter.narration.end(); ++it) {
            if (NarrationText::isOutOfDate(chapter, it.key()))
                warnings.append(
                    { QStringLiteral("chapters[%1].narration.%2.audio").arg(i).arg(it.key()),
                      QStringLiteral("the narration is out of date: the chapter's title, "
                                     "subtitle or text changed after %1 was made; record it "
                                     "again (or make a draft narration in Exhibit Studio)")
                          .arg(it->audio) });
        }
    }
    return warnings;
}

ContentProblems ExhibitValidator::validate(const ExhibitDocument &document)
{
    ContentProblems problems;
    validateLanguages(document, problems);
    for (auto it = document.languageNames.cbegin(); it != document.languageNames.cend(); ++it)
        ExhibitValidator::checkText(problems, QStringLiteral("languageNames.%1").arg(it.key()),
                                    it.value(), maxLanguageNameLength, false);

    for (const QString &language : document.languages) {
        const ExhibitText text = document.exhibit.value(language);
        const auto at = [&](const char *field) {
            return QStringLiteral("exhibit.%1.%2").arg(QLatin1String(field), language);
        };
        ExhibitValidator::checkText(problems, at("title"), text.title, maxTitleLength);
        ExhibitValidator::checkText(problems, at("subtitle"), text.subtitle, maxSubtitleLength);
        ExhibitValidator::checkText(problems, at("callToAction"), text.callToAction,
                                    maxTitleLength);
    }

    if (document.chapters.isEmpty())
        problems.append(
            { QStringLiteral("chapters"), QStringLiteral("the exhibit has no chapters") });
    for (int i = 0; i < document.chapters.size(); ++i)
        validateChapter(document, i, problems);
    validateTimeline(document, problems);
    TerritoryMapValidator::validate(document.map, document.languages, problems);
    KeyFigureValidator::validate(document, problems);
    return problems;
}

ContentProblems ExhibitValidator::introduced(const ExhibitDocument &before,
                                             const ExhibitDocument &after)
{
    const ContentProblems was = validate(before);
    ContentProblems added;
    for (const ContentProblem &problem : validate(after)) {
        if (!was.contains(problem))
            added.append(problem);
    }
    return added;
}

int ExhibitDocument::figureIndex(const QString &id) const
{
    for (int i = 0; i < figures.size(); ++i) {
        if (figures.at(i).id == id)
            return i;
    }
    return -1;
}

int ExhibitDocument::timelineIndex(const QString &id) const
{
    for (int i = 0; i < timeline.size(); ++i) {
        if (timeline.at(i).id == id)
            return i;
    }
    return -1;
}

void ExhibitDocument::removeLanguage(const QString &code)
{
    languages.removeAll(code);
    languageNames.remove(code);
    exhibit.remove(code);
    for (Chapter &chapter : chapters) {
        chapter.text.remove(code);
        chapter.narration.remove(code);
    }
    for (TimelineEvent &event : timeline)
        event.text.remove(code);
    for (KeyFigure &figure : figures)
        figure.text.remove(code);
    for (MapState &state : map.states)
        state.name.remove(code);
    for (MapYear &year : map.years)
        year.text.remove(code);
    for (MapFeature &feature : map.features)
        feature.text.remove(code);
    // A field's language is its path's last part ("….title.zh", "….body.zh[2]").
    const QString last = QLatin1Char('.') + code;
    for (auto record = translatedFrom.begin(); record != translatedFrom.end();) {
        if (record.key().section(QLatin1Char('['), 0, 0).endsWith(last))
            record = translatedFrom.erase(record);
        else
            ++record;
    }
}

QString ExhibitDocument::fieldPath(const QString &documentPath) const
{
    if (documentPath.startsWith(QLatin1String("map.")))
        return map.fieldPath(documentPath);
    // "figures[2].role.zh" -> "figures.yue-fei.role.zh", and so for chapters and events.
    static const QRegularExpression indexPattern(
        QStringLiteral("^(chapters|timeline|figures)\\[(\\d+)\\]"));
    const auto match = indexPattern.match(documentPath);
    if (!match.hasMatch())
        return documentPath;
    const QString section = match.captured(1);
    const qsizetype index = match.captured(2).toInt();
    QString id;
    if (section == QLatin1String("chapters"))
        id = index < chapters.size() ? chapters.at(index).id : QString();
    else if (section == QLatin1String("timeline"))
        id = index < timeline.size() ? timeline.at(index).id : QString();
    else
        id = index < figures.size() ? figures.at(index).id : QString();
    return id.isEmpty()
        ? documentPath
        : section + QLatin1Char('.') + id + documentPath.mid(match.capturedLength());
}
