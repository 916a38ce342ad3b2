#pragma once

#include "content/contentpublisher.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>

/** The published versions of the live database, newest first, as
 *  `exhibit-curator history` lists them: when, what (published, rolled back),
 *  who and their note, and which one the kiosks read now. */
class StudioHistory : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY changed)
    Q_PROPERTY(int liveVersion READ liveVersion NOTIFY changed)

public:
    enum Role {
        VersionRole = Qt::UserRole + 1,
        WhenRole, // "2026-12-06 15:20" (local time)
        EventRole,
        WhoRole,
        NoteRole,
        LiveRole, // the one kiosks read now
        ContentVersionRole, // what the kiosks report: 12 hex digits
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    // Reads the history of `liveFile` (again); "" forgets it.
    void setLiveFile(const QString &liveFile);
    Q_INVOKABLE void refresh();
    [[nodiscard]] int liveVersion() const { return m_liveVersion; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void changed();

private:
    QString m_liveFile;
    QList<ContentPublisher::Entry> m_entries; // newest first
    int m_liveRow = -1;
    int m_liveVersion = 0;
};
