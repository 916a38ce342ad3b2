#pragma once

#include <QObject>
#include <QString>

#include <tuple>

/** One timeline event as its story card shows it, in the visitor's language,
 *  with the chapter that tells of it. */
struct TimelineEventDetail
{
    Q_GADGET
    Q_PROPERTY(bool valid MEMBER valid)
    Q_PROPERTY(QString dateLabel MEMBER dateLabel)
    Q_PROPERTY(QString era MEMBER era)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString text MEMBER text)
    Q_PROPERTY(int chapterIndex MEMBER chapterIndex)
    Q_PROPERTY(QString chapterTitle MEMBER chapterTitle)

public:
    bool valid = false; // false: no event is open
    QString dateLabel;
    QString era;
    QString title;
    QString text;
    int chapterIndex = -1; // -1: no chapter tells of it
    QString chapterTitle;

    friend bool operator==(const TimelineEventDetail &a, const TimelineEventDetail &b)
    {
        const auto fields = [](const TimelineEventDetail &d) {
            return std::tie(d.valid, d.dateLabel, d.era, d.title, d.text, d.chapterIndex,
                            d.chapterTitle);
        };
        return fields(a) == fields(b);
    }
};
