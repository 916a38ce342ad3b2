#include "curator/checkcommands.h"

#include "config/bundledpaths.h"
#include "media/mediachecker.h"
#include "models/contentstore.h"

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
      "table.row.field: problem, e.g. chapters.battles.title.zh: text is missing;\n"
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
    if (chapters)
        *chapters = int(document.chapters.size());
    if (warnings) {
        for (const ContentProblem &warning : ExhibitValidator::warnings(document))
            warnings->append(
                QStringLiteral("%1: %2").arg(document.fieldPath(warning.path), warning.message));
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
