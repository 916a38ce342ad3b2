#pragma once

#include "content/exhibitdocument.h"
#include "studio/draftfile.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUndoStack>

#include <optional>

/** The exhibit a curator is editing in Exhibit Studio: a working copy of the
 *  content database (never a live one), its fields named as exhibit-curator
 *  names them (content/contentfields.h), every change undoable and saved at
 *  once: to a draft beside the working copy at every keystroke, and to the
 *  working copy itself once the exhibit keeps the schema's rules again. The
 *  rules are the validator's, the same as `exhibit-curator validate`. */
class StudioDocument : public QObject
{
    Q_OBJECT

public:
    enum class Opened {
        Yes,
        Recovered, // with the draft a studio left: what was typed is back
        NeedsMigration, // an older schema: migrate a copy first (WorkingCopy)
        Refused, // with the reason; the file is not touched
    };

    explicit StudioDocument(QObject *parent = nullptr);

    // *message says why not, or what was recovered.
    Opened open(const QString &fileName, QString *message);

    [[nodiscard]] QString fileName() const { return m_fileName; }
    [[nodiscard]] const ExhibitDocument &exhibit() const { return m_exhibit; }
    [[nodiscard]] QUndoStack *undoStack() { return &m_undo; }
    [[nodiscard]] const QUndoStack *undoStack() const { return &m_undo; }

    // A field by its path ("chapters.battles.title.en"); empty if there is none.
    [[nodiscard]] QString field(const QString &path) const;
    // Changes a field (undoably); false with *error when the path names no
    // field or the value is not of its form (a date that is no date).
    bool edit(const QString &path, const QString &value, QString *error);
    // Several fields changed as one undo step (a recording and which words
    // it was made from); nothing changes if one of them cannot take its value.
    bool editTogether(const QList<std::pair<QString, QString>> &changes, const QString &text,
                      QString *error);
    // The curator has left the field: the next edit is a new undo step.
    void finishEditing() { ++m_session; }

    // A new timeline event (after the last, on its date) or person, with
    // every text still to write; its outline path ("timeline.new-event").
    QString addEvent();
    QString addFigure();
    // The exhibit changed as a whole (a translator's file put in), as one step to undo.
    void replaceExhibit(const ExhibitDocument &exhibit, const QString &text);
    // Removes a timeline event or a person ("figures.yue-fei"), undoably;
    // false with *error for anything else.
    bool removeItem(const QString &item, QString *error);

    // What keeps the exhibit from being saved to the working copy or
    // published, by field path; empty when it keeps every rule.
    [[nodiscard]] const ContentProblems &problems() const { return m_problems; }
    // What is allowed but should be seen to (ExhibitValidator::warnings), by field path.
    [[nodiscard]] const ContentProblems &warnings() const { return m_warnings; }
    // Every text's layout limit by field path, from the same check.
    [[nodiscard]] const QHash<QString, int> &textLimits() const { return m_textLimits; }
    // Whether the working copy holds everything typed (no draft pending).
    [[nodiscard]] bool isSaved() const { return !m_draftPending; }
    // Writes the working copy now if the exhibit keeps the rules (it is
    // otherwise written a moment after the last change).
    bool save(QString *error);

Q_SIGNALS:
    // Another file, or the same read afresh: everything may have changed.
    void opened();
    void fieldChanged(const QString &path);
    // An item came or went, or moved in its list (a date changed its place);
    // after fieldChanged, so the outline already shows it.
    void itemsChanged(const QString &item);
    void problemsChanged();
    void savedChanged();
    // A draft or working copy that could not be written, with why.
    void saveFailed(const QString &message);

private:
    friend class FieldEdit;
    friend class ItemChange;
    // Sets the field and saves; what edits, undo and redo all do.
    void apply(const QString &path, const QString &value);
    // The exhibit as a whole, after an item came or went; saves.
    void replace(const ExhibitDocument &exhibit, const QString &item);
    void changed(); // checks, drafts, and saves a moment later
    // An event whose new date puts it out of order is moved to where it belongs.
    bool keepInDateOrder(const QString &path);
    [[nodiscard]] QString freeId(const QString &stem, bool event) const;
    // Pushes an item's coming or going as one step to undo; returns `item`.
    QString pushItemChange(const QString &text, const QString &item, const ExhibitDocument &after);
    void checkRules();
    void setDraftPending(bool pending);
    [[nodiscard]] static std::optional<QString> refusal(const QString &fileName);

    QString m_fileName;
    ExhibitDocument m_exhibit;
    ContentProblems m_problems;
    ContentProblems m_warnings;
    QHash<QString, int> m_textLimits;
    std::optional<DraftFile> m_draft;
    QUndoStack m_undo;
    QTimer m_saveTimer;
    int m_session = 0;
    bool m_draftPending = false;
};
