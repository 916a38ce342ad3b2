#include "studio/studiohistory.h"

#include <QFileInfo>

void StudioHistory::setLiveFile(const QString &liveFile)
{
    m_liveFile = liveFile;
    refresh();
}

void StudioHistory::refresh()
{
    beginResetModel();
    m_entries.clear();
    m_liveRow = -1;
    m_liveVersion = 0;
    if (!m_liveFile.isEmpty() && QFileInfo::exists(m_liveFile)) {
        const ContentPublisher publisher(m_liveFile);
        const QList<ContentPublisher::Entry> entries = publisher.history();
        m_entries = QList<ContentPublisher::Entry>(entries.crbegin(), entries.crend());
        // The newest entry whose file is the live one: a version rolled back
        // to is listed twice, and only its latest line is live.
        const QString live = ContentPublisher::sha256(m_liveFile);
        for (int row = 0; row < m_entries.size() && m_liveRow < 0; ++row) {
            if (m_entries.at(row).hash == live) {
                m_liveRow = row;
                m_liveVersion = m_entries.at(row).version;
            }
        }
    }
    endResetModel();
    Q_EMIT changed();
}

int StudioHistory::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant StudioHistory::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContentPublisher::Entry &entry = m_entries.at(index.row());
    switch (role) {
    case VersionRole:
        return entry.version;
    case WhenRole:
        return entry.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case EventRole:
        return entry.event;
    case WhoRole:
        return entry.who;
    case NoteRole:
        return entry.note;
    case LiveRole:
        return index.row() == m_liveRow;
    case ContentVersionRole:
        return entry.hash.left(12);
    default:
        return {};
    }
}

QHash<int, QByteArray> StudioHistory::roleNames() const
{
    return { { VersionRole, "version" },
             { WhenRole, "when" },
             { EventRole, "event" },
             { WhoRole, "who" },
             { NoteRole, "note" },
             { LiveRole, "live" },
             { ContentVersionRole, "contentVersion" } };
}
