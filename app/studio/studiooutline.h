#pragma once

#include "content/exhibitdocument.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>

class StudioDocument;

/** Exhibit Studio's outline: everything a curator can edit, in the order the
 *  kiosk shows it (the exhibit's own texts, the five chapters, the timeline
 *  in date order, the people, the map's years), each with its title in the
 *  exhibit's first language and how many problems its fields have. Follows
 *  the document as it changes. */
class StudioOutline : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // Kind
        SectionRole, // the kind as a heading: "Chapters", "Timeline" …
        PathRole, // the fields' common prefix: "chapters.battles"
        TitleRole,
        DetailRole, // "Chapter 3", a date, a lifespan, a year
        ProblemCountRole,
    };
    Q_ENUM(Role)

    enum Kind { Exhibit, Chapter, Event, Figure, MapYear };
    Q_ENUM(Kind)

    explicit StudioOutline(StudioDocument *document, QObject *parent = nullptr);

    // The item a field belongs to: "chapters.battles.body.en[2]" ->
    // "chapters.battles", "map.1127.song.outline" -> "map.1127".
    [[nodiscard]] static QString itemOf(const QString &path);
    // The row of an item by its path or by one of its fields' paths; -1 if none.
    [[nodiscard]] Q_INVOKABLE int rowOf(const QString &path) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    struct Entry
    {
        Kind kind;
        QString path;
        QString title;
        QString detail;
        int problems = 0;

        friend bool operator==(const Entry &a, const Entry &b)
        {
            return a.kind == b.kind && a.path == b.path && a.title == b.title
                && a.detail == b.detail && a.problems == b.problems;
        }
    };
    [[nodiscard]] static QList<Entry> entriesOf(const ExhibitDocument &exhibit,
                                                const ContentProblems &problems);
    void refresh();

    StudioDocument *m_document;
    QList<Entry> m_entries;
};
