#pragma once

#include "content/exhibitdocument.h"

#include "models/localizedlistmodel.h"

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QUrl>

/** The exhibit's chapters, in display order, with their texts in the
 *  current language. Changing the language refreshes every row at once. */
class ChapterModel : public LocalizedListModel
{
    Q_OBJECT

public:
    enum Role {
        ChapterIdRole = Qt::UserRole + 1,
        NumberRole,
        TitleRole,
        SubtitleRole,
        TeaserRole,
        ImageCaptionRole,
        ImageDescriptionRole, // the illustration in words, for the screen reader and keypad
        InBriefRole, // the chapter in easy-read form
        BodyRole,
        ImageSourceRole,
        // What else tells of the chapter, as its page links to it: the rows of
        // its timeline events and their labels ("18 January 1126  Title"),
        // the rows of its people and their names (rows and labels pair up).
        EventRowsRole,
        EventLabelsRole,
        FigureRowsRole,
        FigureNamesRole,
    };
    Q_ENUM(Role)

    explicit ChapterModel(QObject *parent = nullptr);

    // imageUrls: one per chapter, already resolved; empty where the file is missing.
    void setContent(const ExhibitDocument &document, const QList<QUrl> &imageUrls);
    // The row of a chapter, or -1.
    [[nodiscard]] Q_INVOKABLE int indexOf(const QString &chapterId) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    QList<Chapter> m_chapters;
    QList<TimelineEvent> m_timeline;
    QList<KeyFigure> m_figures;
    QList<QUrl> m_imageUrls;
};
