#include "studio/studiosearch.h"

#include "content/contentfields.h"
#include "studio/studiodocument.h"
#include "studio/studiooutline.h"

namespace {

// Characters shown either side of the match.
constexpr int context = 30;

QString snippetOf(const QString &text, qsizetype at, qsizetype length)
{
    const qsizetype from = std::max<qsizetype>(0, at - context);
    const qsizetype to = std::min(text.size(), at + length + context);
    QString snippet = text.mid(from, to - from).simplified();
    if (from > 0)
        snippet.prepend(QStringLiteral("… "));
    if (to < text.size())
        snippet.append(QStringLiteral(" …"));
    return snippet;
}

} // namespace

StudioSearch::StudioSearch(StudioDocument *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
{
    connect(document, &StudioDocument::fieldChanged, this, &StudioSearch::search);
    connect(document, &StudioDocument::opened, this, &StudioSearch::search);
}

void StudioSearch::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    search();
}

void StudioSearch::search()
{
    beginResetModel();
    m_matches.clear();
    const QString query = m_query.trimmed();
    if (!query.isEmpty()) {
        const ExhibitDocument &exhibit = m_document->exhibit();
        for (const QString &path : ContentFields::paths(exhibit)) {
            const QString text = m_document->field(path);
            const qsizetype at = text.indexOf(query, 0, Qt::CaseInsensitive);
            if (at < 0)
                continue;
            m_matches.append({ path, snippetOf(text, at, query.size()) });
            if (m_matches.size() == maxResults)
                break;
        }
    }
    endResetModel();
    Q_EMIT queryChanged();
}

int StudioSearch::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matches.size());
}

QVariant StudioSearch::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Match &match = m_matches.at(index.row());
    switch (role) {
    case PathRole:
        return match.path;
    case ItemRole:
        return StudioOutline::itemOf(match.path);
    case Qt::DisplayRole:
    case SnippetRole:
        return match.snippet;
    default:
        return {};
    }
}

QHash<int, QByteArray> StudioSearch::roleNames() const
{
    return { { PathRole, "path" }, { ItemRole, "item" }, { SnippetRole, "snippet" } };
}
