#include "studio/studiooutline.h"

#include "studio/studiodocument.h"

StudioOutline::StudioOutline(StudioDocument *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
{
    m_entries = entriesOf(document->exhibit(), document->problems());
    connect(document, &StudioDocument::fieldChanged, this, &StudioOutline::refresh);
    connect(document, &StudioDocument::problemsChanged, this, &StudioOutline::refresh);
    connect(document, &StudioDocument::opened, this, &StudioOutline::refresh);
}

QList<StudioOutline::Entry> StudioOutline::entriesOf(const ExhibitDocument &exhibit,
                                                     const ContentProblems &problems)
{
    const QString language = exhibit.languages.value(0);
    QList<Entry> entries;
    entries.append({ Exhibit, QStringLiteral("exhibit"), exhibit.exhibit.value(language).title,
                     exhibit.exhibit.value(language).subtitle });
    for (qsizetype i = 0; i < exhibit.chapters.size(); ++i) {
        const ::Chapter &chapter = exhibit.chapters.at(i);
        entries.append({ Chapter, QStringLiteral("chapters.") + chapter.id,
                         chapter.text.value(language).title, QString::number(i + 1) });
    }
    for (const TimelineEvent &event : exhibit.timeline)
        entries.append({ Event, QStringLiteral("timeline.") + event.id,
                         event.text.value(language).title, event.date });
    for (const KeyFigure &figure : exhibit.figures)
        entries.append({ Figure, QStringLiteral("figures.") + figure.id,
                         figure.text.value(language).name, figure.text.value(language).lifespan });
    for (const ::MapYear &year : exhibit.map.years)
        entries.append({ MapYear, QStringLiteral("map.") + QString::number(year.year),
                         year.text.value(language).title, QString::number(year.year) });

    for (Entry &entry : entries) {
        const QString prefix = entry.path + QLatin1Char('.');
        for (const ContentProblem &problem : problems) {
            if (problem.path == entry.path || problem.path.startsWith(prefix))
                ++entry.problems;
        }
    }
    return entries;
}

void StudioOutline::refresh()
{
    QList<Entry> entries = entriesOf(m_document->exhibit(), m_document->problems());
    if (entries.size() != m_entries.size()) {
        beginResetModel();
        m_entries = std::move(entries);
        endResetModel();
        return;
    }
    for (qsizetype row = 0; row < entries.size(); ++row) {
        if (entries.at(row) == m_entries.at(row))
            continue;
        m_entries[row] = entries.at(row);
        Q_EMIT dataChanged(index(int(row)), index(int(row)));
    }
}

QString StudioOutline::itemOf(const QString &path)
{
    if (path.startsWith(QLatin1String("exhibit")))
        return QStringLiteral("exhibit");
    return path.section(QLatin1Char('.'), 0, 1).section(QLatin1Char('['), 0, 0);
}

int StudioOutline::rowOf(const QString &path) const
{
    for (qsizetype row = 0; row < m_entries.size(); ++row) {
        const QString &prefix = m_entries.at(row).path;
        if (path == prefix || path.startsWith(prefix + QLatin1Char('.')))
            return int(row);
    }
    return -1;
}

int StudioOutline::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant StudioOutline::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case KindRole:
        return entry.kind;
    case SectionRole:
        switch (entry.kind) {
        case Exhibit:
            return tr("Exhibit");
        case Chapter:
            return tr("Chapters");
        case Event:
            return tr("Timeline");
        case Figure:
            return tr("People");
        case MapYear:
            return tr("Map");
        }
        return {};
    case Qt::DisplayRole:
    case TitleRole:
        return entry.title;
    case PathRole:
        return entry.path;
    case DetailRole:
        return entry.detail;
    case ProblemCountRole:
        return entry.problems;
    default:
        return {};
    }
}

QHash<int, QByteArray> StudioOutline::roleNames() const
{
    return { { KindRole, "kind" },     { SectionRole, "section" },
             { PathRole, "path" },     { TitleRole, "title" },
             { DetailRole, "detail" }, { ProblemCountRole, "problemCount" } };
}
