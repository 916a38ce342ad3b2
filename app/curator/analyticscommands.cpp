#include "curator/analyticscommands.h"

#include "analytics/analyticsdatabase.h"
#include "analytics/analyticsreport.h"
#include "analytics/analyticssummary.h"

#include <QFileInfo>
#include <QSaveFile>

namespace {

const char *const analyticsHelp
    = "Usage: exhibit-curator analytics ANALYTICS_DB [--from DATE] [--to DATE] [--csv]\n"
      "                                 [--report OUT.html]\n"
      "\n"
      "Summarises the anonymous visits a kiosk recorded (kiosk.ini [analytics]\n"
      "database): visits per day and their median length, and per chapter how\n"
      "often it was opened, the median time it stayed on screen, and how often its\n"
      "narration was started and heard to the end (90% or more of it played).\n"
      "DATE is a day, YYYY-MM-DD, in the kiosk's local time; both ends included.\n"
      "It reads while the kiosk writes.\n"
      "\n"
      "  --csv              the same tables as CSV, for a spreadsheet: days, a blank\n"
      "                     line, then chapters\n"
      "  --report OUT.html  also write a one-page report with charts for a browser\n";

QString csvCell(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\""))
        + QLatin1Char('"');
}

QString seconds(qint64 milliseconds) { return QString::number((milliseconds + 500) / 1000); }

QString joined(const QList<QPair<QString, int>> &counts)
{
    QStringList parts;
    for (const auto &[name, count] : counts)
        parts.append(QStringLiteral("%1 %2").arg(name).arg(count));
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(" · "));
}

} // namespace

QDate AnalyticsCommands::takeDate(QStringList *args, const QString &option, QString *problem)
{
    const QString text = takeOption(args, option);
    if (text.isEmpty())
        return {};
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() && problem->isEmpty())
        *problem = QStringLiteral("%1: '%2' is not a day (YYYY-MM-DD)").arg(option, text);
    return date;
}

int AnalyticsCommands::analytics(QStringList args)
{
    QString problem;
    const QDate from = takeDate(&args, QStringLiteral("--from"), &problem);
    const QDate to = takeDate(&args, QStringLiteral("--to"), &problem);
    const QString report = takeOption(&args, QStringLiteral("--report"));
    const bool csv = takeFlag(&args, QStringLiteral("--csv"));
    if (const auto done = helpOrUsage(
            args, "analytics", 1,
            "ANALYTICS_DB [--from DATE] [--to DATE] [--csv] [--report OUT.html]", analyticsHelp))
        return *done;
    if (problem.isEmpty() && from.isValid() && to.isValid() && from > to)
        problem = QStringLiteral("--from %1 is after --to %2")
                      .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    if (!problem.isEmpty()) {
        m_err << "exhibit-curator analytics: " << problem << '\n';
        return UsageError;
    }

    AnalyticsDatabase database(args.first());
    AnalyticsSummary summary;
    QString error;
    if (!database.open(AnalyticsDatabase::Mode::ReadOnly)) {
        m_err << database.error() << '\n';
        return UsageError;
    }
    if (!AnalyticsSummary::read(database, from, to, &summary, &error)) {
        m_err << args.first() << ": not a visitor analytics database (" << error << ")\n";
        return UsageError;
    }
    if (csv)
        printCsv(summary);
    else
        printTable(summary, args.first());

    if (!report.isEmpty()) {
        QSaveFile file(report);
        const QByteArray page
            = AnalyticsReport::html(summary, QFileInfo(args.first()).fileName()).toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(page) != page.size() || !file.commit()) {
            m_err << report << ": cannot write the report: " << file.errorString() << '\n';
            return UsageError;
        }
        (csv ? m_err : m_out) << "Report written to " << report << '\n';
    }
    return Success;
}

void AnalyticsCommands::printTable(const AnalyticsSummary &summary, const QString &source)
{
    m_out << source << ": " << summary.visits << " visits";
    if (summary.from.isValid())
        m_out << ", " << summary.from.toString(Qt::ISODate) << " to "
              << summary.to.toString(Qt::ISODate);
    m_out << "; median length " << AnalyticsSummary::duration(summary.medianVisitMs)
          << " (minutes:seconds)\n";
    m_out << "Languages: " << joined(summary.languages) << ". Explored: " << joined(summary.explore)
          << ".\nAccessibility choices: " << joined(summary.accessibility) << ".\n\n";

    m_out << qSetFieldWidth(12) << Qt::left << "Day" << qSetFieldWidth(8) << Qt::right << "Visits"
          << qSetFieldWidth(15) << "Median length" << qSetFieldWidth(0) << '\n';
    for (const AnalyticsSummary::Day &day : summary.days)
        m_out << qSetFieldWidth(12) << Qt::left << day.date.toString(Qt::ISODate)
              << qSetFieldWidth(8) << Qt::right << day.visits << qSetFieldWidth(15)
              << AnalyticsSummary::duration(day.medianVisitMs) << qSetFieldWidth(0) << '\n';

    m_out << '\n'
          << qSetFieldWidth(14) << Qt::left << "Chapter" << qSetFieldWidth(7) << Qt::right
          << "Opens" << qSetFieldWidth(13) << "Median time" << qSetFieldWidth(19)
          << "Narration started" << qSetFieldWidth(18) << "Heard to the end" << qSetFieldWidth(18)
          << "Heard on average" << qSetFieldWidth(0) << '\n';
    for (const AnalyticsSummary::Chapter &chapter : summary.chapters)
        m_out << qSetFieldWidth(14) << Qt::left << chapter.chapterId << qSetFieldWidth(7)
              << Qt::right << chapter.opens << qSetFieldWidth(13)
              << AnalyticsSummary::duration(chapter.medianDwellMs) << qSetFieldWidth(19)
              << QStringLiteral("%1%").arg(chapter.narrationStartedPercent) << qSetFieldWidth(18)
              << QStringLiteral("%1%").arg(chapter.completedPercent) << qSetFieldWidth(18)
              << QStringLiteral("%1%").arg(chapter.averageHeardPercent) << qSetFieldWidth(0)
              << '\n';
    m_out << Qt::left;
}

void AnalyticsCommands::printCsv(const AnalyticsSummary &summary)
{
    m_out << "day,visits,median_visit_seconds\n";
    for (const AnalyticsSummary::Day &day : summary.days)
        m_out << day.date.toString(Qt::ISODate) << ',' << day.visits << ','
              << seconds(day.medianVisitMs) << '\n';
    m_out << "\nchapter,opens,median_seconds_on_screen,narration_started_percent,heard_to_the_end_"
             "percent,"
             "heard_on_average_percent\n";
    for (const AnalyticsSummary::Chapter &chapter : summary.chapters)
        m_out << csvCell(chapter.chapterId) << ',' << chapter.opens << ','
              << seconds(chapter.medianDwellMs) << ',' << chapter.narrationStartedPercent << ','
              << chapter.completedPercent << ',' << chapter.averageHeardPercent << '\n';
}
