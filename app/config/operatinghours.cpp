#include "config/operatinghours.h"

#include <QRegularExpression>

bool OperatingHours::Day::isOpenAt(const QTime &time) const
{
    switch (kind) {
    case AllDay:
        return true;
    case Closed:
        return false;
    case Hours:
        return time >= opens && time < closes;
    }
    return true;
}

QTime OperatingHours::parseTime(const QString &text, QString *problem)
{
    static const QRegularExpression pattern(QStringLiteral("^([01]?[0-9]|2[0-3]):([0-5][0-9])$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        *problem = QStringLiteral("'%1' is not a time such as 09:00 or 17:30").arg(text);
        return {};
    }
    return QTime(match.captured(1).toInt(), match.captured(2).toInt());
}

bool OperatingHours::parseDay(const QString &text, Day *day, QString *problem)
{
    const QString trimmed = text.trimmed().toLower();
    if (trimmed.isEmpty()) {
        *day = Day {};
        return true;
    }
    if (trimmed == QLatin1String("closed")) {
        *day = Day { Day::Closed, {}, {} };
        return true;
    }
    const QStringList times = trimmed.split(QLatin1Char('-'));
    if (times.size() != 2) {
        *problem
            = QStringLiteral("'%1' is not 'closed' or opening hours such as 09:00-17:30").arg(text);
        return false;
    }
    const QTime opens = parseTime(times.at(0), problem);
    const QTime closes = opens.isValid() ? parseTime(times.at(1), problem) : QTime();
    if (!closes.isValid())
        return false;
    if (closes <= opens) {
        *problem = QStringLiteral("closing time %1 is not after opening time %2")
                       .arg(closes.toString(QStringLiteral("HH:mm")),
                            opens.toString(QStringLiteral("HH:mm")));
        return false;
    }
    *day = Day { Day::Hours, opens, closes };
    return true;
}

bool OperatingHours::isAlwaysOpen() const
{
    return std::all_of(m_days.begin(), m_days.end(),
                       [](const Day &day) { return day.kind == Day::AllDay; });
}

bool OperatingHours::isOpen(const QDateTime &when) const
{
    return day(Qt::DayOfWeek(when.date().dayOfWeek())).isOpenAt(when.time());
}

QDateTime OperatingHours::nextChange(const QDateTime &when) const
{
    // The state can only change at a day's opening or closing time or at
    // midnight; look at those moments over the next week, in order.
    const bool openNow = isOpen(when);
    for (int offset = 0; offset <= 7; ++offset) {
        const QDate date = when.date().addDays(offset);
        const Day today = day(Qt::DayOfWeek(date.dayOfWeek()));
        QList<QTime> moments { QTime(0, 0) };
        if (today.kind == Day::Hours)
            moments << today.opens << today.closes;
        for (const QTime &moment : std::as_const(moments)) {
            const QDateTime candidate(date, moment, when.timeSpec());
            if (candidate > when && isOpen(candidate) != openNow)
                return candidate;
        }
    }
    return {};
}
