#pragma once

#include <QString>

/** The media folder a content database's paths are relative to. A path is
 *  usable only if it leads, after every symbolic link, to a regular file
 *  inside the folder: not to /dev/zero, a FIFO, a folder, or anywhere else
 *  on the disk, any of which could hang or exhaust the kiosk that opens it.
 *  Shared by the curator's media check and the kiosk at run time. */
class MediaRoot
{
public:
    explicit MediaRoot(const QString &folder);

    [[nodiscard]] const QString &folder() const { return m_folder; }
    // The file's canonical path, or empty with *problem saying why (naming
    // the file as `relativePath` inside this folder).
    [[nodiscard]] QString resolve(const QString &relativePath, QString *problem) const;

private:
    QString m_folder;
    QString m_canonicalFolder;
};
