#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

/** One anonymous visit, from the first touch after the attract screen to the
 *  reset that ended it: where the visitor went and for how long, in which
 *  languages, whether they listened, which accessibility choices they made.
 *  Nothing about who they were: no images, nothing typed, no identifiers. */
struct VisitRecord
{
    struct Chapter
    {
        QString chapterId;
        QString language; // the language it was read in when it opened
        QDateTime openedAt;
        qint64 dwellMs = 0;
        bool narrationStarted = false;
        int heardPercent = 0; // of the narration, 0–100
    };

    // The timeline, the map and the people: each screen opened, each event,
    // map year and person looked at, in order.
    struct View
    {
        QString kind; // "timeline", "timeline_event", "map", "map_year", "figures", "figure"
        QString item; // the event's or figure's id, or the year; empty for a screen
        QDateTime at;
    };

    QDateTime startedAt;
    QDateTime endedAt;
    QString endReason; // "idle", "closed", "exit", "reset"
    QStringList languages; // in the order used
    QStringList
        accessibility; // "large_text", "high_contrast", "reduced_motion", "easy_read", "volume"
    QList<Chapter> chapters;
    QList<View> views;

    [[nodiscard]] qint64 durationMs() const { return startedAt.msecsTo(endedAt); }
};
