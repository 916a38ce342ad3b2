#include "models/keyfiguremodel.h"

KeyFigureModel::KeyFigureModel(QObject *parent)
    : LocalizedListModel(parent)
{ }

void KeyFigureModel::setContent(const QList<KeyFigure> &figures, const QList<QUrl> &portraits)
{
    QStringList ids;
    for (const KeyFigure &figure : figures)
        ids.append(figure.id);
    replaceContent(ids, [&] {
        m_figures = figures;
        m_portraits = portraits;
    });
}

int KeyFigureModel::indexOf(const QString &figureId) const
{
    for (int i = 0; i < m_figures.size(); ++i) {
        if (m_figures.at(i).id == figureId)
            return i;
    }
    return -1;
}

QString KeyFigureModel::otherNames(const KeyFigure &figure, const QString &language)
{
    const QString own = figure.text.value(language).name;
    QStringList others;
    for (auto it = figure.text.begin(); it != figure.text.end(); ++it) {
        if (it.key() != language && it->name != own && !it->name.isEmpty()
            && !others.contains(it->name))
            others.append(it->name);
    }
    return others.join(QStringLiteral(" · "));
}

int KeyFigureModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_figures.size());
}

QVariant KeyFigureModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KeyFigure &figure = m_figures.at(index.row());
    const KeyFigureText text = figure.text.value(language());
    switch (role) {
    case FigureIdRole:
        return figure.id;
    case NameRole:
        return text.name;
    case OtherNamesRole:
        return otherNames(figure, language());
    case PinyinRole:
        return figure.pinyin;
    case LifespanRole:
        return text.lifespan;
    case RoleRole:
        return text.role;
    case BiographyRole:
        return text.biography;
    case PortraitDescriptionRole:
        return text.portraitDescription;
    case PortraitSourceRole:
        return m_portraits.value(index.row());
    case ChapterIdsRole:
        return figure.chapters;
    default:
        return {};
    }
}

QHash<int, QByteArray> KeyFigureModel::roleNames() const
{
    return { { FigureIdRole, "figureId" },
             { NameRole, "name" },
             { OtherNamesRole, "otherNames" },
             { PinyinRole, "pinyin" },
             { LifespanRole, "lifespan" },
             { RoleRole, "role" },
             { BiographyRole, "biography" },
             { PortraitSourceRole, "portraitSource" },
             { PortraitDescriptionRole, "portraitDescription" },
             { ChapterIdsRole, "chapterIds" } };
}
