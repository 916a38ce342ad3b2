#pragma once

#include "curator/curatorcommand.h"

/** exhibit-curator publish, rollback and history: putting a checked content
 *  database where the kiosks read it, and taking it back. */
class PublishCommands : public CuratorCommand
{
public:
    using CuratorCommand::CuratorCommand;

    int publish(QStringList args);
    int rollback(const QStringList &args);
    int history(const QStringList &args);
};
