-- Schema version 5 -> 6: a narration records which text it was made from
-- (made_from), so a chapter whose text changed afterwards can say its
-- narration is out of date. Every existing recording's origin is unknown ('').
-- Keep the table identical to content/schema.sql (a test compares them);
-- SQLite adds a column with a CHECK by rebuilding the table.

CREATE TABLE chapter_narration_v6 (
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
INSERT INTO chapter_narration_v6 (chapter_id, language, audio, captions)
    SELECT chapter_id, language, audio, captions FROM chapter_narration;
DROP TABLE chapter_narration;
ALTER TABLE chapter_narration_v6 RENAME TO chapter_narration;

PRAGMA user_version = 6;
