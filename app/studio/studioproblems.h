#pragma once

#include <QAbstractListModel>

class StudioDocument;

/** "Problems (n)": everything that keeps the exhibit from being saved or
 *  published, in the outline's order, each with the field it is in (so a
 *  click opens that field) and the validator's words; after them the
 *  warnings (a narration out of date), which keep nothing from happening. */
class StudioProblems : public QAbstractListModel
{
    Q_OBJECT
    // The problems; rows are the problems and then the warnings.
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int warningCount READ warningCount NOTIFY countChanged)

public:
    enum Role {
        PathRole = Qt::UserRole + 1, // the field: "chapters.battles.title.zh"
        ItemRole, // its outline item: "chapters.battles"
        MessageRole,
        WarningRole, // a warning, not a problem
    };
    Q_ENUM(Role)

    explicit StudioProblems(StudioDocument *document, QObject *parent = nullptr);

    [[nodiscard]] int count() const { return m_count; }
    [[nodiscard]] int warningCount() const { return m_warningCount; }
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    StudioDocument *m_document;
    int m_count = 0;
    int m_warningCount = 0;
};
