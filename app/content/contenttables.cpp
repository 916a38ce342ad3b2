#include "content/contenttables.h"

#include "content/sqlstatement.h"
#include "content/territorymaptables.h"
#include "content/translationsources.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

bool ContentTables::writeTimeline(QSqlDatabase db, const ExhibitDocument &document, QString *error)
{
    Statement event(
        db,
        QStringLiteral("INSERT INTO timeline_events (id, position, date, end_date, chapter_id) "
                       "VALUES (?, ?, ?, ?, ?)"),
        error);
    Statement text(
        db,
        QStringLiteral("INSERT INTO timeline_event_texts (event_id, language, era, title, text) "
                       "VALUES (?, ?, ?, ?, ?)"),
        error);
    const auto orNull
        = [](const QString &value) { return value.isEmpty() ? QVariant() : QVariant(value); };
    for (int i = 0; i < document.timeline.size(); ++i) {
        const TimelineEvent &e = document.timeline.at(i);
        if (!event.bind(e.id)
                 .bind(i)
                 .bind(e.date)
                 .bind(orNull(e.endDate))
                 .bind(orNull(e.chapter))
                 .exec())
            return false;
        for (const QString &code : document.languages) {
            const TimelineText t = e.text.value(code);
            // A null QString binds as NULL; the column wants text, empty when unknown.
            if (!text.bind(e.id)
                     .bind(code)
                     .bind(t.era.isNull() ? QStringLiteral("") : t.era)
                     .bind(t.title)
                     .bind(t.text)
                     .exec())
                return false;
        }
    }
    return true;
}

bool ContentTables::readTimeline(QSqlDatabase db, ExhibitDocument *document, QString *error)
{
    Statement events(
        db,
        QStringLiteral(
            "SELECT id, date, end_date, chapter_id FROM timeline_events ORDER BY position"),
        error);
    if (!events.exec())
        return false;
    for (QSqlQuery &q = events.query(); events.next();)
        document->timeline.append({ q.value(0).toString(),
                                    q.value(1).toString(),
                                    q.value(2).toString(),
                                    q.value(3).toString(),
                                    {} });
    Statement texts(
        db, QStringLiteral("SELECT event_id, language, era, title, text FROM timeline_event_texts"),
        error);
    if (!texts.exec())
        return false;
    const QHash<QString, int> eventAt = ExhibitDocument::firstIndexById(document->timeline);
    for (QSqlQuery &q = texts.query(); texts.next();) {
        const int index = eventAt.value(q.value(0).toString(), -1);
        if (index >= 0)
            document->timeline[index].text.insert(
                q.value(1).toString(),
                { q.value(2).toString(), q.value(3).toString(), q.value(4).toString() });
    }
    return true;
}

bool ContentTables::writeFigures(QSqlDatabase db, const ExhibitDocument &document, QString *error)
{
    Statement figure(
        db,
        QStringLiteral("INSERT INTO figures (id, position, portrait, pinyin) VALUES (?, ?, ?, ?)"),
        error);
    Statement text(
        db,
        QStringLiteral(
            "INSERT INTO figure_texts (figure_id, language, name, lifespan, role, biography, "
            "portrait_description) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        error);
    Statement chapter(
        db,
        QStringLiteral(
            "INSERT INTO figure_chapters (figure_id, chapter_id, position) VALUES (?, ?, ?)"),
        error);
    for (int i = 0; i < document.figures.size(); ++i) {
        const KeyFigure &f = document.figures.at(i);
        if (!figure.bind(f.id)
                 .bind(i)
                 .bind(f.portrait)
                 .bind(f.pinyin.isNull() ? QStringLiteral("") : f.pinyin)
                 .exec())
            return false;
        for (const QString &code : document.languages) {
            const KeyFigureText t = f.text.value(code);
            if (!text.bind(f.id)
                     .bind(code)
                     .bind(t.name)
                     .bind(t.lifespan)
                     .bind(t.role)
                     .bind(t.biography)
                     .bind(t.portraitDescription)
                     .exec())
                return false;
        }
        for (int c = 0; c < f.chapters.size(); ++c) {
            if (!chapter.bind(f.id).bind(f.chapters.at(c)).bind(c).exec())
                return false;
        }
    }
    return true;
}

bool ContentTables::readFigures(QSqlDatabase db, ExhibitDocument *document, QString *error)
{
    Statement figures(
        db, QStringLiteral("SELECT id, portrait, pinyin FROM figures ORDER BY position"), error);
    Statement texts(
        db,
        QStringLiteral(
            "SELECT figure_id, language, name, lifespan, role, biography, portrait_description "
            "FROM figure_texts"),
        error);
    Statement chapters(
        db,
        QStringLiteral(
            "SELECT figure_id, chapter_id FROM figure_chapters ORDER BY figure_id, position"),
        error);
    if (!figures.exec() || !texts.exec() || !chapters.exec())
        return false;
    for (QSqlQuery &q = figures.query(); figures.next();)
        document->figures.append(
            { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), {}, {} });
    const QHash<QString, int> figureAt = ExhibitDocument::firstIndexById(document->figures);
    for (QSqlQuery &q = texts.query(); texts.next();) {
        const int index = figureAt.value(q.value(0).toString(), -1);
        if (index >= 0)
            document->figures[index].text.insert(q.value(1).toString(),
                                                 { q.value(2).toString(), q.value(3).toString(),
                                                   q.value(4).toString(), q.value(5).toString(),
                                                   q.value(6).toString() });
    }
    for (QSqlQuery &q = chapters.query(); chapters.next();) {
        const int index = figureAt.value(q.value(0).toString(), -1);
        if (index >= 0)
            document->figures[index].chapters.append(q.value(1).toString());
    }
    return true;
}

bool ContentTables::write(QSqlDatabase db, const ExhibitDocument &document, QString *error)
{
    // Children first, so foreign keys never point at a deleted row.
    const QStringList tables = TerritoryMapTables::tables()
        + QStringList { QStringLiteral("translation_sources"),
                        QStringLiteral("language_names"),
                        QStringLiteral("figure_chapters"),
                        QStringLiteral("figure_texts"),
                        QStringLiteral("figures"),
                        QStringLiteral("timeline_event_texts"),
                        QStringLiteral("timeline_events"),
                        QStringLiteral("chapter_narration"),
                        QStringLiteral("chapter_paragraphs"),
                        QStringLiteral("chapter_texts"),
                        QStringLiteral("chapters"),
                        QStringLiteral("exhibit_texts"),
                        QStringLiteral("languages") };
    for (const QString &table : tables) {
        if (!Statement(db, QStringLiteral("DELETE FROM %1").arg(table), error).exec())
            return false;
    }

    Statement language(db, QStringLiteral("INSERT INTO languages (code, position) VALUES (?, ?)"),
                       error);
    for (int i = 0; i < document.languages.size(); ++i) {
        if (!language.bind(document.languages.at(i)).bind(i).exec())
            return false;
    }
    Statement name(db, QStringLiteral("INSERT INTO language_names (code, name) VALUES (?, ?)"),
                   error);
    for (const QString &code : document.languages) {
        const QString written = document.languageNames.value(code);
        if (!written.isEmpty() && !name.bind(code).bind(written).exec())
            return false;
    }

    Statement exhibit(
        db,
        QStringLiteral("INSERT INTO exhibit_texts (language, title, subtitle, call_to_action) "
                       "VALUES (?, ?, ?, ?)"),
        error);
    for (const QString &code : document.languages) {
        const ExhibitText text = document.exhibit.value(code);
        if (!exhibit.bind(code).bind(text.title).bind(text.subtitle).bind(text.callToAction).exec())
            return false;
    }

    Statement chapter(
        db, QStringLiteral("INSERT INTO chapters (id, position, image) VALUES (?, ?, ?)"), error);
    Statement chapterText(
        db,
        QStringLiteral("INSERT INTO chapter_texts (chapter_id, language, title, subtitle, teaser, "
                       "image_caption, image_description, in_brief) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        error);
    Statement paragraph(
        db,
        QStringLiteral("INSERT INTO chapter_paragraphs (chapter_id, language, position, text) "
                       "VALUES (?, ?, ?, ?)"),
        error);
    for (int i = 0; i < document.chapters.size(); ++i) {
        const Chapter &c = document.chapters.at(i);
        if (!chapter.bind(c.id).bind(i).bind(c.image).exec())
            return false;
        for (const QString &code : document.languages) {
            const ChapterText text = c.text.value(code);
            if (!chapterText.bind(c.id)
                     .bind(code)
                     .bind(text.title)
                     .bind(text.subtitle)
                     .bind(text.teaser)
                     .bind(text.imageCaption)
                     .bind(text.imageDescription)
                     .bind(text.inBrief)
                     .exec())
                return false;
            for (int p = 0; p < text.body.size(); ++p) {
                if (!paragraph.bind(c.id).bind(code).bind(p).bind(text.body.at(p)).exec())
                    return false;
            }
        }
    }

    Statement narration(
        db,
        QStringLiteral("INSERT INTO chapter_narration (chapter_id, language, audio, captions, "
                       "made_from) VALUES (?, ?, ?, ?, ?)"),
        error);
    for (const Chapter &c : document.chapters) {
        for (auto it = c.narration.begin(); it != c.narration.end(); ++it) {
            if (!narration.bind(c.id)
                     .bind(it.key())
                     .bind(it->audio)
                     .bind(it->captions)
                     // Not known: '' (a null string would bind as NULL).
                     .bind(it->madeFrom.isNull() ? QStringLiteral("") : it->madeFrom)
                     .exec())
                return false;
        }
    }

    return writeTimeline(db, document, error)
        && TerritoryMapTables::write(db, document.map, document.languages, error)
        && writeFigures(db, document, error) && writeTranslationSources(db, document, error);
}

bool ContentTables::writeTranslationSources(QSqlDatabase db, const ExhibitDocument &document,
                                            QString *error)
{
    Statement row(db,
                  QStringLiteral("INSERT INTO translation_sources (field, source_language, "
                                 "source) VALUES (?, ?, ?)"),
                  error);
    const QMap<QString, TranslationSource> sources = TranslationSources::current(document);
    for (auto it = sources.cbegin(); it != sources.cend(); ++it) {
        if (!row.bind(it.key()).bind(it->language).bind(it->fingerprint).exec())
            return false;
    }
    return true;
}

bool ContentTables::readLanguageNames(QSqlDatabase db, ExhibitDocument *document, QString *error)
{
    Statement rows(db, QStringLiteral("SELECT code, name FROM language_names"), error);
    if (!rows.exec())
        return false;
    for (QSqlQuery &q = rows.query(); rows.next();)
        document->languageNames.insert(q.value(0).toString(), q.value(1).toString());
    return true;
}

bool ContentTables::readTranslationSources(QSqlDatabase db, ExhibitDocument *document,
                                           QString *error)
{
    Statement rows(db,
                   QStringLiteral("SELECT field, source_language, source FROM translation_sources"),
                   error);
    if (!rows.exec())
        return false;
    for (QSqlQuery &q = rows.query(); rows.next();)
        document->translatedFrom.insert(q.value(0).toString(),
                                        { q.value(1).toString(), q.value(2).toString() });
    return true;
}

bool ContentTables::read(QSqlDatabase db, ExhibitDocument *document, QString *error)
{
    ExhibitDocument result;

    Statement languages(db, QStringLiteral("SELECT code FROM languages ORDER BY position"), error);
    if (!languages.exec())
        return false;
    while (languages.next())
        result.languages.append(languages.query().value(0).toString());

    Statement exhibit(
        db, QStringLiteral("SELECT language, title, subtitle, call_to_action FROM exhibit_texts"),
        error);
    if (!exhibit.exec())
        return false;
    for (QSqlQuery &q = exhibit.query(); exhibit.next();)
        result.exhibit.insert(
            q.value(0).toString(),
            { q.value(1).toString(), q.value(2).toString(), q.value(3).toString() });

    Statement chapters(db, QStringLiteral("SELECT id, image FROM chapters ORDER BY position"),
                       error);
    if (!chapters.exec())
        return false;
    for (QSqlQuery &q = chapters.query(); chapters.next();)
        result.chapters.append({ q.value(0).toString(), q.value(1).toString(), {} });

    Statement texts(
        db,
        QStringLiteral("SELECT chapter_id, language, title, subtitle, teaser, image_caption, "
                       "image_description, in_brief FROM chapter_texts"),
        error);
    if (!texts.exec())
        return false;
    for (QSqlQuery &q = texts.query(); texts.next();) {
        const int index = result.chapterIndex(q.value(0).toString());
        if (index >= 0)
            result.chapters[index].text.insert(q.value(1).toString(),
                                               { q.value(2).toString(),
                                                 q.value(3).toString(),
                                                 q.value(4).toString(),
                                                 q.value(5).toString(),
                                                 {},
                                                 q.value(6).toString(),
                                                 q.value(7).toString() });
    }

    Statement paragraphs(db,
                         QStringLiteral("SELECT chapter_id, language, text FROM chapter_paragraphs "
                                        "ORDER BY chapter_id, language, position"),
                         error);
    if (!paragraphs.exec())
        return false;
    for (QSqlQuery &q = paragraphs.query(); paragraphs.next();) {
        const int index = result.chapterIndex(q.value(0).toString());
        if (index >= 0)
            result.chapters[index].text[q.value(1).toString()].body.append(q.value(2).toString());
    }

    Statement narration(
        db,
        QStringLiteral(
            "SELECT chapter_id, language, audio, captions, made_from FROM chapter_narration"),
        error);
    if (!narration.exec())
        return false;
    for (QSqlQuery &q = narration.query(); narration.next();) {
        const int index = result.chapterIndex(q.value(0).toString());
        if (index >= 0)
            result.chapters[index].narration.insert(
                q.value(1).toString(),
                { q.value(2).toString(), q.value(3).toString(), q.value(4).toString() });
    }

    if (!readTimeline(db, &result, error) || !TerritoryMapTables::read(db, &result.map, error)
        || !readFigures(db, &result, error) || !readTranslationSources(db, &result, error)
        || !readLanguageNames(db, &result, error))
        return false;
    // A row that failed to read (too big, or the time budget spent) ends its
    // loop early: the error is in *error.
    if (!error->isEmpty())
        return false;
    *document = result;
    return true;
}
