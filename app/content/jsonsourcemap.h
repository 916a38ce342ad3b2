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

    // Where `json` first opens an array or object deeper than `maxDepth`
    // levels, or -1. Asked before anything else is built: a map of paths
    // for 100,000 nested brackets would take gigabytes.
    [[nodiscard]] static qsizetype tooDeepAt(const QByteArray &json, int maxDepth);
    [[nodiscard]] static Position positionIn(const QByteArray &json, qsizetype offset);

    // The position of the path, or of its nearest ancestor that exists (a
    // missing key is reported where its parent object starts).
    [[nodiscard]] Position positionOf(const QString &path) const;
    [[nodiscard]] Position positionAtOffset(qsizetype offset) const;

private:
    void scan();

    QByteArray m_json;
    QHash<QString, qsizetype> m_offsets;
};
