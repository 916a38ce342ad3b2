#pragma once

#include "curator/curatorcommand.h"

/** exhibit-curator languages: the exhibit's languages as data. A language
 *  added has every text still to write (a draft that 'validate' and
 *  'publish' refuse until it is complete); its name, as its speakers write
 *  it, is what the visitor's language switch shows. */
class LanguageCommands : public CuratorCommand
{
public:
    using CuratorCommand::CuratorCommand;

    int run(const QStringList &args);

private:
    int list(const QStringList &args);
    int add(QStringList args);
    int remove(const QStringList &args);
};
