#pragma once

#include "exhibitdocument.h"

#include <QString>

/** A content database file as a whole, for the curator's tool: written all
 *  or nothing. A change is made in a copy beside the file (migrated to the
 *  current schema), committed, flushed and renamed over the original, so on
 *  any failure the original is byte for byte what it was, and a kiosk
 *  reading the file sees the old content or the new, never half of each. */
namespace ContentFile {

// Reads and returns the whole exhibit; false with *error naming the file.
bool read(const QString &fileName, ExhibitDocument *document, QString *error);
// Replaces the content of fileName (created if missing) with the document.
bool write(const QString &fileName, const ExhibitDocument &document, QString *error);
// Upgrades an older database to the current schema, all steps or none.
bool migrate(const QString &fileName, QString *error);
// A new database with the current schema and no content; refuses to overwrite.
bool create(const QString &fileName, QString *error);

} // namespace ContentFile
