-- Schema version 1 -> 2: chapter narration (audio and captions per language).
-- Keep identical to the table in content/schema.sql (a test compares them).

-- Spoken narration of a chapter in one language, with its WebVTT captions.
-- Optional: a chapter without a row here simply has no narration.
CREATE TABLE chapter_narration (
    chapter_id  TEXT NOT NULL,
    language    TEXT NOT NULL,
    audio       TEXT NOT NULL
                CHECK (length(audio) > 0 AND substr(audio, 1, 1) <> '/' AND instr(audio, '..') = 0),
    captions    TEXT NOT NULL
                CHECK (length(captions) > 0 AND substr(captions, 1, 1) <> '/' AND instr(captions, '..') = 0),
    PRIMARY KEY (chapter_id, language),
    FOREIGN KEY (chapter_id, language) REFERENCES chapter_texts(chapter_id, language)
        ON UPDATE CASCADE ON DELETE CASCADE
);

PRAGMA user_version = 2;
