#pragma once

#include "content/contentfile.h"
#include "content/exhibitjson.h"
#include "studio/draftfile.h"
#include "studio/studiodocument.h"
#include "testhelpers.h"

#include <QFile>
#include <QString>

// The studio tests' starting point: the bundled exhibit written afresh as a
// working copy (with no draft a test before may have left beside it).
namespace StudioFixture {

inline ExhibitDocument bundledExhibit()
{
    const ExhibitJson::ReadResult bundled
        = ExhibitJson::readFile(TestHelpers::sourceFile(QStringLiteral("content/exhibit.json")));
    if (!bundled.ok())
        qFatal("content/exhibit.json: %s", qPrintable(bundled.errors.join(QLatin1Char('\n'))));
    return bundled.document;
}

// False with *error when it cannot be written.
inline bool writeWorkingCopy(const QString &file, const ExhibitDocument &exhibit, QString *error)
{
    QFile::remove(file);
    QFile::remove(DraftFile(file).fileName());
    return ContentFile::write(file, exhibit, error);
}

// Writes the working copy and opens it in `document`; false with *error.
inline bool openWorkingCopy(StudioDocument &document, const QString &file,
                            const ExhibitDocument &exhibit, QString *error)
{
    if (!writeWorkingCopy(file, exhibit, error))
        return false;
    if (document.open(file, error) == StudioDocument::Opened::Yes)
        return true;
    error->prepend(QStringLiteral("not opened as it was written: "));
    return false;
}

} // namespace StudioFixture
