#include "config/inifile.h"

#include <QFile>
#include <QStringDecoder>

namespace {

int lineOf(const QByteArray &text, qsizetype byte) { return int(text.left(byte).count('\n')) + 1; }

// The first byte that is not UTF-8, or -1.
qsizetype firstNonUtf8Byte(const QByteArray &text)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8(text);
    if (!utf8.hasError())
        return -1;
    // The text before the first bad byte re-encodes to the same bytes.
    return decoded.left(decoded.indexOf(QChar::ReplacementCharacter)).toUtf8().size();
}

} // namespace

IniFile IniFile::read(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        IniFile ini;
        ini.m_fileName = fileName;
        ini.m_problems.append(
            QStringLiteral("%1: cannot read the configuration file (%2); using defaults")
                .arg(fileName, file.errorString()));
        return ini;
    }
    return parse(file.readAll(), fileName);
}

IniFile IniFile::parse(const QByteArray &text, const QString &fileName)
{
    IniFile ini;
    ini.m_fileName = fileName;
    // A binary file (a NUL byte: a copy gone wrong, a disk fault) is refused
    // whole rather than read as lines of noise that might happen to parse.
    if (const qsizetype nul = text.indexOf('\0'); nul >= 0) {
        ini.m_problems.append(
            QStringLiteral(
                "%1:%2: not a text file (byte %3 is 0x00); every setting uses its default")
                .arg(fileName)
                .arg(lineOf(text, nul))
                .arg(nul));
        return ini;
    }
    // Another encoding (an editor's Latin-1 "é") spoils only its own line.
    if (const qsizetype bad = firstNonUtf8Byte(text); bad >= 0) {
        ini.m_problems.append(
            QStringLiteral("%1:%2: byte %3 (%4) is not UTF-8; read on, but save the file as UTF-8")
                .arg(fileName)
                .arg(lineOf(text, bad))
                .arg(bad)
                .arg(QStringLiteral("0x%1").arg(uchar(text.at(bad)), 2, 16, QLatin1Char('0'))));
    }
    QString section;
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNumber = i + 1;
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))
            || line.startsWith(QLatin1Char(';')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            if (!line.endsWith(QLatin1Char(']')) || line.size() < 3) {
                ini.m_problems.append(
                    QStringLiteral("%1:%2: '%3' is not a section header like [kiosk]")
                        .arg(fileName)
                        .arg(lineNumber)
                        .arg(line));
                continue;
            }
            section = line.mid(1, line.size() - 2).trimmed().toLower();
            continue;
        }
        const int equals = line.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            ini.m_problems.append(QStringLiteral("%1:%2: '%3' is not a 'key = value' line")
                                      .arg(fileName)
                                      .arg(lineNumber)
                                      .arg(line));
            continue;
        }
        if (section.isEmpty()) {
            ini.m_problems.append(
                QStringLiteral("%1:%2: key outside any [section]").arg(fileName).arg(lineNumber));
            continue;
        }
        const QString key = section + QLatin1Char('/') + line.left(equals).trimmed().toLower();
        QString value = line.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith(QLatin1Char('"'))
            && value.endsWith(QLatin1Char('"')))
            value = value.mid(1, value.size() - 2);
        if (ini.m_entries.contains(key)) {
            ini.m_problems.append(
                QStringLiteral("%1:%2: %3: set again (first set on line %4); the last value counts")
                    .arg(fileName)
                    .arg(lineNumber)
                    .arg(QString(key).replace(QLatin1Char('/'), QLatin1Char('.')))
                    .arg(ini.m_entries.value(key).line));
        } else {
            ini.m_order.append(key);
        }
        ini.m_entries.insert(key, { value, lineNumber });
    }
    return ini;
}
