#include "translation/xliffwriter.h"

#include "translation/translationunits.h"

#include <QXmlStreamWriter>

namespace XliffWriter {

QByteArray write(const QList<TranslationUnit> &units, const QString &original,
                 const QString &sourceLanguage, const QString &targetLanguage)
{
    QByteArray xml;
    QXmlStreamWriter out(&xml);
    out.setAutoFormatting(true);
    out.setAutoFormattingIndent(2);
    out.writeStartDocument();
    out.writeStartElement(QStringLiteral("xliff"));
    out.writeAttribute(QStringLiteral("version"), QStringLiteral("1.2"));
    out.writeDefaultNamespace(QStringLiteral("urn:oasis:names:tc:xliff:document:1.2"));
    out.writeStartElement(QStringLiteral("file"));
    out.writeAttribute(QStringLiteral("original"), original);
    out.writeAttribute(QStringLiteral("datatype"), QStringLiteral("plaintext"));
    out.writeAttribute(QStringLiteral("source-language"), sourceLanguage);
    out.writeAttribute(QStringLiteral("target-language"), targetLanguage);
    out.writeStartElement(QStringLiteral("body"));
    for (const TranslationUnit &unit : units) {
        out.writeStartElement(QStringLiteral("trans-unit"));
        out.writeAttribute(QStringLiteral("id"), unit.id);
        // Final, as translation tools mark it (Qt Linguist shows it done).
        if (unit.state == TranslationSources::State::Translated)
            out.writeAttribute(QStringLiteral("approved"), QStringLiteral("yes"));
        if (unit.limit > 0) {
            out.writeAttribute(QStringLiteral("maxwidth"), QString::number(unit.limit));
            out.writeAttribute(QStringLiteral("size-unit"), QStringLiteral("char"));
        }
        out.writeTextElement(QStringLiteral("source"), unit.source);
        out.writeStartElement(QStringLiteral("target"));
        out.writeAttribute(QStringLiteral("state"), TranslationUnits::stateName(unit.state));
        out.writeCharacters(unit.target);
        out.writeEndElement();
        QString note = unit.screen.isEmpty() ? unit.sourcePath : unit.screen;
        if (unit.limit > 0)
            note += QStringLiteral("; at most %1 characters").arg(unit.limit);
        if (!note.isEmpty())
            note[0] = note.at(0).toUpper();
        // From the exhibit's makers about the source: Qt Linguist shows it
        // as a developer's comment, not one of the translator's own.
        out.writeStartElement(QStringLiteral("note"));
        out.writeAttribute(QStringLiteral("annotates"), QStringLiteral("source"));
        out.writeAttribute(QStringLiteral("from"), QStringLiteral("developer"));
        out.writeCharacters(note + QLatin1Char('.'));
        out.writeEndElement();
        out.writeEndElement();
    }
    out.writeEndDocument();
    return xml;
}

} // namespace XliffWriter
