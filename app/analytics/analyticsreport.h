#pragma once

#include <QString>

struct AnalyticsSummary;

/** `exhibit-curator analytics DB --report OUT.html`: one page a curator
 *  opens in any browser, with no network and no scripts: the totals, a bar
 *  for each chapter's median time on screen, the visits by hour of the day,
 *  and the day and chapter tables. */
namespace AnalyticsReport {

[[nodiscard]] QString html(const AnalyticsSummary &summary, const QString &source);

} // namespace AnalyticsReport
