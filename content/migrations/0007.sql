-- Schema version 6 -> 7: each translated text records the source it was
-- written from, so a translation whose source changed since shows it needs
-- review (exhibit-curator translations). Existing texts have no record: they
-- are taken as in step with their sources.
-- Keep the table identical to content/schema.sql (a test compares them).

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

PRAGMA user_version = 7;
