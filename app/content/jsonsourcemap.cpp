#include "content/jsonsourcemap.h"

#include <QList>

#include <algorithm>

namespace {

struct Frame
{
    QString path;
    bool isArray = false;
    int index = 0; // arrays: index of the next element
    QString key; // objects: the key whose value comes next
    bool expectKey = true; // objects: the next string is a key
};

QString childPath(const Frame &frame)
{
    if (frame.isArray)
        return QStringLiteral("%1[%2]").arg(frame.path).arg(frame.index);
    return frame.path.isEmpty() ? frame.key : frame.path + QLatin1Char('.') + frame.key;
}

} // namespace

JsonSourceMap::JsonSourceMap(const QByteArray &json)
    : m_json(json)
{
    scan();
}

// A tolerant scanner: it only needs to follow well-formed JSON (QJsonDocument
// has already rejected anything else) and must never loop or crash on junk.
void JsonSourceMap::scan()
{
    QList<Frame> stack;
    const qsizetype size = m_json.size();
    const auto recordValue = [&](qsizetype offset) {
        const QString path = stack.isEmpty() ? QString() : childPath(stack.last());
        if (!m_offsets.contains(path))
            m_offsets.insert(path, offset);
        return path;
    };

    for (qsizetype i = 0; i < size; ++i) {
        const char c = m_json.at(i);
        switch (c) {
        case '{':
        case '[': {
            Frame frame;
            frame.path = recordValue(i);
            frame.isArray = c == '[';
            stack.append(frame);
            break;
        }
        case '}':
        case ']':
            if (!stack.isEmpty())
                stack.removeLast();
            break;
        case ',':
            if (!stack.isEmpty()) {
                Frame &top = stack.last();
                if (top.isArray)
                    ++top.index;
                else
                    top.expectKey = true;
            }
            break;
        case ':':
            break;
        case '"': {
            qsizetype end = i + 1;
            QByteArray raw;
            while (end < size && m_json.at(end) != '"') {
                if (m_json.at(end) == '\\' && end + 1 < size)
                    raw.append(m_json.at(end++));
                raw.append(m_json.at(end++));
            }
            if (!stack.isEmpty() && !stack.last().isArray && stack.last().expectKey) {
                Frame &top = stack.last();
                top.key = QString::fromUtf8(raw);
                top.expectKey = false;
                // A key's own position is where problems with its value point.
                m_offsets.insert(childPath(top), i);
            } else {
                recordValue(i);
            }
            i = end;
            break;
        }
        default:
            if (c == '-' || (c >= '0' && c <= '9') || c == 't' || c == 'f' || c == 'n') {
                recordValue(i);
                while (i + 1 < size && !QByteArrayView(",}] \t\r\n").contains(m_json.at(i + 1)))
                    ++i;
            }
            break;
        }
    }
}

JsonSourceMap::Position JsonSourceMap::positionOf(const QString &path) const
{
    QString probe = path;
    while (!probe.isEmpty()) {
        const auto found = m_offsets.constFind(probe);
        if (found != m_offsets.constEnd())
            return positionAtOffset(found.value());
        const int cut
            = std::max(probe.lastIndexOf(QLatin1Char('.')), probe.lastIndexOf(QLatin1Char('[')));
        probe = cut > 0 ? probe.left(cut) : QString();
    }
    return positionAtOffset(m_offsets.value(QString(), 0));
}

JsonSourceMap::Position JsonSourceMap::positionAtOffset(qsizetype offset) const
{
    return positionIn(m_json, offset);
}

JsonSourceMap::Position JsonSourceMap::positionIn(const QByteArray &json, qsizetype offset)
{
    Position position;
    const qsizetype end = std::clamp<qsizetype>(offset, 0, json.size());
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < end; ++i) {
        if (json.at(i) == '\n') {
            ++position.line;
            lineStart = i + 1;
        }
    }
    // Columns count characters, not bytes, so Chinese text lines up in editors.
    position.column
        = int(QString::fromUtf8(json.constData() + lineStart, end - lineStart).size()) + 1;
    return position;
}

qsizetype JsonSourceMap::tooDeepAt(const QByteArray &json, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth)
                return i;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return -1;
}
