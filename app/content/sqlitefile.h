#pragma once

#include <QString>

class QDeadlineTimer;
class QSqlDatabase;

namespace SqliteFile {

// The longest text or blob a database may hand back: a map outline of a
// thousand points is 20 KB; a 400-million-character title is an attack.
constexpr int maxValueBytes = 4 * 1024 * 1024;

// Opens `db` (its file name and options set) as an untrusted file and makes
// sure it really is an SQLite database, with foreign keys enforced. With a
// deadline (which must outlive the connection), any statement still running
// when it expires is interrupted. Returns the problem, or an empty string
// when it is open.
[[nodiscard]] QString open(QSqlDatabase &db, const QDeadlineTimer *deadline = nullptr);

// Copies the database open in `source` (a consistent snapshot, its WAL
// included) to the new file `target`. Returns the problem, or an empty string.
[[nodiscard]] QString snapshot(const QSqlDatabase &source, const QString &target);

} // namespace SqliteFile
