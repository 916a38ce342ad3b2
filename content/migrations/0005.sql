-- Schema version 4 -> 5: the key figures move from a JSON section into tables,
-- and the sections table, now empty of purpose, goes.
-- Keep the tables identical to content/schema.sql (a test compares them).
-- No kiosk version ever read a figures section, so there is no shape to
-- carry over: a file whose figures section holds anything fails a
-- constraint, and the migration (one transaction) changes nothing.

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
    name       TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 40),
    lifespan   TEXT NOT NULL CHECK (length(trim(lifespan)) BETWEEN 1 AND 40),
    role       TEXT NOT NULL CHECK (length(trim(role)) BETWEEN 1 AND 80),
    biography  TEXT NOT NULL CHECK (length(trim(biography)) BETWEEN 1 AND 700),
    PRIMARY KEY (figure_id, language)
);

-- The chapters that tell of a figure, in the order the figure's page lists them.
CREATE TABLE figure_chapters (
    figure_id   TEXT NOT NULL REFERENCES figures(id) ON UPDATE CASCADE ON DELETE CASCADE,
    chapter_id  TEXT NOT NULL REFERENCES chapters(id) ON UPDATE CASCADE ON DELETE CASCADE,
    position    INTEGER NOT NULL CHECK (position >= 0),
    PRIMARY KEY (figure_id, chapter_id)
);

-- Named so that the refusal explains itself: "CHECK constraint failed: …".
CREATE TEMP TABLE figures_migration_check (
    problem TEXT CONSTRAINT "the figures section is not empty: export the file with the previous exhibit-curator, remove the figures section, migrate, then add the figures in the version 5 shape content/README.md describes"
            CHECK (problem IS NULL)
);
INSERT INTO figures_migration_check (problem)
    SELECT 'not empty' FROM sections WHERE name = 'figures' AND json NOT IN ('[]', '{}', 'null');
DROP TABLE figures_migration_check;

DROP TABLE sections;

PRAGMA user_version = 5;
