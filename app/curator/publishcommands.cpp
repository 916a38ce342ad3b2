#include "curator/publishcommands.h"

#include "config/bundledpaths.h"
#include "content/contentpublisher.h"
#include "curator/checkcommands.h"

#include <QFileInfo>

namespace {

const char *const publishHelp
    = "Usage: exhibit-curator publish DB LIVE [--media DIR] [--note TEXT] [--who NAME]\n"
      "\n"
      "Validates DB (as 'validate' does, with media in DIR) and, only if it has no\n"
      "problems, makes it the live database LIVE that kiosks read. LIVE is replaced\n"
      "atomically: a kiosk, or a sync tool copying LIVE's folder to other kiosks,\n"
      "sees the old file or the new one, never a mixture, even if publishing is\n"
      "interrupted. Kiosks load it at their next idle reset, never mid-visit.\n"
      "Every published version is kept in LIVE.versions/ for 'rollback', and\n"
      "'history' lists it with NAME (default: your user name) and the one-line\n"
      "TEXT saying what changed.\n";

const char *const rollbackHelp
    = "Usage: exhibit-curator rollback LIVE [--note TEXT] [--who NAME]\n"
      "\n"
      "Makes the version published before the live one live again (atomically, as\n"
      "'publish' does). Run it again to go further back; 'history' shows where\n"
      "you are, with NAME and TEXT (why) beside the rollback.\n";

const char *const historyHelp
    = "Usage: exhibit-curator history LIVE\n"
      "\n"
      "Lists every publish and rollback of LIVE: version number, time (UTC), the\n"
      "content version kiosks report (the first 12 hex digits of the file's\n"
      "SHA-256), who did it and their note, and which version is live now.\n";

} // namespace

ContentPublisher::Attribution PublishCommands::takeAttribution(QStringList *args)
{
    const QString note = takeOption(args, QStringLiteral("--note"));
    const QString who = takeOption(args, QStringLiteral("--who"), ContentPublisher::currentUser());
    return { who, note };
}

int PublishCommands::publish(QStringList args)
{
    const QString mediaRoot
        = takeOption(&args, QStringLiteral("--media"), BundledPaths::mediaRoot());
    const ContentPublisher::Attribution by = takeAttribution(&args);
    if (const auto done = helpOrUsage(args, "publish", 2, "DB and LIVE [--media DIR]", publishHelp))
        return *done;
    const QString source = args.at(0);
    const QString live = args.at(1);
    if (!QFileInfo(source).isFile()) {
        m_err << source << ": no such file\n";
        return UsageError;
    }
    if (QFileInfo(source).canonicalFilePath() == QFileInfo(live).canonicalFilePath()) {
        m_err << "exhibit-curator publish: DB and LIVE are the same file; publish a working copy\n";
        return UsageError;
    }

    // The check runs on the snapshot that is published, not on the source,
    // which somebody may change in between.
    CheckCommands check(m_out, m_err);
    int chapters = -1;
    const auto valid = [&](const QString &snapshot, QString *) {
        QStringList problems = check.problemsIn(snapshot, mediaRoot, &chapters);
        for (QString &problem : problems)
            m_err << (chapters < 0 ? problem.replace(snapshot, source)
                                   : source + QStringLiteral(": ") + problem)
                  << '\n';
        return problems.isEmpty();
    };
    ContentPublisher publisher(live);
    int version = 0;
    QString error;
    if (!publisher.publish(source, &version, &error, valid, by)) {
        if (!error.isEmpty())
            m_err << error << '\n';
        m_err << "exhibit-curator publish: not published; " << live << " is unchanged\n";
        return error.isEmpty() && chapters >= 0 ? ContentProblems : UsageError;
    }
    m_out << "Published " << source << " as version " << version << " of " << live
          << " (content version " << ContentPublisher::sha256(live).left(12) << ")\n";
    return Success;
}

int PublishCommands::rollback(QStringList args)
{
    const ContentPublisher::Attribution by = takeAttribution(&args);
    if (const auto done = helpOrUsage(args, "rollback", 1, "LIVE", rollbackHelp))
        return *done;
    ContentPublisher publisher(args.at(0));
    const int from = publisher.liveVersion();
    int version = 0;
    QString error;
    if (!publisher.rollback(&version, &error, by)) {
        m_err << error << '\n';
        return UsageError;
    }
    m_out << "Rolled " << args.at(0) << " back from version " << from << " to version " << version
          << " (content version " << ContentPublisher::sha256(args.at(0)).left(12) << ")\n";
    return Success;
}

int PublishCommands::history(const QStringList &args)
{
    if (const auto done = helpOrUsage(args, "history", 1, "LIVE", historyHelp))
        return *done;
    ContentPublisher publisher(args.at(0));
    QString error;
    const QList<ContentPublisher::Entry> entries = publisher.history(&error);
    if (entries.isEmpty()) {
        m_err << error << '\n';
        return UsageError;
    }
    if (!error.isEmpty())
        m_err << error << '\n';
    const QString liveHash = ContentPublisher::sha256(args.at(0));
    int liveRow = -1;
    for (int i = int(entries.size()) - 1; i >= 0 && liveRow < 0; --i) {
        if (entries.at(i).hash == liveHash)
            liveRow = i;
    }
    m_out << "version  time (UTC)           content       event                who         "
             " note\n";
    for (int i = 0; i < entries.size(); ++i) {
        const ContentPublisher::Entry &entry = entries.at(i);
        m_out << QStringLiteral("%1  %2  %3  %4  %5  %6%7\n")
                     .arg(entry.version, 7)
                     .arg(entry.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                          entry.hash.left(12))
                     .arg(entry.event, -19)
                     .arg(entry.who.isEmpty() ? QStringLiteral("-") : entry.who, -10)
                     .arg(entry.note, i == liveRow ? QStringLiteral("  <- live") : QString());
    }
    if (liveRow < 0)
        m_out << args.at(0) << " (content version " << liveHash.left(12)
              << ") is none of these: changed by hand?\n";
    return Success;
}
