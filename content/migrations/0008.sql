-- Schema version 7 -> 8, for visitors who cannot see the pictures or read
-- the full text: each chapter's illustration described in words
-- (image_description) and the chapter told in easy-read form (in_brief),
-- each portrait described (portrait_description) and each map year told in
-- words, who holds what (description). Existing rows get empty texts, which
-- the validator refuses until they are written, so a migrated exhibit says
-- what it lacks rather than publishing without it.
-- SQLite adds a column with its CHECK by rebuilding the table; chapter_texts
-- has children (paragraphs, narration), set aside first so that dropping it
-- deletes nothing.
-- Keep every table identical to content/schema.sql (a test compares them).

CREATE TABLE map_year_texts_v8 (
    year      INTEGER NOT NULL REFERENCES map_years(year) ON UPDATE CASCADE ON DELETE CASCADE,
    language  TEXT NOT NULL REFERENCES languages(code) ON UPDATE CASCADE ON DELETE CASCADE,
    title     TEXT NOT NULL CHECK (length(trim(title)) <= 60),
    caption   TEXT NOT NULL CHECK (length(trim(caption)) <= 240),
    description  TEXT NOT NULL DEFAULT '' CHECK (length(trim(description)) <= 700),
    PRIMARY KEY (year, language)
);
INSERT INTO map_year_texts_v8 (year, language, title, caption)
    SELECT year, language, title, caption FROM map_year_texts;
DROP TABLE map_year_texts;
ALTER TABLE map_year_texts_v8 RENAME TO map_year_texts;

CREATE TABLE figure_texts_v8 (
    figure_id  TEXT NOT NULL REFERENCES figures(id) ON UPDATE CASCADE ON DELETE CASCADE,
    language   TEXT NOT NULL REFERENCES languages(code) ON UPDATE CASCADE ON DELETE CASCADE,
    name       TEXT NOT NULL CHECK (length(trim(name)) <= 40),
    lifespan   TEXT NOT NULL CHECK (length(trim(lifespan)) <= 40),
    role       TEXT NOT NULL CHECK (length(trim(role)) <= 80),
    biography  TEXT NOT NULL CHECK (length(trim(biography)) <= 700),
    portrait_description  TEXT NOT NULL DEFAULT '' CHECK (length(trim(portrait_description)) <= 600),
    PRIMARY KEY (figure_id, language)
);
INSERT INTO figure_texts_v8 (figure_id, language, name, lifespan, role, biography)
    SELECT figure_id, language, name, lifespan, role, biography FROM figure_texts;
DROP TABLE figure_texts;
ALTER TABLE figure_texts_v8 RENAME TO figure_texts;

CREATE TABLE chapter_paragraphs_v7 AS SELECT * FROM chapter_paragraphs;
CREATE TABLE chapter_narration_v7 AS SELECT * FROM chapter_narration;
DROP TABLE chapter_narration;
DROP TABLE chapter_paragraphs;
CREATE TABLE chapter_texts_v8 (
    chapter_id     TEXT NOT NULL REFERENCES chapters(id) ON UPDATE CASCADE ON DELETE CASCADE,
    language       TEXT NOT NULL REFERENCES languages(code) ON UPDATE CASCADE ON DELETE CASCADE,
    title          TEXT NOT NULL CHECK (length(trim(title)) <= 60),
    subtitle       TEXT NOT NULL CHECK (length(trim(subtitle)) <= 140),
    teaser         TEXT NOT NULL CHECK (length(trim(teaser)) <= 140),
    image_caption  TEXT NOT NULL CHECK (length(trim(image_caption)) <= 240),
    image_description  TEXT NOT NULL DEFAULT '' CHECK (length(trim(image_description)) <= 600),
    in_brief       TEXT NOT NULL DEFAULT '' CHECK (length(trim(in_brief)) <= 900),
    PRIMARY KEY (chapter_id, language)
);
INSERT INTO chapter_texts_v8 (chapter_id, language, title, subtitle, teaser, image_caption)
    SELECT chapter_id, language, title, subtitle, teaser, image_caption FROM chapter_texts;
DROP TABLE chapter_texts;
ALTER TABLE chapter_texts_v8 RENAME TO chapter_texts;
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
    SELECT chapter_id, language, position, text FROM chapter_paragraphs_v7;
DROP TABLE chapter_paragraphs_v7;
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
    SELECT chapter_id, language, audio, captions, made_from FROM chapter_narration_v7;
DROP TABLE chapter_narration_v7;

PRAGMA user_version = 8;
