#pragma once

#include <QString>

class QSqlDatabase;

namespace SqliteFile {

// Opens `db` (its file name and options set) and makes sure the file really
// is an SQLite database, with foreign keys enforced. Returns the problem,
// or an empty string when it is open.
[[nodiscard]] QString open(QSqlDatabase &db);

} // namespace SqliteFile
