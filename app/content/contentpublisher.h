#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

class QLockFile;

/** Puts a content database where kiosks read it (the "live" file), so that
 *  a reader only ever sees the old file or the new one, whole: each write
 *  goes to a temporary file in a private folder (0700, unpredictable name)
 *  beside the target, so nobody can plant a link where it is written; it is
 *  flushed to disk and renamed over the target (atomic on POSIX file systems), even if the
 *  process is killed half-way. Every published version is kept beside the
 *  live file, in LIVE.versions/ (NNNN.db and history.tsv), so rollback()
 *  can put the previous one back. One publisher at a time (a lock file). */
class ContentPublisher
{
public:
    struct Entry
    {
        int version = 0;
        QDateTime at; // UTC
        QString hash; // SHA-256 of the file, hex
        QString event; // "published" or "rolled back from N"
        QString who; // who published it or rolled it back; may be empty (older histories)
        QString note; // what changed, or why, in a line; may be empty
    };

    // Who does it, and a line about what changed or why, for the history.
    struct Attribution
    {
        QString who;
        QString note;
    };
    // Who to record when nobody is named: the account that runs the program.
    [[nodiscard]] static QString currentUser();

    explicit ContentPublisher(const QString &liveFile);

    [[nodiscard]] QString liveFile() const { return m_live; }
    [[nodiscard]] QString versionsFolder() const { return m_live + QStringLiteral(".versions"); }

    // Says whether a snapshot of the source may be published; false with
    // *error saying why.
    using Check = std::function<bool(const QString &snapshot, QString *error)>;

    // Copies sourceDb (a consistent snapshot, WAL included) as the next
    // version and makes it live, if `check` passes on that very snapshot (so
    // what was checked is what is published, even if the source changes).
    bool publish(const QString &sourceDb, int *version, QString *error, const Check &check = {},
                 const Attribution &by = {});
    // Makes the version published before the live one live again.
    bool rollback(int *version, QString *error, const Attribution &by = {});

    // Oldest first; empty (with *error) if there is none or it cannot be read.
    // history.tsv: version, time, SHA-256, event, who, note, tab-separated
    // (lines written before who and note were kept have the first four).
    [[nodiscard]] QList<Entry> history(QString *error = nullptr) const;
    // The version the live file is, by content; 0 if it matches none.
    [[nodiscard]] int liveVersion() const;

    [[nodiscard]] static QString sha256(const QString &fileName);
    // A note is one line of at most this many characters.
    static constexpr int maxNoteLength = 500;
    // Copies source over target through a flushed temporary file and a rename.
    static bool replaceAtomically(const QString &source, const QString &target, QString *error);

private:
    [[nodiscard]] QString versionFile(int version) const;
    [[nodiscard]] QString lockFile() const;
    bool takeLock(QLockFile &lock, QString *error) const;
    bool appendHistory(const Entry &entry, QString *error);
    void removeStaleTemporaries() const;

    QString m_live;
};
