#include "studio/fieldedit.h"

#include "studio/studiodocument.h"

FieldEdit::FieldEdit(StudioDocument *document, int session, const QString &path,
                     const QString &before, const QString &after)
    : m_document(document)
    , m_session(session)
    , m_path(path)
    , m_before(before)
    , m_after(after)
{
    setText(path);
}

void FieldEdit::undo() { m_document->apply(m_path, m_before); }

void FieldEdit::redo() { m_document->apply(m_path, m_after); }

bool FieldEdit::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const FieldEdit *>(other);
    if (next->m_path != m_path || next->m_session != m_session)
        return false;
    m_after = next->m_after;
    // Typed back to where it was: no step at all.
    if (m_after == m_before)
        setObsolete(true);
    return true;
}
