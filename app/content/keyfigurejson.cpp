#include "content/keyfigurejson.h"

#include "content/jsonfieldreader.h"

namespace {

KeyFigure readFigure(JsonFieldReader &reader, const QJsonObject &object, const QString &path,
                     const QStringList &languages)
{
    reader.expectKeys(object, path,
                      { QStringLiteral("id"), QStringLiteral("portrait"), QStringLiteral("pinyin"),
                        QStringLiteral("chapters"), QStringLiteral("name"),
                        QStringLiteral("lifespan"), QStringLiteral("role"),
                        QStringLiteral("biography"), QStringLiteral("portraitDescription") });
    KeyFigure figure;
    figure.id = reader.string(object, QStringLiteral("id"), path);
    figure.portrait = reader.string(object, QStringLiteral("portrait"), path);
    figure.pinyin = reader.optionalString(object, QStringLiteral("pinyin"), path);
    if (object.contains(QStringLiteral("chapters"))) {
        const QJsonArray chapters
            = reader.section(object, QStringLiteral("chapters"), QJsonValue::Array, path).toArray();
        for (int i = 0; i < chapters.size(); ++i) {
            if (chapters.at(i).isString())
                figure.chapters.append(chapters.at(i).toString());
            else
                reader.problems.append({ QStringLiteral("%1.chapters[%2]").arg(path).arg(i),
                                         QStringLiteral("expected a chapter id") });
        }
    }
    const auto names = reader.localizedString(object, QStringLiteral("name"), path, languages);
    const auto lifespans
        = reader.localizedString(object, QStringLiteral("lifespan"), path, languages);
    const auto roles = reader.localizedString(object, QStringLiteral("role"), path, languages);
    const auto biographies
        = reader.localizedString(object, QStringLiteral("biography"), path, languages);
    const auto descriptions
        = reader.localizedString(object, QStringLiteral("portraitDescription"), path, languages);
    for (const QString &language : languages)
        figure.text.insert(language,
                           { names.value(language), lifespans.value(language),
                             roles.value(language), biographies.value(language),
                             descriptions.value(language) });
    return figure;
}

} // namespace

QList<KeyFigure> KeyFigureJson::read(JsonFieldReader &reader, const QJsonArray &figures,
                                     const QStringList &languages)
{
    QList<KeyFigure> result;
    for (int i = 0; i < figures.size(); ++i) {
        const QString path = QStringLiteral("figures[%1]").arg(i);
        if (figures.at(i).isObject())
            result.append(readFigure(reader, figures.at(i).toObject(), path, languages));
        else
            reader.problems.append({ path,
                                     QStringLiteral("expected a figure object, found %1")
                                         .arg(JsonFieldReader::describe(figures.at(i))) });
    }
    return result;
}

QJsonArray KeyFigureJson::write(const QList<KeyFigure> &figures, const QStringList &languages)
{
    QJsonArray result;
    for (const KeyFigure &figure : figures) {
        const auto field = [&](QString KeyFigureText::*member) {
            return localizedJson(languages,
                                 [&](const QString &l) { return figure.text.value(l).*member; });
        };
        QJsonObject object { { QStringLiteral("id"), figure.id },
                             { QStringLiteral("portrait"), figure.portrait } };
        if (!figure.pinyin.isEmpty())
            object.insert(QStringLiteral("pinyin"), figure.pinyin);
        if (!figure.chapters.isEmpty())
            object.insert(QStringLiteral("chapters"), QJsonArray::fromStringList(figure.chapters));
        object.insert(QStringLiteral("name"), field(&KeyFigureText::name));
        object.insert(QStringLiteral("lifespan"), field(&KeyFigureText::lifespan));
        object.insert(QStringLiteral("role"), field(&KeyFigureText::role));
        object.insert(QStringLiteral("biography"), field(&KeyFigureText::biography));
        object.insert(QStringLiteral("portraitDescription"),
                      field(&KeyFigureText::portraitDescription));
        result.append(object);
    }
    return result;
}
