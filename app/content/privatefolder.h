#pragma once

#include <QFileInfo>
#include <QString>
#include <QTemporaryDir>

/** A folder of our own (mode 0700, an unpredictable name made by mkdtemp)
 *  beside a target file, on the same file system: a file written in it can
 *  be renamed over the target, and nobody else sharing the target's folder
 *  can plant a symbolic link where the file will be written. Removed, with
 *  whatever is left in it, when this object goes. */
class PrivateFolder
{
public:
    // Its name starts with ".TARGET.publishing-", which ContentPublisher
    // recognizes as left behind by a killed process.
    static constexpr QLatin1String marker { ".publishing-" };

    explicit PrivateFolder(const QFileInfo &target);

    [[nodiscard]] bool isValid() const { return m_folder.isValid(); }
    [[nodiscard]] QString error() const { return m_folder.errorString(); }
    // Where to write: a file with the target's name, inside the folder.
    [[nodiscard]] const QString &file() const { return m_file; }

    // Flushes file() to disk and renames it over the target (atomic on POSIX
    // file systems), then makes the rename itself durable.
    bool commit(QString *error) const;

private:
    QString m_target;
    QTemporaryDir m_folder;
    QString m_file;
};
