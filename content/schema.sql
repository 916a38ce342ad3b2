-- Exhibit Kiosk content database, schema version 8.
--
-- This file creates a new, empty database at the current schema version.
-- Upgrades of older files run content/migrations/NNNN.sql, one step per
-- version, each in its own transaction (see content/README.md).
--
-- The constraints here catch what they can when a curator edits the file
-- directly (DB Browser for SQLite); the kiosk validates the rest on load.
-- Semicolons end statements: do not use them inside text below.

PRAGMA foreign_keys = ON;

-- Exhibit languages in display order; the first is the default.
CREATE TABLE languages (
    code      TEXT PRIMARY KEY CHECK (length(code) BETWEEN 2 AND 12),
    position  INTEGER NOT NULL UNIQUE CHECK (position >= 0)
);

-- Each language's name as its speakers write it ("English", "中文", "Français"),
-- for the visitor's language switch. A language with no row is named by its code.
CREATE TABLE language_names (
    code  TEXT PRIMARY KEY REFERENCES languages(code) ON UPDATE CASCADE ON DELETE CASCADE,
    name  TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 40)
);

-- Texts may be empty here: a language being translated (a draft) has texts
-- still to write. The validator refuses an exhibit with any, so a draft is
-- never published.

-- Exhibit-wide texts (attract screen, menu header), one row per language.
CREATE TABLE exhibit_texts (
    language        TEXT PRIMARY KEY REFERENCES languages(code) ON UPDATE CASCADE ON DELETE CASCADE,
    title           TEXT NOT NULL CHECK (length(trim(title)) <= 60),
    subtitle        TEXT NOT NULL CHECK (length(trim(subtitle)) <= 140),
    call_to_action  TEXT NOT NULL CHECK (length(trim(call_to_action)) <= 60)
);

-- Chapters in display order.
CREATE TABLE chapters (
    id        TEXT PRIMARY KEY
              CHECK (id IN ('background', 'causes', 'battles', 'aftermath', 'legacy')),
    position  INTEGER NOT NULL UNIQUE CHECK (position >= 0),
    image     TEXT NOT NULL
              CHECK (length(image) > 0 AND substr(image, 1, 1) <> '/' AND instr(image, '..') = 0)
);

CREATE TABLE chapter_texts (
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

CREATE TABLE chapter_paragraphs (
    chapter_id  TEXT NOT NULL,
    language    TEXT NOT NULL,
    position    INTEGER NOT NULL CHECK (position >= 0),
    text        TEXT NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 1600),
    PRIMARY KEY (chapter_id, language, position),
    FOREIGN KEY (chapter_id, language) REFERENCES chapter_texts(chapter_id, language)
        ON UPDATE CASCADE ON DELETE CASCADE
);

-- Spoken narration of a chapter in one language, with its WebVTT captions.
-- Optional: a chapter without a row here simply has no narration.
-- made_from: the fingerprint ("sha256:" and 64 hex digits) of the words the
-- recording speaks (the chapter's title, subtitle and body in that language)
-- when it was made; '' when not known. A text changed since is out of date.
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

-- Dated events on the exhibit's timeline, in date order (ISO 8601 dates as
-- precise as the record: 1120, 1125-11 or 1126-01-18).
CREATE TABLE timeline_events (
    id          TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 40 AND id NOT GLOB '*[^a-z0-9-]*'),
    position    INTEGER NOT NULL UNIQUE CHECK (position >= 0),
    date        TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]' OR date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'
                                     OR date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    end_date    TEXT CHECK (end_date IS NULL OR end_date >= date),
    chapter_id  TEXT REFERENCES chapters(id) ON UPDATE CASCADE ON DELETE SET NULL
);

CREATE TABLE timeline_event_texts (
    event_id  TEXT NOT NULL REFERENCES timeline_events(id) ON UPDATE CASCADE ON DELETE CASCADE,
    language  TEXT NOT NULL REFERENCES languages(code) ON UPDATE CASCADE ON DELETE CASCADE,
    era       TEXT NOT NULL DEFAULT '' CHECK (length(era) <= 40),
    title     TEXT NOT NULL CHECK (length(trim(title)) <= 80),
    text      TEXT NOT NULL CHECK (length(trim(text)) <= 600),
    PRIMARY KEY (event_id, language)
);

-- The territory map: the part of the world it shows, in degrees.
CREATE TABLE map_frame (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    west   REAL NOT NULL CHECK (west >= -180),
    south  REAL NOT NULL CHECK (south >= -85),
    east   REAL NOT NULL CHECK (east <= 180),
    north  REAL NOT NULL CHECK (north <= 85),
    CHECK (west < east AND south < north)
);

-- States in drawing order. A hatched state marks land lost rather than ruled.
CREATE TABLE map_states (
    id        TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 40 AND id NOT GLOB '*[^a-z0-9-]*'),
    position  INTEGER NOT NULL UNIQUE CHECK (position >= 0),
    colour    TEXT NOT NULL CHECK (colour GLOB '#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]'),
    hatched   INTEGER NOT NULL DEFAULT 0 CHECK (hatched IN (0, 1))
);

CREATE TABLE map_state_names (
    state_id  TEXT NOT NULL REFERENCES map_states(id) ON UPDATE CASCADE ON DELETE CASCADE,
    language  TEXT NOT NULL REFERENCES languages(code) ON UPDATE CASCADE ON DELETE CASCADE,
    name      TEXT NOT NULL CHECK (length(trim(name)) <= 40),
    PRIMARY KEY (state_id, language)
);

-- The years the map can show.
CREATE TABLE map_years (
    year  INTEGER PRIMARY KEY CHECK (year BETWEEN 1 AND 9999)
);

CREATE TABLE map_year_texts (
    year      INTEGER NOT NULL REFERENCES map_years(year) ON UPDATE CASCADE ON DELETE CASCADE,
    language  TEXT NOT NULL REFERENCES languages(code) ON UPDATE CASCADE ON DELETE CASCADE,
    title     TEXT NOT NULL CHECK (length(trim(title)) <= 60),
    caption   TEXT NOT NULL CHECK (length(trim(caption)) <= 240),
    description  TEXT NOT NULL DEFAULT '' CHECK (length(trim(description)) <= 700),
    PRIMARY KEY (year, language)
);

-- The area a state held in a year: a JSON list of [longitude, latitude]
-- points around it, and optionally where its name is written.
CREATE TABLE map_regions (
    year      INTEGER NOT NULL REFERENCES map_years(year) ON UPDATE CASCADE ON DELETE CASCADE,
    state_id  TEXT NOT NULL REFERENCES map_states(id) ON UPDATE CASCADE ON DELETE CASCADE,
    outline   TEXT NOT NULL CHECK (json_valid(outline) AND json_type(outline) = 'array' AND json_array_length(outline) >= 3),
    label     TEXT CHECK (label IS NULL OR (json_valid(label) AND json_array_length(label) = 2)),
    PRIMARY KEY (year, state_id)
);

-- Rivers, walls, cities, passes and the sea, in drawing order; a feature
-- may be shown only from or until a year (the Yellow River moved in 1128).
CREATE TABLE map_features (
    id         TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 40 AND id NOT GLOB '*[^a-z0-9-]*'),
    position   INTEGER NOT NULL UNIQUE CHECK (position >= 0),
    kind       TEXT NOT NULL CHECK (kind IN ('sea', 'land', 'river', 'wall', 'city', 'pass')),
    points     TEXT NOT NULL CHECK (json_valid(points) AND json_type(points) = 'array' AND json_array_length(points) >= 1),
    anchor     TEXT NOT NULL DEFAULT 'right' CHECK (anchor IN ('right', 'left', 'above', 'below')),
    label_at   TEXT CHECK (label_at IS NULL OR (json_valid(label_at) AND json_array_length(label_at) = 2)),
    from_year  INTEGER,
    to_year    INTEGER CHECK (to_year IS NULL OR from_year IS NULL OR to_year >= from_year)
);

CREATE TABLE map_feature_texts (
    feature_id  TEXT NOT NULL REFERENCES map_features(id) ON UPDATE CASCADE ON DELETE CASCADE,
    language    TEXT NOT NULL REFERENCES languages(code) ON UPDATE CASCADE ON DELETE CASCADE,
    name        TEXT NOT NULL CHECK (length(name) <= 40),
    note        TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 80),
    PRIMARY KEY (feature_id, language)
);

-- The key figures, in display order, with their portraits (relative to the
-- media root) and romanized names.
CREATE TABLE figures (
    id        TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 40 AND id NOT GLOB '*[^a-z0-9-]*'),
    position  INTEGER NOT NULL UNIQUE CHECK (position >= 0),
    portrait  TEXT NOT NULL
              CHECK (length(portrait) > 0 AND substr(portrait, 1, 1) <> '/' AND instr(portrait, '..') = 0),
    pinyin    TEXT NOT NULL DEFAULT '' CHECK (length(pinyin) <= 40)
);

CREATE TABLE figure_texts (
    figure_id  TEXT NOT NULL REFERENCES figures(id) ON UPDATE CASCADE ON DELETE CASCADE,
    language   TEXT NOT NULL REFERENCES languages(code) ON UPDATE CASCADE ON DELETE CASCADE,
    name       TEXT NOT NULL CHECK (length(trim(name)) <= 40),
    lifespan   TEXT NOT NULL CHECK (length(trim(lifespan)) <= 40),
    role       TEXT NOT NULL CHECK (length(trim(role)) <= 80),
    biography  TEXT NOT NULL CHECK (length(trim(biography)) <= 700),
    portrait_description  TEXT NOT NULL DEFAULT '' CHECK (length(trim(portrait_description)) <= 600),
    PRIMARY KEY (figure_id, language)
);

-- The chapters that tell of a figure, in the order the figure's page lists them.
CREATE TABLE figure_chapters (
    figure_id   TEXT NOT NULL REFERENCES figures(id) ON UPDATE CASCADE ON DELETE CASCADE,
    chapter_id  TEXT NOT NULL REFERENCES chapters(id) ON UPDATE CASCADE ON DELETE CASCADE,
    position    INTEGER NOT NULL CHECK (position >= 0),
    PRIMARY KEY (figure_id, chapter_id)
);

-- The source each translated text was written from (content/translationsources.h):
-- field names the translated text as exhibit-curator get does, a body's
-- paragraphs as chapters.battles.body.zh[2]; source is the fingerprint of the
-- source language's words then. A text with no row is in step with its source.
CREATE TABLE translation_sources (
    field            TEXT PRIMARY KEY CHECK (length(field) BETWEEN 1 AND 200),
    source_language  TEXT NOT NULL REFERENCES languages(code) ON UPDATE CASCADE ON DELETE CASCADE,
    source           TEXT NOT NULL
                     CHECK (length(source) = 71 AND source GLOB 'sha256:*'
                            AND substr(source, 8) NOT GLOB '*[^0-9a-f]*')
);

PRAGMA user_version = 8;
