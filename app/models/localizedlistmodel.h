#pragma once

#include <QAbstractListModel>
#include <QString>

#include <functional>

/** A list of exhibit content shown in one language at a time: changing the
 *  language refreshes every row at once, and replacing the content says when
 *  the number of rows changed (for QML's `count`). */
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
    // Resets the model around `assign`, which swaps in the new content.
    void replaceContent(const std::function<void()> &assign);

private:
    QString m_language;
};
