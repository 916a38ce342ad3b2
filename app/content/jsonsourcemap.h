#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

/** Remembers where each value of a JSON text starts, by key path
 *  ("chapters[2].title.zh"), so a problem found after parsing can still be
 *  reported as FILE:LINE:COLUMN. QJsonDocument keeps no positions. */
class JsonSourceMap
{
public:
    struct Position
    {
        int line = 1;
        int column = 1;
    };

    explicit JsonSourceMap(const QByteArray &json);

    // The position of the path, or of its nearest ancestor that exists (a
    // missing key is reported where its parent object starts).
    [[nodiscard]] Position positionOf(const QString &path) const;
    [[nodiscard]] Position positionAtOffset(int offset) const;

private:
    void scan();

    QByteArray m_json;
    QHash<QString, int> m_offsets;
};
