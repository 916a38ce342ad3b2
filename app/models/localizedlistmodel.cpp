#include "models/localizedlistmodel.h"

void LocalizedListModel::setLanguage(const QString &language)
{
    if (m_language == language)
        return;
    m_language = language;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

void LocalizedListModel::replaceContent(const QStringList &rowKeys,
                                        const std::function<void()> &assign)
{
    if (rowKeys == m_rowKeys) {
        assign();
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0), index(rowCount() - 1));
        return;
    }
    m_rowKeys = rowKeys;
    const int before = rowCount();
    beginResetModel();
    assign();
    endResetModel();
    if (rowCount() != before)
        Q_EMIT countChanged();
}
