-- Schema version 6 -> 7, for translators and languages as data:
-- translation_sources records the source each translated text was written
-- from, so a translation whose source changed since shows it needs review
-- (existing texts have no row: in step with their sources). language_names
-- holds each language's own name. The tables of texts accept empty texts, for
-- a language being translated (a draft the validator refuses to publish):
-- SQLite changes a CHECK by rebuilding the table, and a table with children
-- (chapter_texts) is rebuilt with its children set aside first, so that
-- dropping it deletes nothing.
-- Keep every table identical to content/schema.sql (a test compares them).

CREATE TABLE translation_sources (
    field            TEXT PRIMARY KEY CHECK (length(field) BETWEEN 1 AND 200),
    source_language  TEXT NOT NULL REFERENCES languages(code) ON UPDATE CASCADE ON DELETE CASCADE,
    source           TEXT NOT NULL
                     CHECK (length(source) = 71 AND source GLOB 'sha256:*'
                            AND substr(source, 8) NOT GLOB '*[^0-9a-f]*')
);

CREATE TABLE language_names (
    code  TEXT PRIMARY KEY REFERENCES languages(code) ON UPDATE CASCADE ON DELETE CASCADE,
    name  TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 40)
);

CREATE TABLE exhibit_texts_v7 (
    language        TEXT PRIMARY KEY REFERENCES languages(code) ON UPDATE CASCADE ON DELETE CASCADE,
    title           TEXT NOT NULL CHECK (length(trim(title)) <= 60),
    subtitle        TEXT NOT NULL CHECK (length(trim(subtitle)) <= 140),
    call_to_action  TEXT NOT NULL CHECK (length(trim(call_to_action)) <= 60)
);
INSERT INTO exhibit_texts_v7 (language, title, subtitle, call_to_action)
    SELECT language, title, subtitle, call_to_action FROM exhibit_texts;
DROP TABLE exhibit_texts;
ALTER TABLE exhibit_texts_v7 RENAME TO exhibit_texts;

CREATE TABLE timeline_event_texts_v7 (
    event_id  TEXT NOT NULL REFERENCES timeline_events(id) ON UPDATE CASCADE ON DELETE CASCADE,
    language  TEXT NOT NULL REFERENCES languages(code) ON UPDATE CASCADE ON DELETE CASCADE,
    era       TEXT NOT NULL DEFAULT '' CHECK (length(era) <= 40),
    title     TEXT NOT NULL CHECK (length(trim(title)) <= 80),
    text      TEXT NOT NULL CHECK (length(trim(text)) <= 600),
    PRIMARY KEY (event_id, language)
);
INSERT INTO timeline_event_texts_v7 (event_id, language, era, title, text)
    SELECT event_id, language, era, title, text FROM timeline_event_texts;
DROP TABLE timeline_event_texts;
ALTER TABLE timeline_event_texts_v7 RENAME TO timeline_event_texts;

CREATE TABLE map_state_names_v7 (
    state_id  TEXT NOT NULL REFERENCES map_states(id) ON UPDATE CASCADE ON DELETE CASCADE,
    language  TEXT NOT NULL REFERENCES languages(code) ON UPDATE CASCADE ON DELETE CASCADE,
    name      TEXT NOT NULL CHECK (length(trim(name)) <= 40),
    PRIMARY KEY (state_id, language)
);
INSERT INTO map_state_names_v7 (state_id, language, name)
    SELECT state_id, language, name FROM map_state_names;
DROP TABLE map_state_names;
ALTER TABLE map_state_names_v7 RENAME TO map_state_names;

CREATE TABLE map_year_texts_v7 (
    year      INTEGER NOT NULL REFERENCES map_years(year) ON UPDATE CASCADE ON DELETE CASCADE,
    language  TEXT NOT NULL REFERENCES languages(code) ON UPDATE CASCADE ON DELETE CASCADE,
    title     TEXT NOT NULL CHECK (length(trim(title)) <= 60),
    caption   TEXT NOT NULL CHECK (length(trim(caption)) <= 240),
    PRIMARY KEY (year, language)
);
INSERT INTO map_year_texts_v7 (year, language, title, caption)
    SELECT year, language, title, caption FROM map_year_texts;
DROP TABLE map_year_texts;
ALTER TABLE map_year_texts_v7 RENAME TO map_year_texts;

CREATE TABLE figure_texts_v7 (
    figure_id  TEXT NOT NULL REFERENCES figures(id) ON UPDATE CASCADE ON DELETE CASCADE,
    language   TEXT NOT NULL REFERENCES languages(code) ON UPDATE CASCADE ON DELETE CASCADE,
    name       TEXT NOT NULL CHECK (length(trim(name)) <= 40),
    lifespan   TEXT NOT NULL CHECK (length(trim(lifespan)) <= 40),
    role       TEXT NOT NULL CHECK (length(trim(role)) <= 80),
    biography  TEXT NOT NULL CHECK (length(trim(biography)) <= 700),
    PRIMARY KEY (figure_id, language)
);
INSERT INTO figure_texts_v7 (figure_id, language, name, lifespan, role, biography)
    SELECT figure_id, language, name, lifespan, role, biography FROM figure_texts;
DROP TABLE figure_texts;
ALTER TABLE figure_texts_v7 RENAME TO figure_texts;

CREATE TABLE chapter_paragraphs_v6 AS SELECT * FROM chapter_paragraphs;
CREATE TABLE chapter_narration_v6 AS SELECT * FROM chapter_narration;
DROP TABLE chapter_narration;
DROP TABLE chapter_paragraphs;
CREATE TABLE chapter_texts_v7 (
    chapter_id     TEXT NOT NULL REFERENCES chapters(id) ON UPDATE CASCADE ON DELETE CASCADE,
    language       TEXT NOT NULL REFERENCES languages(code) ON UPDATE CASCADE ON DELETE CASCADE,
    title          TEXT NOT NULL CHECK (length(trim(title)) <= 60),
    subtitle       TEXT NOT NULL CHECK (length(trim(subtitle)) <= 140),
    teaser         TEXT NOT NULL CHECK (length(trim(teaser)) <= 140),
    image_caption  TEXT NOT NULL CHECK (length(trim(image_caption)) <= 240),
    PRIMARY KEY (chapter_id, language)
);
INSERT INTO chapter_texts_v7 (chapter_id, language, title, subtitle, teaser, image_caption)
    SELECT chapter_id, language, title, subtitle, teaser, image_caption FROM chapter_texts;
DROP TABLE chapter_texts;
ALTER TABLE chapter_texts_v7 RENAME TO chapter_texts;
CREATE TABLE chapter_paragraphs (
    chapter_id  TEXT NOT NULL,
    language    TEXT NOT NULL,
    position    INTEGER NOT NULL CHECK (position >= 0),
    text        TEXT NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 1600),
    PRIMARY KEY (chapter_id, language, position),
    FOREIGN KEY (chapter_id, language) REFERENCES chapter_texts(chapter_id, language)
        ON UPDATE CASCADE ON DELETE CASCADE
);
INSERT INTO chapter_paragraphs (chapter_id, language, position, text)
    SELECT chapter_id, language, position, text FROM chapter_paragraphs_v6;
DROP TABLE chapter_paragraphs_v6;
CREATE TABLE chapter_narration (
    chapter_id  TEXT NOT NULL,
    language    TEXT NOT NULL,
    audio       TEXT NOT NULL
                CHECK (length(audio) > 0 AND substr(audio, 1, 1) <> '/' AND instr(audio, '..') = 0),
    captions    TEXT NOT NULL
                CHECK (length(captions) > 0 AND substr(captions, 1, 1) <> '/' AND instr(captions, '..') = 0),
    made_from   TEXT NOT NULL DEFAULT ''
                CHECK (made_from = '' OR (length(made_from) = 71 AND made_from GLOB 'sha256:*'
                                          AND substr(made_from, 8) NOT GLOB '*[^0-9a-f]*')),
    PRIMARY KEY (chapter_id, language),
    FOREIGN KEY (chapter_id, language) REFERENCES chapter_texts(chapter_id, language)
        ON UPDATE CASCADE ON DELETE CASCADE
);
INSERT INTO chapter_narration (chapter_id, language, audio, captions, made_from)
    SELECT chapter_id, language, audio, captions, made_from FROM chapter_narration_v6;
DROP TABLE chapter_narration_v6;

PRAGMA user_version = 7;
