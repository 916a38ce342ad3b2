#include "content/keyfigurevalidator.h"

#include <QRegularExpression>

void KeyFigureValidator::validate(const ExhibitDocument &document, ContentProblems &problems)
{
    static const QRegularExpression figureId(QStringLiteral("^[a-z0-9][a-z0-9-]{0,39}$"));
    const QHash<QString, int> firstIndex = ExhibitDocument::firstIndexById(document.figures);
    for (int i = 0; i < document.figures.size(); ++i) {
        const KeyFigure &figure = document.figures.at(i);
        const QString base = QStringLiteral("figures[%1]").arg(i);
        if (!figureId.match(figure.id).hasMatch())
            problems.append(
                { base + QStringLiteral(".id"),
                  QStringLiteral("'%1' is not a figure id (lowercase letters, digits and "
                                 "hyphens, at most 40)")
                      .arg(figure.id) });
        else if (firstIndex.value(figure.id) != i)
            problems.append(
                { base + QStringLiteral(".id"),
                  QStringLiteral("figure '%1' appears more than once").arg(figure.id) });
        if (!ExhibitValidator::isSafeMediaPath(figure.portrait))
            problems.append({ base + QStringLiteral(".portrait"),
                              QStringLiteral("'%1' must be a path inside the media folder "
                                             "(no leading '/', no '..')")
                                  .arg(figure.portrait) });
        ExhibitValidator::checkText(problems, base + QStringLiteral(".pinyin"), figure.pinyin,
                                    maxNameLength, false);
        for (int c = 0; c < figure.chapters.size(); ++c) {
            const QString &chapter = figure.chapters.at(c);
            const QString at = QStringLiteral("%1.chapters[%2]").arg(base).arg(c);
            if (document.chapterIndex(chapter) < 0)
                problems.append(
                    { at, QStringLiteral("no chapter '%1' in this exhibit").arg(chapter) });
            else if (figure.chapters.indexOf(chapter) != c)
                problems.append(
                    { at, QStringLiteral("chapter '%1' is listed twice").arg(chapter) });
        }
        for (const QString &language : document.languages) {
            const KeyFigureText text = figure.text.value(language);
            const auto at = [&](const char *field) {
                return QStringLiteral("%1.%2.%3").arg(base, QLatin1String(field), language);
            };
            ExhibitValidator::checkText(problems, at("name"), text.name, maxNameLength);
            ExhibitValidator::checkText(problems, at("lifespan"), text.lifespan, maxLifespanLength);
            ExhibitValidator::checkText(problems, at("role"), text.role, maxRoleLength);
            ExhibitValidator::checkText(problems, at("biography"), text.biography,
                                        maxBiographyLength);
            ExhibitValidator::checkDescription(problems, at("portraitDescription"),
                                               text.portraitDescription,
                                               ExhibitValidator::maxDescriptionLength);
        }
    }
}
