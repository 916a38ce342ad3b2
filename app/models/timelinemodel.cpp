#include "models/timelinemodel.h"

#include "models/eventdate.h"

TimelineModel::TimelineModel(QObject *parent)
    : LocalizedListModel(parent)
{ }

void TimelineModel::setContent(const QList<TimelineEvent> &events)
{
    QStringList ids;
    for (const TimelineEvent &event : events)
        ids.append(event.id);
    replaceContent(ids, [&] { m_events = events; });
}

int TimelineModel::indexOf(const QString &eventId) const
{
    for (int i = 0; i < m_events.size(); ++i) {
        if (m_events.at(i).id == eventId)
            return i;
    }
    return -1;
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEvent &event = m_events.at(index.row());
    const TimelineText text = event.text.value(language());
    switch (role) {
    case EventIdRole:
        return event.id;
    case YearRole:
        return EventDate::year(event.date);
    case DateLabelRole:
        return EventDate::label(event.date, event.endDate, language());
    case EraRole:
        return text.era;
    case Qt::DisplayRole:
    case TitleRole:
        return text.title;
    case TextRole:
        return text.text;
    case ChapterIdRole:
        return event.chapter;
    case StartsYearRole:
        return index.row() == 0
            || EventDate::year(m_events.at(index.row() - 1).date) != EventDate::year(event.date);
    }
    return {};
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    return {
        { EventIdRole, "eventId" },     { YearRole, "year" },
        { DateLabelRole, "dateLabel" }, { EraRole, "era" },
        { TitleRole, "title" },         { TextRole, "text" },
        { ChapterIdRole, "chapterId" }, { StartsYearRole, "startsYear" },
    };
}
