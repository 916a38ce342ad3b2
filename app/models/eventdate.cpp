#include "models/eventdate.h"

#include <QLocale>
#include <QStringList>

namespace EventDate {

namespace {

struct Parts
{
    int year = 0;
    int month = 0; // 0: unknown
    int day = 0; // 0: unknown
};

Parts split(const QString &date)
{
    const QStringList fields = date.split(QLatin1Char('-'));
    return { fields.value(0).toInt(), fields.value(1).toInt(), fields.value(2).toInt() };
}

QString english(const Parts &p, bool withYear = true)
{
    static const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    QString text;
    if (p.day > 0)
        text = QString::number(p.day) + QLatin1Char(' ');
    if (p.month > 0)
        text += locale.standaloneMonthName(p.month) + QLatin1Char(' ');
    return withYear ? text + QString::number(p.year) : text.trimmed();
}

QString chinese(const Parts &p, bool withYear = true)
{
    QString text = withYear ? QString::number(p.year) + QStringLiteral("年") : QString();
    if (p.month > 0)
        text += QString::number(p.month) + QStringLiteral("月");
    if (p.day > 0)
        text += QString::number(p.day) + QStringLiteral("日");
    return text;
}

} // namespace

int year(const QString &date) { return split(date).year; }

QString label(const QString &date, const QString &endDate, const QString &language)
{
    const bool zh = language == QLatin1String("zh") || language.startsWith(QLatin1String("zh-"));
    const Parts start = split(date);
    if (endDate.isEmpty() || endDate == date)
        return zh ? chinese(start) : english(start);
    const Parts end = split(endDate);
    const bool sameYear = start.year == end.year;
    if (zh)
        return chinese(start) + QStringLiteral("至") + chinese(end, !sameYear);
    // "1122–1123", "November – December 1125", "30 January – 10 February 1126"
    if (start.month == 0 || end.month == 0)
        return QString::number(start.year) + QChar(0x2013) + QString::number(end.year);
    return english(start, !sameYear) + QStringLiteral(" \u2013 ") + english(end);
}

} // namespace EventDate
