#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class StudioDocument;

/** The fields of the item selected in the studio's outline ("chapters.battles"),
 *  one row per field with a value per exhibit language side by side (one
 *  value for a field every language shares: a picture, a date), each with
 *  its layout limit and how much of it is left, and its problem if it has
 *  one. The limits are the validator's own (StudioDocument::textLimits). */
class StudioFields : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QString item READ item WRITE setItem NOTIFY itemChanged)
    Q_PROPERTY(QStringList languages READ languages NOTIFY itemChanged)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1, // "title", "narration.audio"
        LabelRole, // "Title", "Narration recording"
        SharedRole, // one value for every language
        MultilineRole,
        PathsRole, // per language (or the one): what StudioDocument::edit takes
        ValuesRole,
        LimitsRole, // characters the layout allows; 0: no limit
        RemainingRole, // of the limit (of a body's longest paragraph); may be negative
        ProblemsRole, // per language; empty where there is none
    };
    Q_ENUM(Role)

    explicit StudioFields(StudioDocument *document, QObject *parent = nullptr);

    [[nodiscard]] QString item() const { return m_item; }
    void setItem(const QString &item);
    [[nodiscard]] QStringList languages() const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void itemChanged();

private:
    struct Row
    {
        QString key;
        bool shared = true;
        QStringList paths;
        QStringList values;
        QList<int> limits;
        QList<int> remaining;
        QStringList problems;

        friend bool operator==(const Row &a, const Row &b)
        {
            return a.key == b.key && a.paths == b.paths && a.values == b.values
                && a.limits == b.limits && a.problems == b.problems;
        }
    };
    [[nodiscard]] QList<Row> rowsOf(const QString &item) const;
    [[nodiscard]] static QString labelOf(const QString &key);
    void refresh();

    StudioDocument *m_document;
    QString m_item;
    QList<Row> m_rows;
};
