#pragma once

#include <QStringList>
#include <QTextStream>

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
    int usage(const QString &problem = {});
    bool wantsHelp(const QStringList &args, const char *help);

    QTextStream &m_out;
    QTextStream &m_err;
};
