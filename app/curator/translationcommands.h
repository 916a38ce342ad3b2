#pragma once

#include "curator/curatorcommand.h"

/** exhibit-curator translations export and import: the exhibit's texts out
 *  to a translator as XLIFF 1.2, and their translations back in. */
class TranslationCommands : public CuratorCommand
{
public:
    using CuratorCommand::CuratorCommand;

    int run(const QStringList &args);

private:
    int exportFile(QStringList args);
    int importFile(const QStringList &args);
};
