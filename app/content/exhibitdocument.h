#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include "content/territorymap.h"

/** One problem found in exhibit content: where (a key path such as
 *  "chapters[2].title.zh") and what is wrong, in words a curator understands. */
struct ContentProblem
{
    QString path;
    QString message;

    friend bool operator==(const ContentProblem &a, const ContentProblem &b)
    {
        return a.path == b.path && a.message == b.message;
    }
};
using ContentProblems = QList<ContentProblem>;

/** Exhibit-wide texts in one language (shown on the attract and menu screens). */
struct ExhibitText
{
    QString title;
    QString subtitle;
    QString callToAction;
};

/** A chapter's texts in one language. */
struct ChapterText
{
    QString title;
    QString subtitle;
    QString teaser;
    QString imageCaption;
    QStringList body; // paragraphs
    // For visitors who cannot see the illustration: what it shows, in words.
    QString imageDescription;
    // The chapter in easy-read form: about 80 words, short sentences, every name explained.
    QString inBrief;
};

/** A chapter's spoken narration in one language: audio and WebVTT captions,
 *  both relative to the media root, and the fingerprint of the words it was
 *  made from (content/narrationtext.h), empty when that is not known. */
struct NarrationTrack
{
    QString audio;
    QString captions;
    QString madeFrom;

    friend bool operator==(const NarrationTrack &a, const NarrationTrack &b)
    {
        return a.audio == b.audio && a.captions == b.captions && a.madeFrom == b.madeFrom;
    }
};

/** A timeline event's words in one language. */
struct TimelineText
{
    QString era; // the Chinese reign era and year, e.g. "Jingkang 1" / "靖康元年"; may be empty
    QString title;
    QString text; // two or three sentences
};

/** One dated event on the exhibit's timeline. Dates are ISO 8601 and as
 *  precise as the record: "1120", "1125-11" or "1126-01-18". */
struct TimelineEvent
{
    QString id; // lowercase letters, digits and hyphens
    QString date;
    QString endDate; // optional: the last day of a span (a siege)
    QString chapter; // optional: the chapter that tells of it
    QMap<QString, TimelineText> text; // by language code
};

/** A key figure's words in one language. */
struct KeyFigureText
{
    QString name; // "Emperor Huizong" / "宋徽宗 赵佶"
    QString lifespan; // "1082–1135", "?–1127", "1100–1161 (or 1156)"
    QString role; // one line: "Emperor of Song, 1100–1126"
    QString biography; // a short paragraph
    QString portraitDescription; // the portrait in words, for visitors who cannot see it
};

/** A person of the story: a portrait made for the exhibit, the romanized
 *  name, the chapters that tell of them, and their texts per language. */
struct KeyFigure
{
    QString id; // lowercase letters, digits and hyphens
    QString portrait; // relative to the media root
    QString pinyin; // optional: "Zhào Jí"
    QStringList chapters; // chapter ids, in the order the figure's page lists them
    QMap<QString, KeyFigureText> text; // by language code
};

/** The source a translated text was written from: its language and the
 *  fingerprint of its words then (content/textfingerprint.h). A source that
 *  has changed since means the translation needs review. */
struct TranslationSource
{
    QString language;
    QString fingerprint;

    friend bool operator==(const TranslationSource &a, const TranslationSource &b)
    {
        return a.language == b.language && a.fingerprint == b.fingerprint;
    }
};

struct Chapter
{
    QString id;
    QString image; // relative to the media root
    QMap<QString, ChapterText> text; // by language code
    QMap<QString, NarrationTrack> narration; // by language code; optional
};

/** The whole exhibit in memory: what the JSON source, the SQLite database and
 *  the kiosk's models all hold. */
struct ExhibitDocument
{
    QStringList languages; // display order; the first is the default
    QMap<QString, QString> languageNames; // by code, as its speakers write it; optional
    QMap<QString, ExhibitText> exhibit; // by language code
    QList<Chapter> chapters; // display order
    QList<TimelineEvent> timeline; // in date order
    TerritoryMap map;
    QList<KeyFigure> figures; // display order
    // By the translated field's path ("chapters.battles.title.zh", a body's
    // paragraphs as "chapters.battles.body.zh[2]"); a text with none is taken
    // as in step with its source (content/translationsources.h).
    QMap<QString, TranslationSource> translatedFrom;

    [[nodiscard]] static const QStringList &chapterIds();
    [[nodiscard]] int chapterIndex(const QString &id) const;
    [[nodiscard]] int timelineIndex(const QString &id) const;
    [[nodiscard]] int figureIndex(const QString &id) const;
    // Each id in `items` (events, figures) to where it first appears: built
    // once, it keeps a pass over 100,000 events linear.
    template <typename Item>
    [[nodiscard]] static QHash<QString, int> firstIndexById(const QList<Item> &items)
    {
        QHash<QString, int> indexes;
        indexes.reserve(items.size());
        for (int i = 0; i < items.size(); ++i) {
            if (!indexes.contains(items.at(i).id))
                indexes.insert(items.at(i).id, i);
        }
        return indexes;
    }
    // A problem's path as a curator names a field in the database (and in
    // exhibit-curator get/set): "chapters[2].title.zh" -> "chapters.battles.title.zh".
    [[nodiscard]] QString fieldPath(const QString &documentPath) const;
    // Takes a language and every text in it out of every part of the exhibit
    // (its map included), with the records of what its texts were translated from.
    void removeLanguage(const QString &code);
};

/** Checks the rules every exhibit must meet whatever it was read from: every
 *  language has every text, chapter ids are known and unique, media paths stay
 *  inside the media root. */
class ExhibitValidator
{
public:
    [[nodiscard]] static ContentProblems validate(const ExhibitDocument &document);
    [[nodiscard]] static bool isSafeMediaPath(const QString &path);
    // The first tag or character entity in `text` ("<img", "&amp;"), or nothing.
    [[nodiscard]] static QString markupIn(const QString &text);
    // The same, and every text's layout limit in characters by field path
    // ("chapters.battles.title.en"; a body's paragraphs as
    // "chapters.battles.body.en[0]") into *textLimits: exactly what is
    // checked, in the same pass, for an editor that counts down as the
    // curator types.
    [[nodiscard]] static ContentProblems validate(const ExhibitDocument &document,
                                                  QHash<QString, int> *textLimits);
    // The problems `after` has that `before` did not: what a change made.
    // A change may leave what was wrong before (texts a language being
    // translated still lacks) but must not add to it.
    [[nodiscard]] static ContentProblems introduced(const ExhibitDocument &before,
                                                    const ExhibitDocument &after);
    // What is allowed but should be seen to: a narration whose chapter's
    // words changed after it was made. Never a reason to refuse the exhibit.
    [[nodiscard]] static ContentProblems warnings(const ExhibitDocument &document);
    // Reports text that is empty (when required), longer than the layout allows,
    // or written as markup.
    static void checkText(ContentProblems &problems, const QString &path, const QString &text,
                          int maxLength, bool required = true);
    // A picture's description: as checkText, and when empty says why it is needed.
    static void checkDescription(ContentProblems &problems, const QString &path,
                                 const QString &text, int maxLength);

    // Layout limits, in characters: the screens are designed for these.
    static constexpr int maxTitleLength = 60;
    static constexpr int maxSubtitleLength = 140;
    static constexpr int maxTeaserLength = 140;
    static constexpr int maxCaptionLength = 240;
    // A picture described in words: a few sentences, spoken in under a minute.
    static constexpr int maxDescriptionLength = 600;
    // The chapter in easy-read form: about 80 words (and room for Chinese's longer count).
    static constexpr int maxInBriefLength = 900;
    static constexpr int maxParagraphLength = 1600;
    static constexpr int maxEventTitleLength = 80;
    static constexpr int maxEventTextLength = 600;
    static constexpr int maxEraLength = 40;
    static constexpr int maxLanguageNameLength = 40;

    // "1126", "1126-01" or "1126-01-18", a real date; and its sortable form.
    [[nodiscard]] static bool isEventDate(const QString &date);
};
