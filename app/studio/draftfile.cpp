#include "studio/draftfile.h"

#include "content/exhibitjson.h"

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
