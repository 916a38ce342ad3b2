#pragma once

#include "content/exhibitdocument.h"

#include <QString>
#include <QUndoCommand>

class StudioDocument;

/** An item added to or removed from the exhibit (a timeline event, a
 *  person), as the undo stack keeps it: the exhibit before and after, whole.
 *  The item's fields go and come back together, with its place in the list. */
class ItemChange : public QUndoCommand
{
public:
    // `item`: the outline path the change is about ("timeline.new-event").
    ItemChange(StudioDocument *document, const QString &text, const QString &item,
               ExhibitDocument before, ExhibitDocument after);

    void undo() override;
    void redo() override;

private:
    StudioDocument *m_document;
    QString m_item;
    ExhibitDocument m_before;
    ExhibitDocument m_after;
};
