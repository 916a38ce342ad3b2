#pragma once

#include <QString>

class QCryptographicHash;

/** Copies a file's bytes into a new file, a megabyte at a time. The target
 *  is created exclusively (never an existing file, never through a planted
 *  link), and a source over the size limit is refused before anything is
 *  copied, or as soon as it grows past it while it is read. Used wherever a
 *  file we do not own is taken (a content snapshot) or put in place (a
 *  publish, a rollback, the last good copy). */
class FileCopy
{
public:
    enum class Result { Copied, CannotRead, CannotWrite, TooLarge };

    // maxBytes < 0: no limit. `hash`, if given, is fed every byte copied.
    FileCopy(const QString &source, const QString &target, qint64 maxBytes = -1,
             QCryptographicHash *hash = nullptr);

    [[nodiscard]] Result result() const { return m_result; }
    [[nodiscard]] bool copied() const { return m_result == Result::Copied; }
    // Why it failed (the system's words), without a file name.
    [[nodiscard]] const QString &detail() const { return m_detail; }
    // The source's size as far as it was seen (for TooLarge: over the limit).
    [[nodiscard]] qint64 sourceBytes() const { return m_sourceBytes; }

private:
    Result m_result = Result::Copied;
    QString m_detail;
    qint64 m_sourceBytes = 0;
};
