#pragma once

#include <QDateTime>
#include <QString>
#include <QTime>

#include <array>

/** When the exhibit is open: opening hours for each day of the week, in the
 *  kiosk's local time. A day is open all day, closed, or open from one time
 *  to a later one. Pure rules, so they are tested with any date and time. */
class OperatingHours
{
public:
    struct Day
    {
        enum Kind { AllDay, Closed, Hours };
        Kind kind = AllDay;
        QTime opens;
        QTime closes; // later than opens

        [[nodiscard]] bool isOpenAt(const QTime &time) const;
        friend bool operator==(const Day &a, const Day &b)
        {
            return a.kind == b.kind && a.opens == b.opens && a.closes == b.closes;
        }
    };

    // "closed", "09:00-17:30", or empty (all day); false with *problem set otherwise.
    static bool parseDay(const QString &text, Day *day, QString *problem);
    // "09:00"; an invalid time with *problem set otherwise.
    static QTime parseTime(const QString &text, QString *problem);

    void setDay(Qt::DayOfWeek weekday, const Day &day) { m_days[weekday - 1] = day; }
    [[nodiscard]] Day day(Qt::DayOfWeek weekday) const { return m_days[weekday - 1]; }
    [[nodiscard]] bool isAlwaysOpen() const;

    [[nodiscard]] bool isOpen(const QDateTime &when) const;
    // The first moment after `when` at which isOpen() changes; invalid if it never does.
    [[nodiscard]] QDateTime nextChange(const QDateTime &when) const;

private:
    std::array<Day, 7> m_days {};
};
