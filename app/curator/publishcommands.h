#pragma once

#include "content/contentpublisher.h"
#include "curator/curatorcommand.h"

/** exhibit-curator publish, rollback and history: putting a checked content
 *  database where the kiosks read it, and taking it back. */
class PublishCommands : public CuratorCommand
{
public:
    using CuratorCommand::CuratorCommand;

    int publish(QStringList args);
    int rollback(QStringList args);
    int history(const QStringList &args);

private:
    // --note TEXT and --who NAME (default: the user running the command).
    static ContentPublisher::Attribution takeAttribution(QStringList *args);
};
