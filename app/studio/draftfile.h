#pragma once

#include "content/exhibitdocument.h"

#include <QString>

/** What the curator has typed but the working copy cannot hold yet (a title
 *  too long for the schema, a required text emptied half-way through an
 *  edit): the whole exhibit as JSON in WORKING.draft.json beside the working
 *  copy, written whole at every change (so a studio killed mid-sentence loses
 *  nothing), and removed once the working copy holds the same. */
class DraftFile
{
public:
    explicit DraftFile(const QString &workingCopy);

    [[nodiscard]] QString fileName() const { return m_fileName; }
    [[nodiscard]] bool exists() const;

    bool write(const ExhibitDocument &document, QString *error) const;
    // The draft's exhibit; false with *error naming the file and line.
    bool read(ExhibitDocument *document, QString *error) const;
    bool remove(QString *error) const;
    // Moves a draft that cannot be read out of the way of the next one,
    // beside it under a name of its own (*keptAs): never overwritten unread.
    bool setAside(QString *keptAs, QString *error) const;

private:
    QString m_fileName;
};
