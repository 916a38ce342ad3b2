#include "studio/draftfile.h"

#include "content/exhibitjson.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

DraftFile::DraftFile(const QString &workingCopy)
{
    const QFileInfo info(workingCopy);
    m_fileName = info.dir().filePath(info.completeBaseName() + QStringLiteral(".draft.json"));
}

bool DraftFile::exists() const { return QFileInfo::exists(m_fileName); }

bool DraftFile::write(const ExhibitDocument &document, QString *error) const
{
    QSaveFile file(m_fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(ExhibitJson::write(document)) < 0
        || !file.commit()) {
        *error
            = QStringLiteral("%1: cannot save the draft: %2").arg(m_fileName, file.errorString());
        return false;
    }
    return true;
}

bool DraftFile::read(ExhibitDocument *document, QString *error) const
{
    ExhibitJson::ReadResult result
        = ExhibitJson::readFile(m_fileName, ExhibitJson::Rules::Unchecked);
    if (!result.ok()) {
        *error = result.errors.join(QLatin1Char('\n'));
        return false;
    }
    *document = std::move(result.document);
    return true;
}

bool DraftFile::remove(QString *error) const
{
    QFile file(m_fileName);
    if (file.exists() && !file.remove()) {
        *error
            = QStringLiteral("%1: cannot remove the draft: %2").arg(m_fileName, file.errorString());
        return false;
    }
    return true;
}

bool DraftFile::setAside(QString *keptAs, QString *error) const
{
    const QString stem = m_fileName.chopped(int(qstrlen(".json")))
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("'-unreadable-'yyyyMMdd-HHmmss"));
    QString target = stem + QStringLiteral(".json");
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1-%2.json").arg(stem).arg(n);
    QFile file(m_fileName);
    if (!file.rename(target)) {
        *error = QStringLiteral("%1: cannot move the unreadable draft aside to %2: %3")
                     .arg(m_fileName, target, file.errorString());
        return false;
    }
    *keptAs = target;
    return true;
}
