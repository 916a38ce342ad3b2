#include "content/filecopy.h"

#include <QCryptographicHash>
#include <QFile>

FileCopy::FileCopy(const QString &source, const QString &target, qint64 maxBytes,
                   QCryptographicHash *hash)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly)) {
        m_result = Result::CannotRead;
        m_detail = in.errorString();
        return;
    }
    const auto tooLarge = [maxBytes](qint64 bytes) { return maxBytes >= 0 && bytes > maxBytes; };
    m_sourceBytes = in.size();
    if (tooLarge(m_sourceBytes)) {
        m_result = Result::TooLarge;
        return;
    }
    // NewOnly is O_CREAT | O_EXCL, which also refuses a symbolic link at target.
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        m_result = Result::CannotWrite;
        m_detail = out.errorString();
        return;
    }
    qint64 copied = 0;
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty()) {
            if (in.error() == QFile::NoError)
                break;
            m_result = Result::CannotRead;
            m_detail = in.errorString();
            return;
        }
        copied += chunk.size();
        if (tooLarge(copied)) {
            // Grew while it was read.
            m_sourceBytes = copied;
            m_result = Result::TooLarge;
            return;
        }
        if (out.write(chunk) != chunk.size()) {
            m_result = Result::CannotWrite;
            m_detail = out.errorString();
            return;
        }
        if (hash)
            hash->addData(chunk);
    }
    if (!out.flush()) {
        m_result = Result::CannotWrite;
        m_detail = out.errorString();
        return;
    }
    m_sourceBytes = copied;
}
