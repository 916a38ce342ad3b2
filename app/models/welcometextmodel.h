#pragma once

#include "content/exhibitdocument.h"

#include <QAbstractListModel>

/** The exhibit's welcome in every language at once, in the content's order,
 *  for the attract screen, which speaks to visitors before they have chosen
 *  a language. */
class WelcomeTextModel : public QAbstractListModel
{
    Q_OBJECT
    // The title in the exhibit's first language, the attract screen's heading.
    Q_PROPERTY(QString firstTitle READ firstTitle NOTIFY contentChanged)
    // Every language's call to action, as one line a screen reader reads.
    Q_PROPERTY(QString callsToAction READ callsToAction NOTIFY contentChanged)

public:
    enum Role {
        LanguageRole = Qt::UserRole + 1,
        TitleRole,
        SubtitleRole,
        CallToActionRole,
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    void setContent(const QStringList &languages, const QMap<QString, ExhibitText> &texts);

    [[nodiscard]] QString firstTitle() const;
    [[nodiscard]] QString callsToAction() const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void contentChanged();

private:
    QStringList m_languages;
    QMap<QString, ExhibitText> m_texts;
};
