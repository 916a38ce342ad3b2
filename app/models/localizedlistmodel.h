#pragma once

#include <QAbstractListModel>
#include <QString>
#include <QStringList>

#include <functional>

/** A list of exhibit content shown in one language at a time: changing the
 *  language refreshes every row at once, and replacing the content says when
 *  the number of rows changed (for QML's `count`). Content with the same rows
 *  as before (the same chapters, events or people, their texts edited: each
 *  keystroke in Exhibit Studio's preview) refreshes the rows in place, so
 *  the views keep their delegates and where they were scrolled to. */
class LocalizedListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    using QAbstractListModel::QAbstractListModel;

    void setLanguage(const QString &language);
    [[nodiscard]] QString language() const { return m_language; }

Q_SIGNALS:
    void countChanged();

protected:
    // Swaps in new content with `assign`: refreshes the rows if `rowKeys`
    // (one per row: its id) are the rows there were, else resets the model.
    void replaceContent(const QStringList &rowKeys, const std::function<void()> &assign);

private:
    QString m_language;
    QStringList m_rowKeys;
};
