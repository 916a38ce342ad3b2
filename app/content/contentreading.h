#pragma once

#include "content/contentdatabase.h"
#include "content/exhibitdocument.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

/** One content database read as the kiosk uses it, all from one snapshot:
 *  the file is copied once into a private folder, hashed as it is copied,
 *  and the copy is what is read, validated and kept as the last good
 *  content. A publish between two of those steps cannot slip an unchecked
 *  file in. Safe to make on a worker thread; the result is a plain value. */
class ContentReading
{
public:
    // Takes the snapshot of `file` and its hash; readable() is false (with
    // the reason in problems()) if the file cannot be copied.
    static ContentReading snapshotOf(const QString &file);
    // Reads and validates the snapshot, SQL stopped after timeBudgetMs.
    void readAndValidate(int timeBudgetMs = ContentDatabase::defaultTimeBudgetMs);
    // snapshotOf() then readAndValidate().
    static ContentReading of(const QString &file);
    // Makes this a refusal of the file, for `reason`.
    void refuse(const QString &reason);
    // A refusal of `file` that was never read.
    static ContentReading refusal(const QString &file, const QString &reason);

    [[nodiscard]] const QString &file() const { return m_file; }
    // The first 12 hex digits of the snapshot's SHA-256.
    [[nodiscard]] const QString &version() const { return m_version; }
    // The private copy (removed with the last ContentReading that holds it).
    [[nodiscard]] QString snapshot() const;
    [[nodiscard]] bool readable() const { return m_readable; }
    // Every problem as "FILE: key.path: problem"; when !readable(), the first
    // says why nothing could be read.
    [[nodiscard]] const QStringList &problems() const { return m_problems; }
    [[nodiscard]] const ExhibitDocument &document() const { return m_document; }

private:
    QString m_file;
    QString m_version;
    std::shared_ptr<QTemporaryDir> m_folder;
    bool m_readable = false;
    QStringList m_problems;
    ExhibitDocument m_document;
};
