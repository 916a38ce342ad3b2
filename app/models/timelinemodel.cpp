#include "timelinemodel.h"

#include "eventdate.h"

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void TimelineModel::setContent(const QList<TimelineEvent> &events)
{
    const bool countChanges = events.size() != m_events.size();
    beginResetModel();
    m_events = events;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

void TimelineModel::setLanguage(const QString &language)
{
    if (m_language == language)
        return;
    m_language = language;
    if (!m_events.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_events.size()) - 1));
}

int TimelineModel::indexOf(const QString &eventId) const
{
    for (int i = 0; i < m_events.size(); ++i) {
        if (m_events.at(i).id == eventId)
            return i;
    }
    return -1;
}

QList<int> TimelineModel::rowsForChapter(const QString &chapterId) const
{
    QList<int> rows;
    for (int i = 0; i < m_events.size(); ++i) {
        if (m_events.at(i).chapter == chapterId)
            rows.append(i);
    }
    return rows;
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
    const TimelineText text = event.text.value(m_language);
    switch (role) {
    case EventIdRole:
        return event.id;
    case YearRole:
        return EventDate::year(event.date);
    case DateLabelRole:
        return EventDate::label(event.date, event.endDate, m_language);
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
        return index.row() == 0 || EventDate::year(m_events.at(index.row() - 1).date) != EventDate::year(event.date);
    }
    return {};
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    return {
        { EventIdRole, "eventId" },
        { YearRole, "year" },
        { DateLabelRole, "dateLabel" },
        { EraRole, "era" },
        { TitleRole, "title" },
        { TextRole, "text" },
        { ChapterIdRole, "chapterId" },
        { StartsYearRole, "startsYear" },
    };
}
