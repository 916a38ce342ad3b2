#include "curator/translationcommands.h"

#include "content/contentfile.h"
#include "translation/translationimport.h"
#include "translation/translationunits.h"
#include "translation/xliffreader.h"
#include "translation/xliffwriter.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace {

const char *const translationsHelp
    = "Usage: exhibit-curator translations export DB [--source LANG] [--target LANG]\n"
      "                                           [--needs-work | --state STATE,...] OUT.xlf\n"
      "       exhibit-curator translations import DB IN.xlf\n"
      "\n"
      "export writes every text a visitor reads (body paragraphs one by one) as an\n"
      "XLIFF 1.2 file for a translator's tool (Qt Linguist, OmegaT, Trados, memoQ):\n"
      "each unit's id is the field as 'get' names it, with the source text, the\n"
      "translation as it stands, a note saying where it is shown and how long it\n"
      "may be, and a state: translated, needs-translation (empty) or\n"
      "needs-review-translation (its source changed after it was written).\n"
      "--source defaults to the exhibit's first language, --target to its second.\n"
      "--needs-work writes only the units that are not translated; --state only\n"
      "those in the states listed. OUT.xlf '-' writes to standard output.\n"
      "\n"
      "import puts a translator's file back, all or nothing: every unit must name\n"
      "a text of the exhibit in the file's target language, its source must still\n"
      "be the exhibit's text, and the exhibit with the translations must pass the\n"
      "same checks as 'set'. On any problem DB is left exactly as it was and each\n"
      "problem is printed as FILE:LINE: reason. Units left empty change nothing.\n"
      "Every imported translation counts as translated from its source as it is now.\n";

const QStringList states { QStringLiteral("translated"), QStringLiteral("needs-translation"),
                           QStringLiteral("needs-review-translation") };

} // namespace

int TranslationCommands::run(const QStringList &args)
{
    const QString action = args.value(0);
    if (action == QLatin1String("export"))
        return exportFile(args.mid(1));
    if (action == QLatin1String("import"))
        return importFile(args.mid(1));
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        m_out << translationsHelp;
        return Success;
    }
    m_err << "exhibit-curator translations: "
          << (action.isEmpty()
                  ? QStringLiteral("say export or import")
                  : QStringLiteral("unknown action '%1' (export or import)").arg(action))
          << "\n\n"
          << translationsHelp;
    return UsageError;
}

int TranslationCommands::exportFile(QStringList args)
{
    QString source = takeOption(&args, QStringLiteral("--source"));
    QString target = takeOption(&args, QStringLiteral("--target"));
    const bool needsWork = takeFlag(&args, QStringLiteral("--needs-work"));
    QStringList wanted
        = takeOption(&args, QStringLiteral("--state")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (const auto done
        = helpOrUsage(args, "translations export", 2, "DB and OUT.xlf", translationsHelp))
        return *done;
    for (const QString &state : std::as_const(wanted)) {
        if (!states.contains(state)) {
            m_err << "exhibit-curator translations export: '" << state << "' is not a state ("
                  << states.join(QStringLiteral(", ")) << ")\n";
            return UsageError;
        }
    }
    if (needsWork)
        wanted = states.mid(1);
    ExhibitDocument document;
    if (!readContent(args.at(0), &document))
        return UsageError;
    QString error;
    if (source.isEmpty())
        source = document.languages.value(0);
    if (target.isEmpty())
        target = document.languages.value(document.languages.value(0) == source ? 1 : 0);
    for (const QString &language : { source, target }) {
        if (!document.languages.contains(language)) {
            m_err << "exhibit-curator translations export: '" << language
                  << "' is not one of the exhibit's languages ("
                  << document.languages.join(QStringLiteral(", ")) << ")\n";
            return UsageError;
        }
    }
    if (source == target) {
        m_err << "exhibit-curator translations export: the source and target are both " << source
              << '\n';
        return UsageError;
    }
    QList<TranslationUnit> units = TranslationUnits::units(document, source, target);
    QHash<QString, int> counts;
    for (const TranslationUnit &unit : std::as_const(units))
        ++counts[TranslationUnits::stateName(unit.state)];
    if (!wanted.isEmpty())
        units.removeIf([&](const TranslationUnit &unit) {
            return !wanted.contains(TranslationUnits::stateName(unit.state));
        });
    const QByteArray xliff
        = XliffWriter::write(units, QFileInfo(args.at(0)).fileName(), source, target);
    const QString &out = args.at(1);
    if (out == QLatin1String("-")) {
        QFile standardOutput;
        if (!standardOutput.open(stdout, QIODevice::WriteOnly)
            || standardOutput.write(xliff) != xliff.size()) {
            m_err << "exhibit-curator translations export: could not write to standard output\n";
            return UsageError;
        }
        return Success;
    }
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(xliff) != xliff.size() || !file.commit()) {
        m_err << "exhibit-curator translations export: could not write " << out << ": "
              << file.errorString() << '\n';
        return UsageError;
    }
    m_out << "Wrote " << units.size() << (units.size() == 1 ? " text from " : " texts from ")
          << source << " into " << target << " to " << out << " (of "
          << counts.value(states.at(0)) + counts.value(states.at(1)) + counts.value(states.at(2))
          << ": " << counts.value(states.at(0)) << " translated, " << counts.value(states.at(1))
          << " to translate, " << counts.value(states.at(2)) << " to review)\n";
    return Success;
}

int TranslationCommands::importFile(const QStringList &args)
{
    if (const auto done
        = helpOrUsage(args, "translations import", 2, "DB and IN.xlf", translationsHelp))
        return *done;
    const QString &databaseFile = args.at(0);
    const QString &in = args.at(1);
    QFile file(in);
    if (!file.open(QIODevice::ReadOnly)) {
        m_err << "exhibit-curator translations import: cannot read " << in << ": "
              << file.errorString() << '\n';
        return UsageError;
    }
    const XliffReader::File xliff = XliffReader::read(file.readAll(), in);
    ExhibitDocument document;
    QString error;
    if (!xliff.errors.isEmpty() || !ContentFile::read(databaseFile, &document, &error)) {
        for (const QString &problem : xliff.errors)
            m_err << problem << '\n';
        if (!error.isEmpty())
            m_err << error << '\n';
        m_err << "exhibit-curator translations import: " << databaseFile << " was not changed\n";
        return error.isEmpty() ? ContentProblems : UsageError;
    }
    const TranslationImport::Result result = TranslationImport::apply(document, xliff, in);
    if (!result.errors.isEmpty()) {
        for (const QString &problem : result.errors)
            m_err << problem << '\n';
        m_err << "exhibit-curator translations import: " << databaseFile << " was not changed\n";
        return ContentProblems;
    }
    if (!ContentFile::write(databaseFile, result.document, &error)) {
        m_err << error << '\n';
        return UsageError;
    }
    m_out << "Imported " << result.imported
          << (result.imported == 1 ? " translation into " : " translations into ")
          << xliff.targetLanguage << " from " << in << "; ";
    if (result.changes.isEmpty())
        m_out << "none changed\n";
    else
        m_out << result.changes.size() << " changed:\n";
    for (const TranslationImport::Change &change : result.changes)
        m_out << "  " << change.id << ": \"" << change.before << "\" -> \"" << change.after
              << "\"\n";
    return Success;
}
