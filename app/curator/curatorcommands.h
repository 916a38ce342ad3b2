#pragma once

#include <QStringList>
#include <QTextStream>

#include <optional>

/** The exhibit-curator subcommands. Each returns the process exit code:
 *  0 success, 1 the content has problems, 2 bad usage or unreadable input. */
class CuratorCommands
{
public:
    enum ExitCode { Success = 0, ContentProblems = 1, UsageError = 2 };

    CuratorCommands(QTextStream &out, QTextStream &err);

    int run(const QStringList &arguments); // arguments without the program name

private:
    int importJson(const QStringList &args);
    int exportJson(const QStringList &args);
    int migrate(const QStringList &args);
    int usage(const QString &problem = {});
    // Prints a command's help when asked, or its usage when the argument count
    // is wrong, and returns the exit code; nothing when the command should run.
    std::optional<int> helpOrUsage(const QStringList &args, const char *command, int count, const char *expected,
                                   const char *help);

    QTextStream &m_out;
    QTextStream &m_err;
};
