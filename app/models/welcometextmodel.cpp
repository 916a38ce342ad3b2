#include "models/welcometextmodel.h"

void WelcomeTextModel::setContent(const QStringList &languages,
                                  const QMap<QString, ExhibitText> &texts)
{
    if (!languages.isEmpty() && languages == m_languages) {
        // The same languages, their texts edited: refreshed in place.
        m_texts = texts;
        Q_EMIT dataChanged(index(0), index(int(m_languages.size()) - 1));
    } else {
        beginResetModel();
        m_languages = languages;
        m_texts = texts;
        endResetModel();
    }
    Q_EMIT contentChanged();
}

QString WelcomeTextModel::firstTitle() const
{
    return m_languages.isEmpty() ? QString() : m_texts.value(m_languages.first()).title;
}

QString WelcomeTextModel::callsToAction() const
{
    QStringList calls;
    for (const QString &language : m_languages)
        calls.append(m_texts.value(language).callToAction);
    return calls.join(QStringLiteral(" · "));
}

int WelcomeTextModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_languages.size());
}

QVariant WelcomeTextModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &language = m_languages.at(index.row());
    const ExhibitText text = m_texts.value(language);
    switch (role) {
    case LanguageRole:
        return language;
    case Qt::DisplayRole:
    case TitleRole:
        return text.title;
    case SubtitleRole:
        return text.subtitle;
    case CallToActionRole:
        return text.callToAction;
    }
    return {};
}

QHash<int, QByteArray> WelcomeTextModel::roleNames() const
{
    return { { LanguageRole, "language" },
             { TitleRole, "title" },
             { SubtitleRole, "subtitle" },
             { CallToActionRole, "callToAction" } };
}
