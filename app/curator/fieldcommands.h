#pragma once

#include "curator/curatorcommand.h"

/** exhibit-curator init, get and set: a new database, and one field read or
 *  changed at a time, each change checked and written all or nothing. */
class FieldCommands : public CuratorCommand
{
public:
    using CuratorCommand::CuratorCommand;

    int init(const QStringList &args);
    int get(const QStringList &args);
    int set(const QStringList &args);
};
