#include "analytics/analyticsreport.h"

#include "analytics/analyticssummary.h"

#include <QStringList>

#include <algorithm>

namespace AnalyticsReport {

namespace {

QString escaped(const QString &text) { return text.toHtmlEscaped(); }

// Horizontal bars: one labelled row per value, the longest filling the width.
QString barChart(const QList<QPair<QString, qint64>> &rows,
                 const std::function<QString(qint64)> &label)
{
    constexpr int rowHeight = 34;
    constexpr int labelWidth = 150;
    constexpr int barWidth = 520;
    qint64 longest = 1;
    for (const auto &row : rows)
        longest = std::max(longest, row.second);
    QString svg
        = QStringLiteral("<svg role=\"img\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\">")
              .arg(labelWidth + barWidth + 120)
              .arg(rows.size() * rowHeight + 4);
    for (int i = 0; i < rows.size(); ++i) {
        const int y = i * rowHeight;
        const int width = int(barWidth * rows.at(i).second / longest);
        svg += QStringLiteral(
                   "<text x=\"0\" y=\"%1\" class=\"axis\">%2</text>"
                   "<rect x=\"%3\" y=\"%4\" width=\"%5\" height=\"22\" rx=\"3\" class=\"bar\"/>"
                   "<text x=\"%6\" y=\"%1\">%7</text>")
                   .arg(y + 21)
                   .arg(escaped(rows.at(i).first))
                   .arg(labelWidth)
                   .arg(y + 4)
                   .arg(std::max(width, 1))
                   .arg(labelWidth + width + 8)
                   .arg(escaped(label(rows.at(i).second)));
    }
    return svg + QStringLiteral("</svg>");
}

// Vertical bars for the 24 hours of the day.
QString hourChart(const QList<int> &visitsByHour)
{
    constexpr int columnWidth = 28;
    constexpr int chartHeight = 160;
    const int most = std::max(1, *std::max_element(visitsByHour.cbegin(), visitsByHour.cend()));
    QString svg
        = QStringLiteral("<svg role=\"img\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\">")
              .arg(24 * columnWidth)
              .arg(chartHeight + 44);
    for (int hour = 0; hour < 24; ++hour) {
        const int height = chartHeight * visitsByHour.at(hour) / most;
        const int x = hour * columnWidth;
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"2\" "
                              "class=\"bar\"><title>%5:00 – %6 visits</title></rect>")
                   .arg(x + 3)
                   .arg(chartHeight - height + 20)
                   .arg(columnWidth - 6)
                   .arg(height)
                   .arg(hour)
                   .arg(visitsByHour.at(hour));
        if (visitsByHour.at(hour) > 0)
            svg += QStringLiteral("<text x=\"%1\" y=\"%2\" class=\"count\">%3</text>")
                       .arg(x + columnWidth / 2)
                       .arg(chartHeight - height + 14)
                       .arg(visitsByHour.at(hour));
        if (hour % 3 == 0)
            svg += QStringLiteral("<text x=\"%1\" y=\"%2\" class=\"axis\">%3</text>")
                       .arg(x + 3)
                       .arg(chartHeight + 40)
                       .arg(hour);
    }
    return svg + QStringLiteral("</svg>");
}

QString table(const QStringList &header, const QList<QStringList> &rows)
{
    QString html = QStringLiteral("<table><tr>");
    for (const QString &cell : header)
        html += QStringLiteral("<th>") + escaped(cell) + QStringLiteral("</th>");
    html += QStringLiteral("</tr>\n");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : row)
            html += QStringLiteral("<td>") + escaped(cell) + QStringLiteral("</td>");
        html += QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</table>\n");
}

QString counts(const QList<QPair<QString, int>> &items)
{
    QStringList parts;
    for (const auto &[name, count] : items)
        parts.append(QStringLiteral("%1 %2").arg(escaped(name)).arg(count));
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(" · "));
}

} // namespace

QString html(const AnalyticsSummary &summary, const QString &source)
{
    const QString span = summary.from.isValid() ? QStringLiteral("%1 – %2").arg(
                             summary.from.toString(Qt::ISODate), summary.to.toString(Qt::ISODate))
                                                : QStringLiteral("no visits");
    QString page
        = QStringLiteral(
              "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>Exhibit "
              "visits, %1</title>\n<style>\n"
              "body { font-family: 'Noto Serif', serif; background: #f3ebdc; color: #221d18; "
              "margin: 2em auto; max-width: 60em; padding: 0 1em; }\n"
              "h1 { color: #a8322b; font-weight: normal; } h2 { border-bottom: 2px solid #a8322b; "
              "margin-top: 2em; }\n"
              ".totals { font-size: 1.2em; } .muted { color: #5a4f45; }\n"
              "svg text { font-family: 'Noto Serif', serif; font-size: 14px; fill: #221d18; }\n"
              "svg .axis { fill: #5a4f45; } svg .count { font-size: 11px; text-anchor: middle; }\n"
              "svg .bar { fill: #3c6b5e; }\n"
              "table { border-collapse: collapse; margin: 1em 0; } th, td { padding: 0.3em 0.9em; "
              "text-align: right; }\n"
              "th:first-child, td:first-child { text-align: left; } tr:nth-child(even) td { "
              "background: #ece3d1; }\n"
              "th { border-bottom: 1px solid #5a4f45; }\n</style></head><body>\n")
              .arg(escaped(span));
    page += QStringLiteral("<h1>Exhibit visits</h1>\n<p class=\"muted\">%1 · from %2</p>\n")
                .arg(escaped(span), escaped(source));
    page += QStringLiteral("<p class=\"totals\"><strong>%1</strong> visits, median length "
                           "<strong>%2</strong> (minutes:seconds).</p>\n")
                .arg(summary.visits)
                .arg(AnalyticsSummary::duration(summary.medianVisitMs));
    page += QStringLiteral("<p>Languages: %1. Explored: %2. Accessibility choices: %3.</p>\n")
                .arg(counts(summary.languages), counts(summary.explore),
                     counts(summary.accessibility));

    QList<QPair<QString, qint64>> dwell;
    QList<QStringList> chapterRows;
    for (const AnalyticsSummary::Chapter &chapter : summary.chapters) {
        dwell.append({ chapter.chapterId, chapter.medianDwellMs });
        chapterRows.append({ chapter.chapterId, QString::number(chapter.opens),
                             AnalyticsSummary::duration(chapter.medianDwellMs),
                             QStringLiteral("%1%").arg(chapter.narrationStartedPercent),
                             QStringLiteral("%1%").arg(chapter.completedPercent),
                             QStringLiteral("%1%").arg(chapter.averageHeardPercent) });
    }
    page += QStringLiteral("<h2>Time on each chapter</h2>\n<p class=\"muted\">Median time on "
                           "screen per opening.</p>\n");
    page += barChart(dwell, [](qint64 ms) { return AnalyticsSummary::duration(ms); });
    page += table({ QStringLiteral("Chapter"), QStringLiteral("Opens"),
                    QStringLiteral("Median time"), QStringLiteral("Narration started"),
                    QStringLiteral("Heard to the end"), QStringLiteral("Heard on average") },
                  chapterRows);
    page += QStringLiteral(
                "<p class=\"muted\">Heard to the end: %1% or more of the narration played.</p>\n")
                .arg(AnalyticsSummary::completedAtPercent);

    page
        += QStringLiteral("<h2>Visits by hour of the day</h2>\n") + hourChart(summary.visitsByHour);

    QList<QStringList> dayRows;
    for (const AnalyticsSummary::Day &day : summary.days)
        dayRows.append({ day.date.toString(Qt::ISODate), QString::number(day.visits),
                         AnalyticsSummary::duration(day.medianVisitMs) });
    page += QStringLiteral("<h2>Visits per day</h2>\n")
        + table({ QStringLiteral("Day"), QStringLiteral("Visits"),
                  QStringLiteral("Median length") },
                dayRows);
    return page + QStringLiteral("</body></html>\n");
}

} // namespace AnalyticsReport
