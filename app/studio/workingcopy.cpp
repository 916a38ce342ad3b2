#include "studio/workingcopy.h"

#include "content/contentdatabase.h"
#include "content/contentfile.h"
#include "content/filecopy.h"

#include <QFile>
#include <QFileInfo>

namespace WorkingCopy {

namespace {

bool copy(const QString &source, const QString &target, QString *error)
{
    if (QFileInfo::exists(target)) {
        *error = QStringLiteral("%1 already exists: choose a new name for the working copy")
                     .arg(target);
        return false;
    }
    const FileCopy copied(source, target, ContentDatabase::maxFileBytes);
    switch (copied.result()) {
    case FileCopy::Result::Copied:
        break;
    case FileCopy::Result::TooLarge:
        *error = QStringLiteral("%1: %2").arg(source,
                                              ContentDatabase::sizeProblem(copied.sourceBytes()));
        break;
    case FileCopy::Result::CannotRead:
        *error = QStringLiteral("%1: cannot read it: %2").arg(source, copied.detail());
        break;
    case FileCopy::Result::CannotWrite:
        *error = QStringLiteral("%1: cannot write it: %2").arg(target, copied.detail());
        break;
    }
    if (!copied.copied()) {
        QFile::remove(target);
        return false;
    }
    return true;
}

// A working copy the studio could not open is no working copy.
bool keepIfItReads(const QString &target, QString *error)
{
    ExhibitDocument ignored;
    if (ContentFile::read(target, &ignored, error))
        return true;
    QFile::remove(target);
    return false;
}

} // namespace

bool makeFrom(const QString &source, const QString &target, QString *error)
{
    return copy(source, target, error) && keepIfItReads(target, error);
}

bool migrateFrom(const QString &source, const QString &target, QString *error)
{
    if (!copy(source, target, error))
        return false;
    if (!ContentFile::migrate(target, error)) {
        QFile::remove(target);
        return false;
    }
    return keepIfItReads(target, error);
}

} // namespace WorkingCopy
