#pragma once

#include "content/exhibitdocument.h"
#include "studio/fieldchange.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <QTimer>

class StudioDocument;

/** "Changes since live (n)": every field of the working copy that differs
 *  from the live database it was copied from, old beside new, in the
 *  working copy's order (FieldChange::between), kept current a moment after
 *  each change. A field both hold can be put back as it is live; an item
 *  added or removed is undone with the outline and undo instead. */
class StudioChanges : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString liveFile READ liveFile NOTIFY liveChanged)
    // Why the live database cannot be compared with: not chosen, unreadable.
    Q_PROPERTY(QString liveProblem READ liveProblem NOTIFY liveChanged)

public:
    enum Role {
        PathRole = Qt::UserRole + 1, // "chapters.battles.title.en"
        ItemRole, // "chapters.battles"
        BeforeRole, // live
        AfterRole, // the working copy
        RevertibleRole, // both hold the field
    };
    Q_ENUM(Role)

    explicit StudioChanges(StudioDocument *document, QObject *parent = nullptr);

    [[nodiscard]] QString liveFile() const { return m_liveFile; }
    [[nodiscard]] QString liveProblem() const { return m_liveProblem; }
    // Reads the live database (again, after a publish); "" forgets it.
    void setLiveFile(const QString &fileName);
    [[nodiscard]] const QList<FieldChange> &changes() const { return m_changes; }
    // The live value of a field that is in both; false if it is not.
    bool liveValue(const QString &path, QString *value) const;
    // Compares now rather than a moment after the last change.
    void refresh();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();
    void liveChanged();

private:
    StudioDocument *m_document;
    QString m_liveFile;
    QString m_liveProblem;
    ExhibitDocument m_live;
    QList<FieldChange> m_changes;
    QList<bool> m_revertible;
    QTimer m_refreshTimer;
};
