#include "curator/fieldcommands.h"

#include "content/contentdatabase.h"
#include "content/contentfields.h"
#include "content/contentfile.h"
#include "content/narrationtext.h"

namespace {

const char *const initHelp
    = "Usage: exhibit-curator init DB\n"
      "\n"
      "Creates DB, a new content database with the current schema and no content\n"
      "(fill it with 'import', or with DB Browser for SQLite). Refuses to overwrite\n"
      "an existing file.\n";

const char *const getHelp
    = "Usage: exhibit-curator get DB FIELD\n"
      "\n"
      "Prints one field of the content, for example\n"
      "  exhibit-curator get content.db chapters.battles.title.zh\n"
      "Fields: exhibit.{title,subtitle,callToAction}.LANG,\n"
      "chapters.ID.{title,subtitle,teaser,imageCaption,imageDescription,inBrief,body}.LANG (body: "
      "paragraphs\n"
      "separated by a blank line), chapters.ID.image,\n"
      "chapters.ID.narration.LANG.{audio,captions,madeFrom}, timeline.ID.{date,endDate,\n"
      "chapter},\n"
      "timeline.ID.{era,title,text}.LANG.\n";

const char *const setHelp
    = "Usage: exhibit-curator set DB FIELD VALUE\n"
      "\n"
      "Changes one field (named as for 'get'), for example\n"
      "  exhibit-curator set content.db chapters.battles.title.zh \"战事\"\n"
      "VALUE '-' reads the value from standard input (handy for a body). The whole\n"
      "exhibit is checked with the change first; on any problem the change makes, DB\n"
      "is left exactly as it was and each problem is printed (texts a language being\n"
      "translated still lacks may stay missing: 'validate' and 'publish' refuse them).\n"
      "Media files are not checked here: run 'validate' before 'publish'. Setting a chapter's "
      "narration audio (even to\n"
      "the same file again) records that the recording speaks the chapter's words as\n"
      "they are now; 'validate' warns when they change afterwards.\n";

} // namespace

int FieldCommands::init(const QStringList &args)
{
    if (const auto done = helpOrUsage(args, "init", 1, "DB", initHelp))
        return *done;
    QString error;
    if (!ContentFile::create(args.at(0), &error)) {
        m_err << error << '\n';
        return UsageError;
    }
    m_out << "Created " << args.at(0) << " (content schema "
          << ContentDatabase::currentSchemaVersion << ", no content yet)\n";
    return Success;
}

int FieldCommands::get(const QStringList &args)
{
    if (const auto done = helpOrUsage(args, "get", 2, "DB and FIELD", getHelp))
        return *done;
    ExhibitDocument document;
    QString value;
    if (!readContent(args.at(0), &document))
        return UsageError;
    QString error;
    if (!ContentFields::get(document, args.at(1), &value, &error)) {
        m_err << error << '\n';
        return UsageError;
    }
    m_out << value << '\n';
    return Success;
}

int FieldCommands::set(const QStringList &args)
{
    if (const auto done = helpOrUsage(args, "set", 3, "DB, FIELD and VALUE", setHelp))
        return *done;
    const QString &databaseFile = args.at(0);
    const QString &field = args.at(1);
    QString value = args.at(2);
    if (value == QLatin1String("-")) {
        QTextStream in(stdin);
        value = in.readAll().trimmed();
    }
    ExhibitDocument document;
    if (!readContent(databaseFile, &document))
        return UsageError;
    QString error;
    const ExhibitDocument before = document;
    if (!ContentFields::set(&document, field, value, &error)) {
        m_err << error << '\n';
        return UsageError;
    }
    // A recording set is taken as made from the chapter's words now.
    const NarrationText::MadeFrom madeFrom = NarrationText::madeFromForRecording(document, field);
    if (!madeFrom.path.isEmpty())
        ContentFields::set(&document, madeFrom.path, madeFrom.fingerprint, &error);
    const ::ContentProblems problems = ExhibitValidator::introduced(before, document);
    if (!problems.isEmpty()) {
        for (const ContentProblem &problem : problems)
            m_err << document.fieldPath(problem.path) << ": " << problem.message << '\n';
        m_err << "exhibit-curator set: " << databaseFile << " was not changed\n";
        return ContentProblems;
    }
    if (!ContentFile::write(databaseFile, document, &error)) {
        m_err << error << '\n';
        return UsageError;
    }
    m_out << "Set " << field << " in " << databaseFile << '\n';
    return Success;
}
