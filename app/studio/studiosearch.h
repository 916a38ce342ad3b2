#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>

class StudioDocument;

/** The studio's search over every text of the exhibit in every language:
 *  each field whose text holds the query (ignoring case), with a few words
 *  either side of the first match, and the outline item it belongs to. */
class StudioSearch : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY queryChanged)

public:
    enum Role {
        PathRole = Qt::UserRole + 1,
        ItemRole,
        SnippetRole, // "… the siege of Kaifeng in the winter …"
    };
    Q_ENUM(Role)

    explicit StudioSearch(StudioDocument *document, QObject *parent = nullptr);

    [[nodiscard]] QString query() const { return m_query; }
    void setQuery(const QString &query);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Enough to tell one match from another, not a page of results.
    static constexpr int maxResults = 200;

Q_SIGNALS:
    void queryChanged();

private:
    struct Match
    {
        QString path;
        QString snippet;
    };
    void search();

    StudioDocument *m_document;
    QString m_query;
    QList<Match> m_matches;
};
