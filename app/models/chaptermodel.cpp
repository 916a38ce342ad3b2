#include "models/chaptermodel.h"

#include "models/eventdate.h"

ChapterModel::ChapterModel(QObject *parent)
    : LocalizedListModel(parent)
{ }

void ChapterModel::setContent(const ExhibitDocument &document, const QList<QUrl> &imageUrls)
{
    QStringList ids;
    for (const Chapter &chapter : document.chapters)
        ids.append(chapter.id);
    replaceContent(ids, [&] {
        m_chapters = document.chapters;
        m_timeline = document.timeline;
        m_figures = document.figures;
        m_imageUrls = imageUrls;
    });
}

int ChapterModel::indexOf(const QString &chapterId) const
{
    for (int i = 0; i < m_chapters.size(); ++i) {
        if (m_chapters.at(i).id == chapterId)
            return i;
    }
    return -1;
}

int ChapterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_chapters.size());
}

QVariant ChapterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Chapter &chapter = m_chapters.at(index.row());
    const ChapterText text = chapter.text.value(language());
    switch (role) {
    case ChapterIdRole:
        return chapter.id;
    case NumberRole:
        return index.row() + 1;
    case Qt::DisplayRole:
    case TitleRole:
        return text.title;
    case SubtitleRole:
        return text.subtitle;
    case TeaserRole:
        return text.teaser;
    case ImageCaptionRole:
        return text.imageCaption;
    case ImageDescriptionRole:
        return text.imageDescription;
    case InBriefRole:
        return text.inBrief;
    case BodyRole:
        return text.body;
    case ImageSourceRole:
        return m_imageUrls.value(index.row());
    case EventRowsRole:
    case EventLabelsRole: {
        QList<int> rows;
        QStringList labels;
        for (int row = 0; row < m_timeline.size(); ++row) {
            const TimelineEvent &event = m_timeline.at(row);
            if (event.chapter != chapter.id)
                continue;
            rows.append(row);
            labels.append(EventDate::label(event.date, event.endDate, language())
                          + QStringLiteral("  ") + event.text.value(language()).title);
        }
        return role == EventRowsRole ? QVariant::fromValue(rows) : QVariant(labels);
    }
    case FigureRowsRole:
    case FigureNamesRole: {
        QList<int> rows;
        QStringList names;
        for (int row = 0; row < m_figures.size(); ++row) {
            if (!m_figures.at(row).chapters.contains(chapter.id))
                continue;
            rows.append(row);
            names.append(m_figures.at(row).text.value(language()).name);
        }
        return role == FigureRowsRole ? QVariant::fromValue(rows) : QVariant(names);
    }
    }
    return {};
}

QHash<int, QByteArray> ChapterModel::roleNames() const
{
    return {
        { ChapterIdRole, "chapterId" },
        { NumberRole, "number" },
        { TitleRole, "title" },
        { SubtitleRole, "subtitle" },
        { TeaserRole, "teaser" },
        { ImageCaptionRole, "imageCaption" },
        { ImageDescriptionRole, "imageDescription" },
        { InBriefRole, "inBrief" },
        { BodyRole, "body" },
        { ImageSourceRole, "imageSource" },
        { EventRowsRole, "eventRows" },
        { EventLabelsRole, "eventLabels" },
        { FigureRowsRole, "figureRows" },
        { FigureNamesRole, "figureNames" },
    };
}
