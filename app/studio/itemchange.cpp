#include "studio/itemchange.h"

#include "studio/studiodocument.h"

ItemChange::ItemChange(StudioDocument *document, const QString &text, const QString &item,
                       ExhibitDocument before, ExhibitDocument after)
    : m_document(document)
    , m_item(item)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(text);
}

void ItemChange::undo() { m_document->replace(m_before, m_item); }

void ItemChange::redo() { m_document->replace(m_after, m_item); }
