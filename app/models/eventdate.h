#pragma once

#include <QString>

/** How a timeline date reads in each exhibit language, as precise as the
 *  record: "1120", "November 1125", "18 January 1126", a span "30 January –
 *  10 February 1126"; in Chinese 1120年, 1125年11月, 1126年1月18日,
 *  1126年1月30日至2月10日. Languages other than Chinese read as English. */
namespace EventDate {

[[nodiscard]] QString label(const QString &date, const QString &endDate, const QString &language);
[[nodiscard]] int year(const QString &date);

} // namespace EventDate
