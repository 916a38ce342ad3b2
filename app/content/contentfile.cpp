#include "contentfile.h"

#include "contentdatabase.h"
#include "contentpublisher.h"
#include "contenttables.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ContentFile {

namespace {

QString scratchNameFor(const QString &fileName)
{
    const QFileInfo info(fileName);
    return info.absoluteDir().filePath(QLatin1Char('.') + info.fileName() + QStringLiteral(".editing-")
                                       + QString::number(QCoreApplication::applicationPid()));
}

// Runs `change` on a scratch copy of fileName (or a new file) and, if it
// succeeds, puts the copy in the original's place.
template<typename Change>
bool changeAtomically(const QString &fileName, Change change, QString *error)
{
    const QString scratch = scratchNameFor(fileName);
    QFile::remove(scratch);
    if (QFileInfo::exists(fileName) && !QFile::copy(fileName, scratch)) {
        *error = QStringLiteral("%1: cannot make a working copy beside it (is the folder writable?)").arg(fileName);
        return false;
    }
    bool ok = false;
    {
        ContentDatabase database(scratch, ContentDatabase::Mode::ReadWrite);
        if (!database.open() || !database.prepareSchema()) {
            *error = database.error().replace(scratch, fileName);
        } else {
            ok = change(database, error);
        }
    }
    if (ok)
        ok = ContentPublisher::replaceAtomically(scratch, fileName, error);
    QFile::remove(scratch);
    return ok;
}

} // namespace

bool read(const QString &fileName, ExhibitDocument *document, QString *error)
{
    if (!QFileInfo(fileName).isFile()) {
        *error = QStringLiteral("%1: no such file").arg(fileName);
        return false;
    }
    ContentDatabase database(fileName, ContentDatabase::Mode::ReadOnly);
    if (!database.open() || !database.checkReadable()) {
        *error = database.error();
        return false;
    }
    QString problem;
    if (!ContentTables::read(database.database(), document, &problem)) {
        *error = QStringLiteral("%1: cannot read the content: %2").arg(fileName, problem);
        return false;
    }
    return true;
}

bool write(const QString &fileName, const ExhibitDocument &document, QString *error)
{
    return changeAtomically(fileName, [&](ContentDatabase &database, QString *problem) {
        QSqlDatabase db = database.database();
        if (db.transaction() && ContentTables::write(db, document, problem) && db.commit())
            return true;
        db.rollback();
        *problem = QStringLiteral("%1: not changed: %2").arg(fileName, *problem);
        return false;
    }, error);
}

bool migrate(const QString &fileName, QString *error)
{
    // Opening the working copy read-write migrates it; nothing else to do.
    return changeAtomically(fileName, [](ContentDatabase &, QString *) { return true; }, error);
}

bool create(const QString &fileName, QString *error)
{
    if (QFileInfo::exists(fileName)) {
        *error = QStringLiteral("%1: already exists; init only makes new databases").arg(fileName);
        return false;
    }
    return changeAtomically(fileName, [](ContentDatabase &, QString *) { return true; }, error);
}

} // namespace ContentFile
