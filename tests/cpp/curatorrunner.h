#pragma once

#include "curator/curatorcommands.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

// Runs exhibit-curator's commands in-process, as the tests' curator, keeping
// what they print.
struct CuratorRunner
{
    QString out;
    QString err;

    int operator()(const QStringList &arguments)
    {
        out.clear();
        err.clear();
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        CuratorCommands commands(outStream, errStream);
        const int code = commands.run(arguments);
        outStream.flush();
        errStream.flush();
        return code;
    }
};
