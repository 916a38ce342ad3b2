#include "curator/checkcommands.h"

#include "config/bundledpaths.h"
#include "media/mediachecker.h"
#include "models/contentstore.h"
#include "translation/translationunits.h"

#include <QMap>
#include <QRegularExpression>

#include <QFileInfo>

#include <cstdio>
#include <unistd.h>

const char *const CheckCommands::validateHelp
    = "Usage: exhibit-curator validate DB [--media DIR]\n"
      "\n"
      "Checks DB as the kiosk will use it: every chapter has every text in every\n"
      "exhibit language, within the length its screen allows; chapter ids are known\n"
      "and unique; every image, audio and caption path stays inside the media\n"
      "folder DIR (default: the media bundled with the kiosk), also through symbolic\n"
      "links, and exists; every audio file plays to its end; every captions file\n"
      "reads and ends within its audio. Prints each problem as\n"
      "table.row.field: problem, e.g. chapters.battles.title.zh: text is missing\n"
      "(a language being translated, with more than a few texts missing, on one line\n"
      "saying how many);\n"
      "then each warning (a narration made from words its chapter no longer has) as\n"
      "warning: table.row.field: what to do. Warnings do not change the exit code.\n"
      "Exit codes: 0 no problems, 1 problems found, 2 bad usage or unreadable DB.\n";

QStringList CheckCommands::problemsIn(const QString &databaseFile, const QString &mediaRoot,
                                      int *chapters, QStringList *warnings)
{
    ExhibitDocument document;
    QStringList problems;
    if (!ContentStore::readValidated(databaseFile, &document, &problems))
        return problems;
    // readValidated names the file on every line; here the file is the subject.
    for (QString &problem : problems)
        problem = problem.mid(databaseFile.size() + 2);
    problems = withDraftsCounted(problems, document);
    if (chapters)
        *chapters = int(document.chapters.size());
    if (warnings) {
        for (const ContentProblem &warning : ExhibitValidator::warnings(document))
            warnings->append(
                QStringLiteral("%1: %2").arg(document.fieldPath(warning.path), warning.message));
        // The kiosk's own words (buttons, help, what the keypad speaks) come
        // from its interface translations; a language without one has them in English.
        const QStringList interface = QStringLiteral(EXHIBIT_INTERFACE_LANGUAGES)
                                          .split(QLatin1Char(','));
        for (const QString &language : std::as_const(document.languages)) {
            if (!interface.contains(language))
                warnings->append(
                    QStringLiteral("languages.%1: the kiosk's own words (its buttons, help and "
                                   "spoken labels) are not translated into %1 and show in "
                                   "English; a translator adds them as i18n/exhibit_%1.ts")
                        .arg(language));
        }
    }

    MediaChecker media(mediaRoot);
    const bool terminal = ::isatty(STDERR_FILENO);
    if (terminal) {
        media.setProgress([this](int done, int total, const QString &file) {
            m_err << "\r\033[Kchecking media " << done << '/' << total
                  << (file.isEmpty() ? QString() : QStringLiteral(": ") + file)
                  << (done == total ? "\n" : "") << Qt::flush;
        });
    }
    for (const ContentProblem &problem : media.check(document))
        problems.append(
            QStringLiteral("%1: %2").arg(document.fieldPath(problem.path), problem.message));
    return problems;
}

QStringList CheckCommands::withDraftsCounted(const QStringList &problems,
                                             const ExhibitDocument &document)
{
    // "chapters.battles.title.fr: text is missing or empty", a body's "…: at
    // least one paragraph is needed": a language being translated has
    // hundreds; one line each would hide every other problem.
    static const QRegularExpression missing(
        QStringLiteral("^\\S+\\.([a-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,2})(?:\\[\\d+\\])?: "
                       "(?:text is missing or empty|at least one paragraph is needed)$"));
    QMap<QString, int> perLanguage;
    for (const QString &problem : problems) {
        const QRegularExpressionMatch match = missing.match(problem);
        if (match.hasMatch())
            ++perLanguage[match.captured(1)];
    }
    QStringList result;
    for (auto it = perLanguage.cbegin(); it != perLanguage.cend(); ++it) {
        if (it.value() <= draftThreshold || it.key() == document.languages.value(0))
            continue;
        // Counted as a translator counts them: a chapter's text paragraph by paragraph.
        const TranslationUnits::ToWrite count = TranslationUnits::toWrite(document, it.key());
        result << QStringLiteral("%1: %2 of %3 texts still to write (a language being "
                                 "translated: 'exhibit-curator translations export DB --target "
                                 "%1 OUT.xlf' lists them)")
                      .arg(it.key())
                      .arg(count.missing)
                      .arg(count.total);
    }
    for (const QString &problem : problems) {
        const QRegularExpressionMatch match = missing.match(problem);
        if (!match.hasMatch() || perLanguage.value(match.captured(1)) <= draftThreshold
            || match.captured(1) == document.languages.value(0))
            result << problem;
    }
    return result;
}

int CheckCommands::validate(QStringList args)
{
    const QString mediaRoot
        = takeOption(&args, QStringLiteral("--media"), BundledPaths::mediaRoot());
    if (const auto done = helpOrUsage(args, "validate", 1, "DB [--media DIR]", validateHelp))
        return *done;
    const QString databaseFile = args.at(0);
    if (!QFileInfo(databaseFile).isFile()) {
        m_err << databaseFile << ": no such file\n";
        return UsageError;
    }
    int chapters = -1;
    QStringList warnings;
    const QStringList problems = problemsIn(databaseFile, mediaRoot, &chapters, &warnings);
    if (chapters < 0) { // not readable at all
        m_err << problems.value(0) << '\n';
        return UsageError;
    }
    for (const QString &problem : problems)
        m_out << problem << '\n';
    for (const QString &warning : std::as_const(warnings))
        m_out << "warning: " << warning << '\n';
    if (!problems.isEmpty()) {
        m_err << databaseFile << ": " << problems.size()
              << (problems.size() == 1 ? " problem\n" : " problems\n");
        return ContentProblems;
    }
    m_out << databaseFile << ": ok (" << chapters << " chapters, media in " << mediaRoot << ")\n";
    return Success;
}
