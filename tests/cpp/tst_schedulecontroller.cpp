#include "config/operatinghours.h"
#include "controllers/schedulecontroller.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

/** Operating hours: which moments are open, when the next change comes, and
 *  the controller that opens and closes the kiosk, on an injected clock. */
class TestScheduleController : public QObject
{
    Q_OBJECT

private:
    // Museum hours: 09:00–17:30, late opening Thursday, closed Monday.
    static OperatingHours museumHours()
    {
        OperatingHours hours;
        for (int weekday = Qt::Monday; weekday <= Qt::Sunday; ++weekday)
            hours.setDay(Qt::DayOfWeek(weekday),
                         { OperatingHours::Day::Hours, QTime(9, 0), QTime(17, 30) });
        hours.setDay(Qt::Monday, { OperatingHours::Day::Closed, {}, {} });
        hours.setDay(Qt::Thursday, { OperatingHours::Day::Hours, QTime(9, 0), QTime(21, 0) });
        return hours;
    }

    // Day 23 is Monday 23 November 2026; day 31 is Tuesday 1 December.
    static QDateTime at(int day, const char *time)
    {
        return QDateTime(QDate(2026, 11, 23).addDays(day - 23),
                         QTime::fromString(QLatin1String(time), QStringLiteral("HH:mm")), Qt::UTC);
    }

private Q_SLOTS:
    void openOrClosed_data()
    {
        QTest::addColumn<QDateTime>("when");
        QTest::addColumn<bool>("open");
        QTest::addColumn<QDateTime>("nextChange");
        QTest::newRow("Tuesday before opening") << at(24, "08:59") << false << at(24, "09:00");
        QTest::newRow("Tuesday at opening") << at(24, "09:00") << true << at(24, "17:30");
        QTest::newRow("Tuesday last minute") << at(24, "17:29") << true << at(24, "17:30");
        QTest::newRow("Tuesday at closing") << at(24, "17:30") << false << at(25, "09:00");
        QTest::newRow("Thursday late opening") << at(26, "20:00") << true << at(26, "21:00");
        QTest::newRow("Sunday evening skips closed Monday")
            << at(29, "18:00") << false << at(31, "09:00");
        QTest::newRow("Monday noon") << at(23, "12:00") << false << at(24, "09:00");
    }

    void openOrClosed()
    {
        QFETCH(QDateTime, when);
        QFETCH(bool, open);
        QFETCH(QDateTime, nextChange);
        const OperatingHours hours = museumHours();
        QCOMPARE(hours.isOpen(when), open);
        QCOMPARE(hours.nextChange(when), nextChange);
    }

    void alwaysOpenNeverChanges()
    {
        const OperatingHours hours;
        QVERIFY(hours.isAlwaysOpen());
        QVERIFY(hours.isOpen(at(23, "03:00")));
        QVERIFY(!hours.nextChange(at(23, "03:00")).isValid());
    }

    void allDayNextToClosedChangesAtMidnight()
    {
        OperatingHours hours;
        hours.setDay(Qt::Tuesday, { OperatingHours::Day::Closed, {}, {} });
        QCOMPARE(hours.nextChange(at(23, "15:00")), at(24, "00:00"));
        QCOMPARE(hours.nextChange(at(24, "15:00")), at(25, "00:00"));
    }

    void parsesDays_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty: all day") << "" << true;
        QTest::newRow("closed") << "Closed" << true;
        QTest::newRow("hours") << "09:00-17:30" << true;
        QTest::newRow("hours with spaces") << " 9:00 - 17:30 " << true;
        QTest::newRow("backwards") << "17:30-09:00" << false;
        QTest::newRow("same time") << "09:00-09:00" << false;
        QTest::newRow("one time") << "09:00" << false;
        QTest::newRow("25 o'clock") << "09:00-25:00" << false;
        QTest::newRow("words") << "mornings" << false;
    }

    void parsesDays()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        OperatingHours::Day day;
        QString problem;
        QCOMPARE(OperatingHours::parseDay(text, &day, &problem), valid);
        QCOMPARE(problem.isEmpty(), valid);
    }

    void controllerFollowsTheClock()
    {
        QDateTime now = at(24, "08:00");
        ScheduleController schedule(nullptr);
        QSignalSpy changed { &schedule, &ScheduleController::openChanged };
        schedule.setClock([&now] { return now; });
        schedule.setHours(museumHours());
        QVERIFY(!schedule.isOpen());
        QCOMPARE(schedule.nextOpening(), at(24, "09:00"));
        QCOMPARE(schedule.nextChange(), at(24, "09:00"));
        QVERIFY(schedule.msUntilNextCheck() <= 60000); // it looks again within a minute

        now = at(24, "09:00");
        schedule.refresh();
        QVERIFY(schedule.isOpen());
        QVERIFY(!schedule.nextOpening().isValid());
        QVERIFY(schedule.nextChange() > now); // its closing time

        // A clock set forward (NTP, a PC that slept) is noticed at the next look.
        now = at(24, "23:00");
        schedule.refresh();
        QVERIFY(!schedule.isOpen());
        QCOMPARE(schedule.nextOpening(), at(25, "09:00"));
        QCOMPARE(changed.count(), 3);
    }

    void controllerWakesByItself()
    {
        // A clock that runs in real time from 300 ms before closing.
        const QDateTime start = at(24, "17:29").addSecs(59).addMSecs(700);
        QElapsedTimer elapsed;
        elapsed.start();
        ScheduleController schedule(nullptr);
        schedule.setHours(museumHours());
        schedule.setClock([&] { return start.addMSecs(elapsed.elapsed()); });
        QVERIFY(schedule.isOpen());
        QTRY_VERIFY_WITH_TIMEOUT(!schedule.isOpen(), 3000);
    }
};

QTEST_GUILESS_MAIN(TestScheduleController)
#include "tst_schedulecontroller.moc"
