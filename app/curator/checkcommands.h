#pragma once

#include "content/exhibitdocument.h"
#include "curator/curatorcommand.h"

/** exhibit-curator validate: everything a kiosk will need from a content
 *  database, checked before any visitor sees it. */
class CheckCommands : public CuratorCommand
{
public:
    using CuratorCommand::CuratorCommand;

    int validate(QStringList args);

    // Every problem in the database and its media, each "key.path: problem"
    // (or the one reason it cannot be read, naming the file), and into
    // *warnings what should be seen to (a narration out of date) the same way.
    // Shows progress on a terminal while it decodes audio.
    QStringList problemsIn(const QString &databaseFile, const QString &mediaRoot,
                           int *chapters = nullptr, QStringList *warnings = nullptr);

    static const char *const validateHelp;

private:
    // A language being translated lacks hundreds of texts: more than this
    // many in one language are counted on one line instead of listed.
    static constexpr int draftThreshold = 5;
    static QStringList withDraftsCounted(const QStringList &problems,
                                         const ExhibitDocument &document);
};
