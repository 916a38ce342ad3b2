#pragma once

#include "content/exhibitdocument.h"

#include <QStringList>
#include <QTextStream>

#include <optional>

/** What every exhibit-curator subcommand shares: where it writes, its exit
 *  codes, and the handling of --help, options and argument counts. */
class CuratorCommand
{
public:
    enum ExitCode { Success = 0, ContentProblems = 1, UsageError = 2 };

    CuratorCommand(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    { }

protected:
    // Prints a command's help when asked, or its usage when the argument count
    // is wrong, and returns the exit code; nothing when the command should run.
    std::optional<int> helpOrUsage(const QStringList &args, const char *command, int count,
                                   const char *expected, const char *help);
    // Removes "--NAME VALUE" from args; the value, or defaultValue if absent.
    // An option without its value leaves *args with the bare option, which
    // then fails the argument count.
    static QString takeOption(QStringList *args, const QString &name,
                              const QString &defaultValue = {});
    // Removes "--NAME" from args; whether it was there.
    static bool takeFlag(QStringList *args, const QString &name);
    // Reads a content database whole; when it cannot, says why on m_err.
    bool readContent(const QString &databaseFile, ExhibitDocument *document);

    QTextStream &m_out;
    QTextStream &m_err;
};
