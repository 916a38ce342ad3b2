#pragma once

#include <QString>

/** Remembers, in the kiosk's state folder, which content version it is
 *  loading. Set before a version is read and cleared once it is shown or
 *  refused: if it is still there at the next start, that version hung or
 *  crashed the kiosk (a restart loop in the making), and it is not tried
 *  again until a different version is published. */
class ContentLoadMarker
{
public:
    // An empty fileName (no state folder) remembers nothing.
    explicit ContentLoadMarker(const QString &fileName);

    // True if the kiosk stopped while loading `version`; *since says when
    // that load began (UTC, ISO 8601).
    bool wasLoading(const QString &version, QString *since) const;
    void set(const QString &databaseFile, const QString &version) const;
    void clear() const;

private:
    QString m_fileName;
};
