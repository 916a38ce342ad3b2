#include "curator/curatorcommands.h"

#include "content/contentdatabase.h"
#include "content/contentfile.h"
#include "content/contenttables.h"
#include "content/exhibitjson.h"
#include "curator/analyticscommands.h"
#include "curator/checkcommands.h"
#include "curator/fieldcommands.h"
#include "curator/languagecommands.h"
#include "curator/publishcommands.h"
#include "curator/translationcommands.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace {

const char *const overview
    = "Usage: exhibit-curator COMMAND [ARGUMENTS]\n"
      "\n"
      "Keeps an exhibit's content database (SQLite) for Exhibit Kiosk.\n"
      "\n"
      "Commands:\n"
      "  init DB                 create a new, empty content database\n"
      "  import DB SOURCE.json   create or replace the content of DB from SOURCE.json\n"
      "  export DB OUT.json      write DB's content as JSON (OUT.json '-' = standard output)\n"
      "  migrate DB              upgrade DB to this version's content schema\n"
      "  get DB FIELD            print one field, e.g. chapters.battles.title.zh\n"
      "  set DB FIELD VALUE      change one field (checked; all or nothing)\n"
      "  validate DB [--media DIR]\n"
      "                          check DB and its media as a kiosk will use them\n"
      "  publish DB LIVE [--media DIR] [--note TEXT] [--who NAME]\n"
      "                          validate DB, then make it the live database kiosks read\n"
      "  rollback LIVE [--note TEXT] [--who NAME]\n"
      "                          put the previously published version back\n"
      "  history LIVE            list the published versions of LIVE\n"
      "  languages DB [add|remove LANG [--name NAME]]\n"
      "                          the exhibit's languages; a language added is a draft\n"
      "  translations export DB [--target LANG] [--needs-work] OUT.xlf\n"
      "  translations import DB IN.xlf\n"
      "                          the texts out to a translator as XLIFF 1.2, and back\n"
      "  analytics ANALYTICS_DB [--from DATE] [--to DATE] [--csv] [--report OUT.html]\n"
      "                          summarise the visits a kiosk recorded\n"
      "\n"
      "Run 'exhibit-curator COMMAND --help' for one command.\n"
      "Exit codes: 0 success, 1 the content has problems, 2 bad usage or unreadable input.\n";

const char *const importHelp
    = "Usage: exhibit-curator import DB SOURCE.json\n"
      "\n"
      "Checks SOURCE.json (format: content/README.md) and, only if it has no problems,\n"
      "replaces the whole content of DB with it in one transaction. DB is created\n"
      "if it does not exist. On any problem DB is left exactly as it was and each\n"
      "problem is printed as FILE:LINE:COLUMN: key: problem.\n";

const char *const migrateHelp
    = "Usage: exhibit-curator migrate DB\n"
      "\n"
      "Upgrades DB, made by an older exhibit-curator, to the content schema this\n"
      "version uses, one step at a time, all steps or none: if one fails, DB is\n"
      "left exactly as it was and the reason is printed. Kiosks refuse a database\n"
      "older or newer than the schema they know. 'import' into an existing\n"
      "database migrates it first.\n";

const char *const exportHelp
    = "Usage: exhibit-curator export DB OUT.json\n"
      "\n"
      "Writes the content of DB as JSON, in the same format 'import' reads.\n"
      "OUT.json '-' writes to standard output. The file is replaced atomically.\n";

} // namespace

CuratorCommands::CuratorCommands(QTextStream &out, QTextStream &err)
    : CuratorCommand(out, err)
{ }

int CuratorCommands::run(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usage(QStringLiteral("no command given"));
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        m_out << overview;
        return Success;
    }
    if (command == QLatin1String("--version")) {
        m_out << "exhibit-curator " << EXHIBIT_VERSION << " (content schema "
              << ContentDatabase::currentSchemaVersion << ")\n";
        return Success;
    }
    if (command == QLatin1String("import"))
        return importJson(rest);
    if (command == QLatin1String("export"))
        return exportJson(rest);
    if (command == QLatin1String("migrate"))
        return migrate(rest);
    FieldCommands fields(m_out, m_err);
    if (command == QLatin1String("init"))
        return fields.init(rest);
    if (command == QLatin1String("get"))
        return fields.get(rest);
    if (command == QLatin1String("set"))
        return fields.set(rest);
    if (command == QLatin1String("validate"))
        return CheckCommands(m_out, m_err).validate(rest);
    PublishCommands publishing(m_out, m_err);
    if (command == QLatin1String("publish"))
        return publishing.publish(rest);
    if (command == QLatin1String("rollback"))
        return publishing.rollback(rest);
    if (command == QLatin1String("history"))
        return publishing.history(rest);
    if (command == QLatin1String("languages"))
        return LanguageCommands(m_out, m_err).run(rest);
    if (command == QLatin1String("translations"))
        return TranslationCommands(m_out, m_err).run(rest);
    if (command == QLatin1String("analytics"))
        return AnalyticsCommands(m_out, m_err).analytics(rest);
    return usage(QStringLiteral("unknown command '%1'").arg(command));
}

int CuratorCommands::usage(const QString &problem)
{
    if (!problem.isEmpty())
        m_err << "exhibit-curator: " << problem << "\n\n";
    m_err << overview;
    return UsageError;
}

int CuratorCommands::importJson(const QStringList &args)
{
    if (const auto done = helpOrUsage(args, "import", 2, "DB and SOURCE.json", importHelp))
        return *done;
    const QString dbFile = args.at(0);
    const QString source = args.at(1);

    // Check everything before touching the database, so a bad file changes nothing.
    if (!QFileInfo(source).isFile()) {
        m_err << source << ": no such file\n";
        return UsageError;
    }
    const ExhibitJson::ReadResult json = ExhibitJson::readFile(source);
    if (!json.ok()) {
        for (const QString &error : json.errors)
            m_err << error << '\n';
        m_err << "exhibit-curator import: " << json.errors.size() << " problem(s); " << dbFile
              << " was not changed\n";
        return ContentProblems;
    }

    QString error;
    if (!ContentFile::write(dbFile, json.document, &error)) {
        m_err << error << '\n' << "exhibit-curator import: " << dbFile << " was not changed\n";
        return UsageError;
    }
    m_out << "Imported " << json.document.chapters.size() << " chapters in "
          << json.document.languages.size() << " languages into " << dbFile << '\n';
    return Success;
}

int CuratorCommands::exportJson(const QStringList &args)
{
    if (const auto done = helpOrUsage(args, "export", 2, "DB and OUT.json", exportHelp))
        return *done;
    ContentDatabase database(args.at(0), ContentDatabase::Mode::ReadOnly);
    if (!database.open() || !database.checkReadable()) {
        m_err << database.error() << '\n';
        return UsageError;
    }
    ExhibitDocument document;
    QString error;
    if (!ContentTables::read(database.database(), &document, &error)) {
        m_err << args.at(0) << ": cannot read the content: " << error << '\n';
        return UsageError;
    }
    const QByteArray json = ExhibitJson::write(document);

    const QString target = args.at(1);
    if (target == QLatin1String("-")) {
        m_out << QString::fromUtf8(json);
        return Success;
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        m_err << target << ": cannot write: " << file.errorString() << '\n';
        return UsageError;
    }
    m_out << "Exported " << args.at(0) << " to " << target << '\n';
    return Success;
}

int CuratorCommands::migrate(const QStringList &args)
{
    if (const auto done = helpOrUsage(args, "migrate", 1, "DB", migrateHelp))
        return *done;
    if (!QFileInfo(args.at(0)).isFile()) {
        m_err << args.at(0) << ": no such file\n";
        return UsageError;
    }
    int before = 0;
    {
        ContentDatabase database(args.at(0), ContentDatabase::Mode::ReadOnly);
        if (!database.open()) {
            m_err << database.error() << '\n';
            return UsageError;
        }
        before = database.schemaVersion();
    }
    if (before < 1) {
        m_err << args.at(0) << ": not an exhibit content database (no schema version)\n";
        return UsageError;
    }
    // All steps or none: a step that fails leaves the file as it was.
    QString error;
    if (before != ContentDatabase::currentSchemaVersion
        && !ContentFile::migrate(args.at(0), &error)) {
        m_err << error << '\n' << "exhibit-curator migrate: " << args.at(0) << " was not changed\n";
        return UsageError;
    }
    if (before == ContentDatabase::currentSchemaVersion)
        m_out << args.at(0) << ": already at content schema version " << before << '\n';
    else
        m_out << args.at(0) << ": migrated from content schema version " << before << " to "
              << ContentDatabase::currentSchemaVersion << '\n';
    return Success;
}
