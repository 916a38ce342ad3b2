#include "content/keyfigurefields.h"

namespace KeyFigureFields {

namespace {

const QStringList textFields { QStringLiteral("name"), QStringLiteral("lifespan"),
                               QStringLiteral("role"), QStringLiteral("biography"),
                               QStringLiteral("portraitDescription") };

QString &textField(KeyFigureText &text, const QString &field)
{
    if (field == QLatin1String("name"))
        return text.name;
    if (field == QLatin1String("lifespan"))
        return text.lifespan;
    if (field == QLatin1String("role"))
        return text.role;
    if (field == QLatin1String("portraitDescription"))
        return text.portraitDescription;
    return text.biography;
}

ContentField chapterList(QStringList &chapters)
{
    return { [&chapters] { return chapters.join(QStringLiteral(", ")); },
             [&chapters](const QString &value, QString *) {
                 chapters.clear();
                 for (const QString &id : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                     if (!id.trimmed().isEmpty())
                         chapters.append(id.trimmed());
                 }
                 return true;
             } };
}

} // namespace

bool resolve(ExhibitDocument &document, const QString &path, ContentField *field, QString *error)
{
    const QStringList parts = path.split(QLatin1Char('.'));
    const int index = parts.size() >= 3 ? document.figureIndex(parts.at(1)) : -1;
    if (index < 0) {
        *error = parts.size() >= 3
            ? QStringLiteral("%1: no figure \"%2\" in this exhibit").arg(path, parts.at(1))
            : QStringLiteral("%1: no such field (figure fields look like figures.yue-fei.role.en)")
                  .arg(path);
        return false;
    }
    KeyFigure &figure = document.figures[index];
    const QString name = parts.at(2);
    if (parts.size() == 3 && name == QLatin1String("portrait"))
        return *field = ContentField::text(figure.portrait), true;
    if (parts.size() == 3 && name == QLatin1String("pinyin"))
        return *field = ContentField::text(figure.pinyin), true;
    if (parts.size() == 3 && name == QLatin1String("chapters"))
        return *field = chapterList(figure.chapters), true;
    if (parts.size() == 4 && textFields.contains(name) && document.languages.contains(parts.at(3)))
        return *field = ContentField::text(textField(figure.text[parts.at(3)], name)), true;
    *error = QStringLiteral("%1: no such field (figure fields: portrait, pinyin, chapters, "
                            "name.LANG, lifespan.LANG, role.LANG, "
                            "biography.LANG, portraitDescription.LANG; languages: %2)")
                 .arg(path, document.languages.join(QStringLiteral(", ")));
    return false;
}

QStringList paths(const ExhibitDocument &document)
{
    QStringList result;
    for (const KeyFigure &figure : document.figures) {
        for (const char *field : { "portrait", "pinyin", "chapters" })
            result << QStringLiteral("figures.%1.%2").arg(figure.id, QLatin1String(field));
        for (const QString &language : document.languages)
            for (const QString &field : textFields)
                result << QStringLiteral("figures.%1.%2.%3").arg(figure.id, field, language);
    }
    return result;
}

} // namespace KeyFigureFields
