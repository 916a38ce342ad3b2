-- Schema version 2 -> 3: the timeline moves from a JSON section into tables.
-- Keep the tables identical to content/schema.sql (a test compares them).
-- A timeline section already in the v3 event shape is carried over; one
-- that is not fails a constraint, and the migration (one transaction)
-- changes nothing and says which.

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
    title     TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 80),
    text      TEXT NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 600),
    PRIMARY KEY (event_id, language)
);

-- Named so that the refusal explains itself: "CHECK constraint failed: …".
CREATE TEMP TABLE timeline_migration_check (
    problem TEXT CONSTRAINT "the timeline section is not in the version 3 event shape (id, date, title and text per event): reshape it as content/README.md describes, then migrate again"
            CHECK (problem IS NULL)
);
INSERT INTO timeline_migration_check (problem)
    SELECT 'not an event' FROM sections, json_each(sections.json) AS event
    WHERE sections.name = 'timeline'
      AND (json_extract(event.value, '$.id') IS NULL OR json_extract(event.value, '$.date') IS NULL
           OR json_type(event.value, '$.title') IS NOT 'object' OR json_type(event.value, '$.text') IS NOT 'object');
DROP TABLE timeline_migration_check;

INSERT INTO timeline_events (id, position, date, end_date, chapter_id)
    SELECT json_extract(value, '$.id'), CAST(key AS INTEGER), json_extract(value, '$.date'),
           json_extract(value, '$.endDate'), json_extract(value, '$.chapter')
    FROM sections, json_each(sections.json)
    WHERE sections.name = 'timeline';

INSERT INTO timeline_event_texts (event_id, language, era, title, text)
    SELECT json_extract(event.value, '$.id'), languages.code,
           coalesce(json_extract(event.value, '$.era.' || languages.code), ''),
           json_extract(event.value, '$.title.' || languages.code),
           json_extract(event.value, '$.text.' || languages.code)
    FROM sections, json_each(sections.json) AS event, languages
    WHERE sections.name = 'timeline';

-- The sections table without 'timeline' (SQLite changes a CHECK by rebuilding the table).
CREATE TABLE sections_v3 (
    name  TEXT PRIMARY KEY CHECK (name IN ('figures', 'map')),
    json  TEXT NOT NULL CHECK (json_valid(json))
);
INSERT INTO sections_v3 (name, json) SELECT name, json FROM sections WHERE name <> 'timeline';
DROP TABLE sections;
ALTER TABLE sections_v3 RENAME TO sections;

PRAGMA user_version = 3;
