#include "translation/translationimport.h"

#include "content/contentfields.h"
#include "translation/translationunits.h"

#include <QHash>
#include <QMap>

namespace TranslationImport {

namespace {

// "zh_CN", "ZH-cn" -> the exhibit's "zh-CN" or, failing that, its "zh".
QString exhibitLanguage(const QStringList &languages, const QString &tag)
{
    const QString wanted = QString(tag).replace(QLatin1Char('_'), QLatin1Char('-'));
    for (const QString &language : languages) {
        if (language.compare(wanted, Qt::CaseInsensitive) == 0)
            return language;
    }
    const QString primary = wanted.section(QLatin1Char('-'), 0, 0);
    for (const QString &language : languages) {
        if (language.compare(primary, Qt::CaseInsensitive) == 0)
            return language;
    }
    return {};
}

// The language an id is written in ("chapters.battles.body.zh[2]" -> "zh").
QString languageOf(const QString &id)
{
    QString path = id;
    int paragraph = 0;
    ContentFields::paragraphOf(id, &path, &paragraph);
    return path.section(QLatin1Char('.'), -1);
}

} // namespace

Result apply(const ExhibitDocument &document, const XliffReader::File &file,
             const QString &fileName)
{
    Result result;
    const auto fail = [&](qint64 line, const QString &reason) {
        result.errors.append(QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(reason));
    };
    const QString source = exhibitLanguage(document.languages, file.sourceLanguage);
    const QString target = exhibitLanguage(document.languages, file.targetLanguage);
    if (source.isEmpty() || target.isEmpty() || source == target) {
        fail(1,
             source.isEmpty() || target.isEmpty()
                 ? QStringLiteral("the file is from %1 into %2; the exhibit's languages are %3")
                       .arg(file.sourceLanguage, file.targetLanguage,
                            document.languages.join(QStringLiteral(", ")))
                 : QStringLiteral("the file translates %1 into itself").arg(source));
        return result;
    }

    QHash<QString, TranslationUnit> known;
    for (const TranslationUnit &unit : TranslationUnits::units(document, source, target))
        known.insert(unit.id, unit);
    QHash<QString, qint64> lineOf;
    // Bodies are put back whole: each paragraph translated in its place.
    QMap<QString, QMap<int, QString>> paragraphs;
    QList<std::pair<QString, QString>> texts;
    for (const XliffReader::Unit &unit : file.units) {
        lineOf.insert(unit.id, unit.line);
        const auto found = known.constFind(unit.id);
        if (found == known.cend()) {
            const QString language = languageOf(unit.id);
            if (document.languages.contains(language) && language != target)
                fail(unit.line,
                     QStringLiteral("%1 is a text in %2, but the file's translations "
                                    "are into %3")
                         .arg(unit.id, language, target));
            else
                fail(unit.line,
                     QStringLiteral("%1: the exhibit has no such text to translate "
                                    "(was it removed since the file was exported?)")
                         .arg(unit.id));
            continue;
        }
        if (unit.source != found->source) {
            fail(unit.line,
                 QStringLiteral("%1: its source is no longer the exhibit's %2 text "
                                "(%3 has changed since the file was exported): "
                                "export the file again")
                     .arg(unit.id, source, found->sourcePath));
            continue;
        }
        if (unit.target.trimmed().isEmpty())
            continue; // not translated yet: left as it is
        ++result.imported;
        QString body;
        int index = 0;
        if (ContentFields::paragraphOf(unit.id, &body, &index))
            paragraphs[body].insert(index, unit.target.trimmed());
        else
            texts.append({ unit.id, unit.target });
        if (unit.target != found->target)
            result.changes.append({ unit.id, found->target, unit.target });
    }
    if (!result.errors.isEmpty())
        return result;

    ExhibitDocument changed = document;
    QString error;
    for (const auto &[id, text] : std::as_const(texts)) {
        if (!ContentFields::set(&changed, id, text, &error))
            fail(lineOf.value(id), error);
    }
    for (auto body = paragraphs.cbegin(); body != paragraphs.cend(); ++body) {
        QString value;
        ContentFields::get(changed, body.key(), &value, &error);
        QStringList list = ContentFields::paragraphs(value);
        for (auto it = body->cbegin(); it != body->cend(); ++it) {
            const QString id = QStringLiteral("%1[%2]").arg(body.key()).arg(it.key());
            if (it.key() > list.size()) {
                fail(lineOf.value(id),
                     QStringLiteral("%1: paragraph %2 comes before paragraph %3 is translated; "
                                    "a chapter's text is translated from its first paragraph")
                         .arg(id)
                         .arg(it.key() + 1)
                         .arg(list.size() + 1));
                break;
            }
            if (it.key() == list.size())
                list.append(it.value());
            else
                list[it.key()] = it.value();
        }
        if (!ContentFields::set(&changed, body.key(), list.join(QStringLiteral("\n\n")), &error))
            fail(lineOf.value(body.key() + QStringLiteral("[0]")), error);
    }
    for (const ContentProblem &problem : ExhibitValidator::introduced(document, changed)) {
        const QString path = changed.fieldPath(problem.path);
        fail(lineOf.value(path, 1), QStringLiteral("%1: %2").arg(path, problem.message));
    }
    if (result.errors.isEmpty())
        result.document = changed;
    return result;
}

} // namespace TranslationImport
