#pragma once

#include "content/exhibitdocument.h"
#include "models/localizedlistmodel.h"

#include <QQmlEngine>
#include <QUrl>

/** The key figures in display order, in the current language, with their
 *  names in the exhibit's other languages too (a figure's page shows the
 *  name in both scripts) and their portraits resolved to files. */
class KeyFigureModel : public LocalizedListModel
{
    Q_OBJECT

public:
    enum Role {
        FigureIdRole = Qt::UserRole + 1,
        NameRole,
        OtherNamesRole, // the name in the other languages, joined: "宋徽宗 赵佶"
        PinyinRole,
        LifespanRole,
        RoleRole, // what they were, in one line
        BiographyRole,
        PortraitDescriptionRole, // the portrait in words, for the screen reader and keypad
        PortraitSourceRole, // empty when the file is missing
        ChapterIdsRole,
    };
    Q_ENUM(Role)

    explicit KeyFigureModel(QObject *parent = nullptr);

    // portraits: one per figure, already resolved; empty where the file is missing.
    void setContent(const QList<KeyFigure> &figures, const QList<QUrl> &portraits);

    [[nodiscard]] Q_INVOKABLE int indexOf(const QString &figureId) const;
    // The figure's name as the other languages write it, joined: "宋徽宗 赵佶".
    [[nodiscard]] static QString otherNames(const KeyFigure &figure, const QString &language);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    QList<KeyFigure> m_figures;
    QList<QUrl> m_portraits;
};
