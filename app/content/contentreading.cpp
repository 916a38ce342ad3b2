#include "content/contentreading.h"

#include "content/contentfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
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
    QFile in(file);
    const QFileInfo info(file);
    if (!info.isFile()) {
        reading.refuse(info.exists() ? QStringLiteral("is not a regular file")
                                     : QStringLiteral("no such file"));
        return reading;
    }
    if (info.size() > ContentDatabase::maxFileBytes) {
        reading.refuse(
            QStringLiteral(
                "is %1 MB; a content database is at most %2 MB (media belong in the media folder)")
                .arg(info.size() / (1024 * 1024))
                .arg(ContentDatabase::maxFileBytes / (1024 * 1024)));
        return reading;
    }
    QFile out(reading.snapshot());
    if (!in.open(QIODevice::ReadOnly)) {
        reading.refuse(QStringLiteral("cannot read: %1").arg(in.errorString()));
        return reading;
    }
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        reading.refuse(QStringLiteral("cannot make a snapshot: %1").arg(out.errorString()));
        return reading;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 copied = 0;
    while (!in.atEnd() && copied <= ContentDatabase::maxFileBytes) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() || out.write(chunk) != chunk.size()) {
            reading.refuse(
                QStringLiteral("cannot make a snapshot: %1")
                    .arg(in.error() != QFile::NoError ? in.errorString() : out.errorString()));
            return reading;
        }
        hash.addData(chunk);
        copied += chunk.size();
    }
    if (copied > ContentDatabase::maxFileBytes) {
        reading.refuse(QStringLiteral("grew past %1 MB while it was read")
                           .arg(ContentDatabase::maxFileBytes / (1024 * 1024)));
        return reading;
    }
    out.close();
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
