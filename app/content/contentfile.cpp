#include "content/contentfile.h"

#include "content/contentdatabase.h"
#include "content/contenttables.h"
#include "content/filecopy.h"
#include "content/privatefolder.h"

#include <QFileInfo>

namespace ContentFile {

namespace {

// Builds a new database from the schema in a private folder beside fileName,
// lets `fill` write into it and, if that succeeds, puts it in the original's
// place. Nothing of the file it replaces is carried over: whatever else an
// old file held (a trigger, a view) is gone.
template <typename Fill> bool writeNew(const QString &fileName, Fill fill, QString *error)
{
    const PrivateFolder folder { QFileInfo(fileName) };
    if (!folder.isValid()) {
        *error
            = QStringLiteral("%1: cannot write in this folder: %2").arg(fileName, folder.error());
        return false;
    }
    bool ok = false;
    {
        ContentDatabase database(folder.file(), ContentDatabase::Mode::ReadWrite);
        if (!database.open() || !database.prepareSchema()) {
            *error = database.error().replace(folder.file(), fileName);
        } else {
            QSqlDatabase db = database.database();
            ok = db.transaction() && fill(db, error) && db.commit();
            if (!ok) {
                db.rollback();
                *error = QStringLiteral("%1: not changed: %2").arg(fileName, *error);
            }
        }
    }
    return ok && folder.commit(error);
}

bool readOpen(ContentDatabase &database, ExhibitDocument *document, QString *error)
{
    QString problem;
    if (ContentTables::read(database.database(), document, &problem))
        return true;
    *error = QStringLiteral("%1: cannot read the content: %2")
                 .arg(database.fileName(), database.readProblem(problem));
    return false;
}

} // namespace

bool read(const QString &fileName, ExhibitDocument *document, QString *error, int timeBudgetMs)
{
    ContentDatabase database(fileName, ContentDatabase::Mode::ReadOnly);
    database.setTimeBudget(timeBudgetMs);
    if (!database.open() || !database.checkReadable()) {
        *error = database.error();
        return false;
    }
    return readOpen(database, document, error);
}

bool write(const QString &fileName, const ExhibitDocument &document, QString *error)
{
    return writeNew(
        fileName,
        [&](QSqlDatabase &db, QString *problem) {
            return ContentTables::write(db, document, problem);
        },
        error);
}

bool migrate(const QString &fileName, QString *error)
{
    // The steps run on a private copy; its content, read back at the current
    // version, goes into a new file like any other write.
    ExhibitDocument document;
    {
        const PrivateFolder folder { QFileInfo(fileName) };
        const FileCopy copy(fileName, folder.file(), ContentDatabase::maxFileBytes);
        if (copy.result() == FileCopy::Result::TooLarge) {
            *error = QStringLiteral("%1: %2").arg(fileName,
                                                  ContentDatabase::sizeProblem(copy.sourceBytes()));
            return false;
        }
        if (!folder.isValid() || !copy.copied()) {
            *error = QStringLiteral(
                         "%1: cannot make a working copy beside it (is the folder writable?)")
                         .arg(fileName);
            return false;
        }
        ContentDatabase database(folder.file(), ContentDatabase::Mode::ReadWrite);
        if (!database.open() || !database.prepareSchema()) {
            *error = database.error().replace(folder.file(), fileName);
            return false;
        }
        if (!readOpen(database, &document, error)) {
            error->replace(folder.file(), fileName);
            return false;
        }
    }
    return write(fileName, document, error);
}

bool create(const QString &fileName, QString *error)
{
    if (QFileInfo::exists(fileName)) {
        *error = QStringLiteral("%1: already exists; init only makes new databases").arg(fileName);
        return false;
    }
    return writeNew(
        fileName, [](QSqlDatabase &, QString *) { return true; }, error);
}

} // namespace ContentFile
