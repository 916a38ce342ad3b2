#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

/** A parsed INI file that remembers the line of every key, so configuration
 *  problems can be reported as FILE:LINE: section.key: problem. QSettings
 *  forgets lines and silently drops malformed ones. */
class IniFile
{
public:
    struct Entry
    {
        QString value;
        int line = 0;
    };

    // Reads the file; a missing or unreadable file gives an empty IniFile
    // whose problems() says so.
    [[nodiscard]] static IniFile read(const QString &fileName);
    [[nodiscard]] static IniFile parse(const QByteArray &text, const QString &fileName);

    [[nodiscard]] QString fileName() const { return m_fileName; }
    [[nodiscard]] bool contains(const QString &sectionKey) const
    {
        return m_entries.contains(sectionKey);
    }
    [[nodiscard]] Entry entry(const QString &sectionKey) const
    {
        return m_entries.value(sectionKey);
    }
    [[nodiscard]] QStringList keys() const { return m_order; } // "section/key", in file order
    [[nodiscard]] QStringList problems() const { return m_problems; }

private:
    QString m_fileName;
    QHash<QString, Entry> m_entries;
    QStringList m_order;
    QStringList m_problems;
};
