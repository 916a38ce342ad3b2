#include "content/contentreading.h"

#include "content/contentfile.h"
#include "content/filecopy.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

ContentReading ContentReading::snapshotOf(const QString &file)
{
    ContentReading reading;
    reading.m_file = file;
    reading.m_folder = std::make_shared<QTemporaryDir>();
    if (!reading.m_folder->isValid()) {
        reading.refuse(QStringLiteral("cannot make a private folder for a snapshot: %1")
                           .arg(reading.m_folder->errorString()));
        return reading;
    }
    // The bytes as they are, hashed as they are copied, so the version is the
    // published file's (the publisher's history names it by the same hash).
    // Live files are replaced by a rename, never written in place; a copy
    // torn by a writer anyway fails to read and is refused like any bad file.
    const QFileInfo info(file);
    if (!info.isFile()) {
        reading.refuse(info.exists() ? QStringLiteral("is not a regular file")
                                     : QStringLiteral("no such file"));
        return reading;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const FileCopy copy(file, reading.snapshot(), ContentDatabase::maxFileBytes, &hash);
    switch (copy.result()) {
    case FileCopy::Result::Copied:
        break;
    case FileCopy::Result::TooLarge:
        reading.refuse(ContentDatabase::sizeProblem(copy.sourceBytes()));
        return reading;
    case FileCopy::Result::CannotRead:
        reading.refuse(QStringLiteral("cannot read: %1").arg(copy.detail()));
        return reading;
    case FileCopy::Result::CannotWrite:
        reading.refuse(QStringLiteral("cannot make a snapshot: %1").arg(copy.detail()));
        return reading;
    }
    reading.m_version = QString::fromLatin1(hash.result().toHex().left(12));
    reading.m_readable = true;
    return reading;
}

QString ContentReading::snapshot() const
{
    return m_folder ? QDir(m_folder->path()).filePath(QStringLiteral("content.db")) : QString();
}

void ContentReading::readAndValidate(int timeBudgetMs)
{
    if (!m_readable)
        return;
    // Messages name the file asked for, not the private copy.
    const QString copy = snapshot();
    QString error;
    if (!ContentFile::read(copy, &m_document, &error, timeBudgetMs)) {
        refuse(error.mid(copy.size() + 2));
        return;
    }
    for (const ContentProblem &problem : ExhibitValidator::validate(m_document))
        m_problems.append(QStringLiteral("%1: %2: %3")
                              .arg(m_file, m_document.fieldPath(problem.path), problem.message));
}

ContentReading ContentReading::of(const QString &file)
{
    ContentReading reading = snapshotOf(file);
    reading.readAndValidate();
    return reading;
}

void ContentReading::refuse(const QString &reason)
{
    m_readable = false;
    m_problems = { QStringLiteral("%1: %2").arg(m_file, reason) };
}

ContentReading ContentReading::refusal(const QString &file, const QString &reason)
{
    ContentReading reading;
    reading.m_file = file;
    reading.refuse(reason);
    return reading;
}
