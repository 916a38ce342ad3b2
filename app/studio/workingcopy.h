#pragma once

#include <QString>

/** How a curator gets a file the studio may edit: a working copy of a live
 *  database (the studio never edits the file kiosks read; publishing puts
 *  the working copy live) or of a database from an older schema, migrated.
 *  The target must not exist yet; on any failure nothing is left behind. */
namespace WorkingCopy {

bool makeFrom(const QString &source, const QString &target, QString *error);
// A copy of an older database, brought to the current schema.
bool migrateFrom(const QString &source, const QString &target, QString *error);

} // namespace WorkingCopy
