#pragma once

#include "curator/curatorcommand.h"

/** exhibit-curator: dispatches to its subcommands, and runs those that move
 *  content between JSON and a database. Each returns the process exit code:
 *  0 success, 1 the content has problems, 2 bad usage or unreadable input. */
class CuratorCommands : public CuratorCommand
{
public:
    CuratorCommands(QTextStream &out, QTextStream &err);

    int run(const QStringList &arguments); // arguments without the program name

private:
    int importJson(const QStringList &args);
    int exportJson(const QStringList &args);
    int migrate(const QStringList &args);
    int usage(const QString &problem = {});
};
