#pragma once

#include "content/exhibitdocument.h"
#include "models/localizedlistmodel.h"

#include <QQmlEngine>

/** The exhibit's timeline, in date order, in the current language: each
 *  event's date as it reads in that language, its reign era, title, text,
 *  and the chapter that tells of it. */
class TimelineModel : public LocalizedListModel
{
    Q_OBJECT

public:
    enum Role {
        EventIdRole = Qt::UserRole + 1,
        YearRole,
        DateLabelRole,
        EraRole,
        TitleRole,
        TextRole,
        ChapterIdRole,
        StartsYearRole, // the first event of its year
    };
    Q_ENUM(Role)

    explicit TimelineModel(QObject *parent = nullptr);

    void setContent(const QList<TimelineEvent> &events);

    // The row of an event, or -1.
    [[nodiscard]] Q_INVOKABLE int indexOf(const QString &eventId) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    QList<TimelineEvent> m_events;
};
