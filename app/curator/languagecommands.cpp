#include "curator/languagecommands.h"

#include "content/contentfile.h"
#include "translation/translationunits.h"

#include <QLocale>
#include <QRegularExpression>

namespace {

const char *const languagesHelp
    = "Usage: exhibit-curator languages DB\n"
      "       exhibit-curator languages add DB LANG [--name NAME]\n"
      "       exhibit-curator languages remove DB LANG\n"
      "\n"
      "Without an action, lists the exhibit's languages in the order the language\n"
      "switch shows them, with their names and how many texts each still lacks.\n"
      "add appends LANG (a language tag: fr, ja, pt-BR) with every text empty: a\n"
      "draft that 'validate' and 'publish' refuse until each text is written (with\n"
      "'set', in Exhibit Studio, or through 'translations export --target LANG' and\n"
      "'translations import'). NAME is the language's name as its speakers write\n"
      "it (Français, 日本語), shown on the kiosk's language switch; without it, the\n"
      "name the system knows. remove takes a language and all its texts out (not\n"
      "the first: it is the source of the others).\n";

} // namespace

int LanguageCommands::run(const QStringList &args)
{
    const QString action = args.value(0);
    if (action == QLatin1String("add"))
        return add(args.mid(1));
    if (action == QLatin1String("remove"))
        return remove(args.mid(1));
    if (action == QLatin1String("--help") || action == QLatin1String("-h") || args.isEmpty()) {
        m_out << languagesHelp;
        return args.isEmpty() ? UsageError : Success;
    }
    return list(args);
}

int LanguageCommands::list(const QStringList &args)
{
    if (const auto done = helpOrUsage(args, "languages", 1, "DB", languagesHelp))
        return *done;
    ExhibitDocument document;
    if (!readContent(args.at(0), &document))
        return UsageError;
    for (int i = 0; i < document.languages.size(); ++i) {
        const QString &code = document.languages.at(i);
        const auto [missing, total] = TranslationUnits::toWrite(document, code);
        m_out << code << "  " << document.languageNames.value(code, QStringLiteral("(no name)"))
              << "  ";
        if (i == 0)
            m_out << "the source of the others";
        else if (missing == 0)
            m_out << "complete";
        else
            m_out << "draft: " << missing << " of " << total << " texts still to write";
        m_out << '\n';
    }
    return Success;
}

int LanguageCommands::add(QStringList args)
{
    QString name = takeOption(&args, QStringLiteral("--name"));
    if (const auto done = helpOrUsage(args, "languages add", 2, "DB and LANG", languagesHelp))
        return *done;
    const QString &databaseFile = args.at(0);
    const QString &code = args.at(1);
    static const QRegularExpression tag(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$"));
    if (!tag.match(code).hasMatch() || code.size() > 12) {
        m_err << "exhibit-curator languages add: '" << code
              << "' is not a language tag (two or three lowercase letters, then optionally a "
                 "region or script: fr, ja, pt-BR, zh-Hant)\n";
        return UsageError;
    }
    ExhibitDocument document;
    if (!readContent(databaseFile, &document))
        return UsageError;
    QString error;
    if (document.languages.contains(code)) {
        m_err << "exhibit-curator languages add: " << databaseFile << " already has " << code
              << '\n';
        return UsageError;
    }
    if (name.isEmpty())
        name = QLocale(code).nativeLanguageName();
    if (name.isEmpty()) {
        m_err << "exhibit-curator languages add: no name is known for " << code
              << ": give it with --name, as its speakers write it\n";
        return UsageError;
    }
    const ExhibitDocument before = document;
    document.languages.append(code);
    document.languageNames.insert(code, name);
    // The new language's texts are all still to write; nothing else may be wrong.
    const QRegularExpression inNewLanguage(
        QStringLiteral("\\.%1(\\[\\d+\\])?$").arg(QRegularExpression::escape(code)));
    for (const ContentProblem &problem : ExhibitValidator::introduced(before, document)) {
        if (!inNewLanguage.match(document.fieldPath(problem.path)).hasMatch()) {
            m_err << document.fieldPath(problem.path) << ": " << problem.message << '\n';
            m_err << "exhibit-curator languages add: " << databaseFile << " was not changed\n";
            return ContentProblems;
        }
    }
    if (!ContentFile::write(databaseFile, document, &error)) {
        m_err << error << '\n';
        return UsageError;
    }
    const int missing = TranslationUnits::toWrite(document, code).missing;
    m_out << "Added " << code << " (" << name << ") to " << databaseFile << ": a draft with "
          << missing << " texts to write. Translate them with\n  exhibit-curator translations "
          << "export " << databaseFile << " --target " << code << " " << code << ".xlf\n";
    return Success;
}

int LanguageCommands::remove(const QStringList &args)
{
    if (const auto done = helpOrUsage(args, "languages remove", 2, "DB and LANG", languagesHelp))
        return *done;
    const QString &databaseFile = args.at(0);
    const QString &code = args.at(1);
    ExhibitDocument document;
    if (!readContent(databaseFile, &document))
        return UsageError;
    QString error;
    if (!document.languages.contains(code)) {
        m_err << "exhibit-curator languages remove: " << databaseFile << " has no language " << code
              << " (it has " << document.languages.join(QStringLiteral(", ")) << ")\n";
        return UsageError;
    }
    if (code == document.languages.constFirst()) {
        m_err << "exhibit-curator languages remove: " << code
              << " is the exhibit's first language, the source of the others\n";
        return UsageError;
    }
    document.removeLanguage(code);
    if (!ContentFile::write(databaseFile, document, &error)) {
        m_err << error << '\n';
        return UsageError;
    }
    m_out << "Removed " << code << " and its texts from " << databaseFile << '\n';
    return Success;
}
