#pragma once

#include <QString>
#include <QUndoCommand>

class StudioDocument;

/** One change to one field, as the undo stack keeps it. Keystrokes in the
 *  same field follow each other as one step (mergeWith), so undo takes back
 *  what was typed there, not a letter, until the curator leaves the field. */
class FieldEdit : public QUndoCommand
{
public:
    // Edits of one session (StudioDocument::finishEditing ends one) merge.
    FieldEdit(StudioDocument *document, int session, const QString &path, const QString &before,
              const QString &after);

    void undo() override;
    void redo() override;
    [[nodiscard]] int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    StudioDocument *m_document;
    int m_session;
    QString m_path;
    QString m_before;
    QString m_after;
};
