#include "translation/xliffreader.h"

#include <QHash>
#include <QStringDecoder>
#include <QXmlStreamReader>

namespace XliffReader {

namespace {

const QLatin1String xliff12("urn:oasis:names:tc:xliff:document:1.2");

// The line holding the first byte that is not UTF-8, or 0 when all are.
qint64 badUtf8Line(const QByteArray &bytes)
{
    qint64 line = 1;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString text = decoder.decode(QByteArrayView(bytes).sliced(start, end - start));
        if (decoder.hasError())
            return line;
        ++line;
        start = end + 1;
    }
    return 0;
}

class Reader
{
public:
    Reader(const QByteArray &xml, const QString &fileName)
        : m_bytes(xml)
        , m_xml(xml)
        , m_fileName(fileName)
    { }

    File read()
    {
        if (const qint64 line = badUtf8Line(m_bytes)) {
            fail(line, QStringLiteral("not UTF-8 text: save the file as UTF-8"));
            return m_file;
        }
        if (!m_xml.readNextStartElement()) {
            failHere(QStringLiteral("not an XML file"));
            return m_file;
        }
        if (!root())
            return m_file;
        while (!m_xml.atEnd() && m_file.errors.isEmpty()) {
            m_xml.readNext();
            if (m_xml.isStartElement())
                startElement();
        }
        if (m_xml.hasError() && m_file.errors.isEmpty())
            failHere(m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError
                         ? QStringLiteral("the file ends early: it was cut short (copy it again)")
                         : QStringLiteral("not well-formed XML: %1").arg(m_xml.errorString()));
        if (m_file.errors.isEmpty() && m_file.targetLanguage.isEmpty())
            fail(1, QStringLiteral("no <file> with a source-language and a target-language"));
        if (!m_file.errors.isEmpty())
            m_file.units.clear();
        return m_file;
    }

private:
    QByteArray m_bytes;
    QXmlStreamReader m_xml;
    QString m_fileName;
    File m_file;
    QHash<QString, qint64> m_lines; // where each id was first seen

    void fail(qint64 line, const QString &reason)
    {
        m_file.errors.append(QStringLiteral("%1:%2: %3").arg(m_fileName).arg(line).arg(reason));
    }
    void failHere(const QString &reason) { fail(m_xml.lineNumber(), reason); }

    bool root()
    {
        const QString version = m_xml.attributes().value(QStringLiteral("version")).toString();
        if (m_xml.name() == QLatin1String("TS")) {
            failHere(QStringLiteral("a Qt Linguist .ts file, not XLIFF: convert it with "
                                    "'lconvert -i FILE.ts -o FILE.xlf' first"));
            return false;
        }
        if (m_xml.name() != QLatin1String("xliff")) {
            failHere(QStringLiteral("not an XLIFF file: it begins with <%1>, not <xliff>")
                         .arg(m_xml.name()));
            return false;
        }
        if (version != QLatin1String("1.2") || m_xml.namespaceUri() != xliff12) {
            failHere(QStringLiteral("XLIFF %1: only XLIFF 1.2 is read (in the translation "
                                    "tool, export or save as XLIFF 1.2)")
                         .arg(version.isEmpty() ? QStringLiteral("of no version") : version));
            return false;
        }
        return true;
    }

    void startElement()
    {
        if (m_xml.name() == QLatin1String("file")) {
            const QString source
                = m_xml.attributes().value(QStringLiteral("source-language")).toString();
            const QString target
                = m_xml.attributes().value(QStringLiteral("target-language")).toString();
            if (source.isEmpty() || target.isEmpty())
                return failHere(
                    QStringLiteral("<file> needs a source-language and a target-language"));
            if (!m_file.targetLanguage.isEmpty()
                && (source != m_file.sourceLanguage || target != m_file.targetLanguage))
                return failHere(
                    QStringLiteral("a second <file> from %1 into %2: one file "
                                   "holds one pair of languages (%3 into %4)")
                        .arg(source, target, m_file.sourceLanguage, m_file.targetLanguage));
            m_file.sourceLanguage = source;
            m_file.targetLanguage = target;
        } else if (m_xml.name() == QLatin1String("trans-unit")) {
            unit();
        }
    }

    void unit()
    {
        Unit unit {
            m_xml.attributes().value(QStringLiteral("id")).toString(), {}, {}, m_xml.lineNumber()
        };
        if (unit.id.isEmpty())
            return failHere(QStringLiteral("a <trans-unit> without an id"));
        if (const auto seen = m_lines.constFind(unit.id); seen != m_lines.cend())
            return failHere(QStringLiteral("%1 again (it is on line %2 too): each text once")
                                .arg(unit.id)
                                .arg(*seen));
        m_lines.insert(unit.id, unit.line);
        bool hasSource = false;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == QLatin1String("source")) {
                hasSource = true;
                if (!plainText(unit.id, &unit.source))
                    return;
            } else if (m_xml.name() == QLatin1String("target")) {
                if (!plainText(unit.id, &unit.target))
                    return;
            } else {
                m_xml.skipCurrentElement(); // notes, alternatives, context
            }
        }
        if (m_xml.hasError())
            return;
        if (!hasSource)
            return fail(unit.line, QStringLiteral("%1 has no <source>").arg(unit.id));
        m_file.units.append(unit);
    }

    // The element's text; markup inside it (<g>, <x/>, <ph>…) is refused:
    // the exhibit's texts are plain.
    bool plainText(const QString &id, QString *text)
    {
        const QString element = m_xml.name().toString();
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isCharacters())
                *text += m_xml.text();
            else if (m_xml.isEndElement())
                return true;
            else if (m_xml.isStartElement()) {
                failHere(QStringLiteral("%1: markup inside the %2 (<%3>): the exhibit's texts "
                                        "are plain text")
                             .arg(id, element, m_xml.name()));
                return false;
            }
        }
        return false;
    }
};

} // namespace

File read(const QByteArray &xml, const QString &fileName) { return Reader(xml, fileName).read(); }

} // namespace XliffReader
