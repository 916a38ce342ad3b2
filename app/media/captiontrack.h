#pragma once

#include <QList>
#include <QString>
#include <QStringList>

struct CaptionCue
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString text; // plain text: tags removed, entities decoded, lines joined by '\n'
};

/** The cues of one WebVTT captions file. Reading never fails outright: a cue
 *  it cannot understand is skipped and named in warnings() as FILE:LINE:
 *  problem, so one typo costs one sentence, not a chapter's captions. */
class CaptionTrack
{
public:
    [[nodiscard]] static CaptionTrack load(const QString &fileName);
    [[nodiscard]] static CaptionTrack parse(const QByteArray &data, const QString &fileName);

    [[nodiscard]] const QList<CaptionCue> &cues() const { return m_cues; }
    [[nodiscard]] QStringList warnings() const { return m_warnings; }
    [[nodiscard]] bool isEmpty() const { return m_cues.isEmpty(); }
    // The cue showing at a position, or -1 between and outside cues.
    [[nodiscard]] int cueIndexAt(qint64 positionMs) const;

    // The same captions with every cue longer than a reader takes in at a
    // glance cut into parts of at most maxCharacters (spaced text) or
    // maxCjkCharacters (Chinese, no spaces), at a clause or word boundary,
    // each part on screen for its share of the cue's time. Subtitling
    // practice is two lines of about 40 characters (16 for Chinese); a
    // whole sentence as one cue can run to six lines on a portrait screen.
    static constexpr int maxPartCharacters = 84;
    static constexpr int maxPartCjkCharacters = 32;
    [[nodiscard]] CaptionTrack inReadableParts(int maxCharacters = maxPartCharacters,
                                               int maxCjkCharacters = maxPartCjkCharacters) const;

    // A chapter's captions are a few kilobytes; a larger file is not captions.
    static constexpr qint64 MaxFileSize = 1024 * 1024;
    // Warnings kept for one file; the rest are counted in a last line, so a
    // broken file cannot fill the log.
    static constexpr int MaxWarnings = 10;

    // The most hours a caption timestamp may give: past a year of narration
    // it is a mistake, and far past it would overflow the milliseconds.
    static constexpr qint64 MaxHours = 9999;
    static constexpr qint64 NotATimestamp = -1;
    static constexpr qint64 TooManyHours = -2;

    // "hh:mm:ss.mmm" or "mm:ss.mmm" in milliseconds; NotATimestamp if the text
    // is not a WebVTT timestamp, TooManyHours past MaxHours.
    [[nodiscard]] static qint64 parseTimestamp(QStringView text);

private:
    QList<CaptionCue> m_cues;
    QStringList m_warnings;
};
