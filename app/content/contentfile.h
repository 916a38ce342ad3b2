#pragma once

#include "content/contentdatabase.h"
#include "content/exhibitdocument.h"

#include <QString>

/** A content database file as a whole, for the curator's tool: written all
 *  or nothing. Every change builds a new database from the schema in a
 *  private folder beside the file, writes the whole exhibit into it, flushes
 *  it and renames it over the original. On any failure the original is byte
 *  for byte what it was; a kiosk reading the file sees the old content or
 *  the new, never half of each; and nothing else an old file held (a view,
 *  a trigger) is ever carried forward. */
namespace ContentFile {

// Reads and returns the whole exhibit; false with *error naming the file.
bool read(const QString &fileName, ExhibitDocument *document, QString *error,
          int timeBudgetMs = ContentDatabase::defaultTimeBudgetMs);
// Replaces the content of fileName (created if missing) with the document.
bool write(const QString &fileName, const ExhibitDocument &document, QString *error);
// Upgrades an older database to the current schema, all steps or none.
bool migrate(const QString &fileName, QString *error);
// A new database with the current schema and no content; refuses to overwrite.
bool create(const QString &fileName, QString *error);

} // namespace ContentFile
