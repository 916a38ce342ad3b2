#include "kiosk/updatewatch.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

/** An upgrade noticed as dpkg makes it: a running program whose file is
 *  replaced by a new one (written beside it, renamed over it). A real
 *  process runs a copy of sleep(1) that is then replaced. */
class TestUpdateWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noticesTheProgramReplacedUnderARunningProcess()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString program = dir.filePath(QStringLiteral("sleep"));
        QVERIFY(QFile::copy(QStringLiteral("/bin/sleep"), program));
        QProcess running;
        running.start(program, { QStringLiteral("30") });
        QVERIFY(running.waitForStarted());
        QVERIFY(!UpdateWatch::isProgramReplaced(running.processId()));

        // What dpkg does: the new version beside the old, renamed over it.
        const QString next = program + QStringLiteral(".dpkg-new");
        QVERIFY(QFile::copy(QStringLiteral("/bin/sleep"), next));
        QVERIFY(
            ::rename(QFile::encodeName(next).constData(), QFile::encodeName(program).constData())
            == 0);
        QVERIFY(UpdateWatch::isProgramReplaced(running.processId()));
        running.kill();
        running.waitForFinished();
    }

    void thisProgramIsNotReplacedSoNothingIsSaid()
    {
        UpdateWatch watch;
        QSignalSpy replaced { &watch, &UpdateWatch::programReplaced };
        watch.check();
        QCOMPARE(replaced.count(), 0);
        QVERIFY(!UpdateWatch::isProgramReplaced(QCoreApplication::applicationPid()));
    }
};

QTEST_GUILESS_MAIN(TestUpdateWatch)
#include "tst_updatewatch.moc"
