#include "studio/studioproblems.h"

#include "studio/studiodocument.h"
#include "studio/studiooutline.h"

StudioProblems::StudioProblems(StudioDocument *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
    , m_count(int(document->problems().size()))
    , m_warningCount(int(document->warnings().size()))
{
    // The validator lists problems in the exhibit's order; a new list is a new model.
    const auto reset = [this] {
        beginResetModel();
        const int before = m_count;
        const int warningsBefore = m_warningCount;
        m_count = int(m_document->problems().size());
        m_warningCount = int(m_document->warnings().size());
        endResetModel();
        if (m_count != before || m_warningCount != warningsBefore)
            Q_EMIT countChanged();
    };
    connect(document, &StudioDocument::problemsChanged, this, reset);
    connect(document, &StudioDocument::opened, this, reset);
}

int StudioProblems::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count + m_warningCount;
}

QVariant StudioProblems::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool warning = index.row() >= m_count;
    const ContentProblem &problem = warning ? m_document->warnings().at(index.row() - m_count)
                                            : m_document->problems().at(index.row());
    switch (role) {
    case WarningRole:
        return warning;
    case PathRole:
        return problem.path;
    case ItemRole:
        return StudioOutline::itemOf(problem.path);
    case Qt::DisplayRole:
    case MessageRole:
        return problem.message;
    default:
        return {};
    }
}

QHash<int, QByteArray> StudioProblems::roleNames() const
{
    return { { PathRole, "path" },
             { ItemRole, "item" },
             { MessageRole, "message" },
             { WarningRole, "warning" } };
}
