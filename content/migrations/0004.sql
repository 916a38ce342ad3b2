-- Schema version 3 -> 4: the territory map moves from a JSON section into tables.
-- Keep the tables identical to content/schema.sql (a test compares them).
-- No kiosk version ever read a map section, so there is no shape to carry
-- over: a file whose map section holds anything fails a constraint, and the
-- migration (one transaction) changes nothing and says what to do.

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
    name      TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 40),
    PRIMARY KEY (state_id, language)
);

-- The years the map can show.
CREATE TABLE map_years (
    year  INTEGER PRIMARY KEY CHECK (year BETWEEN 1 AND 9999)
);

CREATE TABLE map_year_texts (
    year      INTEGER NOT NULL REFERENCES map_years(year) ON UPDATE CASCADE ON DELETE CASCADE,
    language  TEXT NOT NULL REFERENCES languages(code) ON UPDATE CASCADE ON DELETE CASCADE,
    title     TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 60),
    caption   TEXT NOT NULL CHECK (length(trim(caption)) BETWEEN 1 AND 240),
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

-- Named so that the refusal explains itself: "CHECK constraint failed: …".
CREATE TEMP TABLE map_migration_check (
    problem TEXT CONSTRAINT "the map section is not empty: export the file with the previous exhibit-curator, remove the map section, migrate, then add the map in the version 4 shape content/README.md describes"
            CHECK (problem IS NULL)
);
INSERT INTO map_migration_check (problem)
    SELECT 'not empty' FROM sections WHERE name = 'map' AND json NOT IN ('{}', '[]', 'null');
DROP TABLE map_migration_check;

-- The sections table without 'map' (SQLite changes a CHECK by rebuilding the table).
CREATE TABLE sections_v4 (
    name  TEXT PRIMARY KEY CHECK (name IN ('figures')),
    json  TEXT NOT NULL CHECK (json_valid(json))
);
INSERT INTO sections_v4 (name, json) SELECT name, json FROM sections WHERE name <> 'map';
DROP TABLE sections;
ALTER TABLE sections_v4 RENAME TO sections;

PRAGMA user_version = 4;
