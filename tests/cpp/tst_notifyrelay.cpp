#include "kiosk/notifyrelay.h"
#include "kiosk/systemdnotifier.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

/** The session launcher's relay, on real datagram sockets: systemd's (a
 *  socket the test listens on, as $NOTIFY_SOCKET) and the relay's own, which
 *  the kiosk writes to. What the kiosk says passes; what could change how
 *  systemd sees the service does not. */
class TestNotifyRelay : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_systemd = -1;

    QByteArrayList receivedBySystemd()
    {
        QByteArrayList messages;
        char buffer[512];
        for (ssize_t n; (n = ::recv(m_systemd, buffer, sizeof buffer, MSG_DONTWAIT)) > 0;)
            messages.append(QByteArray(buffer, int(n)));
        return messages;
    }

private Q_SLOTS:
    void init()
    {
        const QByteArray path = QFile::encodeName(m_dir.filePath(QStringLiteral("systemd-notify")));
        QFile::remove(QString::fromLocal8Bit(path));
        m_systemd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
        QCOMPARE(::bind(m_systemd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        qputenv("NOTIFY_SOCKET", path);
    }

    void cleanup()
    {
        ::close(m_systemd);
        qunsetenv("NOTIFY_SOCKET");
    }

    void passable_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("passed");
        QTest::newRow("ready") << QByteArray("READY=1") << QByteArray("READY=1");
        QTest::newRow("ready with a status")
            << QByteArray("READY=1\nSTATUS=Showing the attract screen")
            << QByteArray("READY=1\nSTATUS=Showing the attract screen");
        QTest::newRow("a ping") << QByteArray("WATCHDOG=1") << QByteArray("WATCHDOG=1");
        QTest::newRow("stopping") << QByteArray("STOPPING=1") << QByteArray("STOPPING=1");
        QTest::newRow("another main process") << QByteArray("MAINPID=1") << QByteArray();
        QTest::newRow("mixed in") << QByteArray("MAINPID=1\nREADY=1\nFDSTORE=1")
                                  << QByteArray("READY=1");
        QTest::newRow("a longer watchdog") << QByteArray("WATCHDOG_USEC=1") << QByteArray();
        QTest::newRow("a false ping") << QByteArray("WATCHDOG=trigger") << QByteArray();
        QTest::newRow("nothing") << QByteArray() << QByteArray();
    }

    void passable()
    {
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, passed);
        QCOMPARE(NotifyRelay::passable(message), passed);
    }

    void relaysFromTheKiosk()
    {
        NotifyRelay relay;
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("kiosk-notify"));
        QVERIFY2(relay.listen(path, &error), qPrintable(error));
        // Its user's alone.
        QCOMPARE(
            QFileInfo(path).permissions()
                & (QFile::ReadOther | QFile::WriteOther | QFile::ReadGroup | QFile::WriteGroup),
            QFile::Permissions());
        QSignalSpy relayed(&relay, &NotifyRelay::relayed);

        // The kiosk, told the relay's socket as its $NOTIFY_SOCKET.
        SystemdNotifier kiosk;
        kiosk.setSocketPath(QFile::encodeName(path));
        QVERIFY(kiosk.notify("READY=1\nSTATUS=Showing the attract screen"));
        QTRY_COMPARE(relayed.count(), 1);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("dropped a message.*MAINPID=1"));
        QVERIFY(kiosk.notify("MAINPID=1"));
        QVERIFY(kiosk.notify("WATCHDOG=1"));
        QTRY_COMPARE(relayed.count(), 2);
        QCOMPARE(receivedBySystemd(),
                 QByteArrayList({ "READY=1\nSTATUS=Showing the attract screen", "WATCHDOG=1" }));
    }

    void aSocketLeftBehindIsReplaced()
    {
        const QString path = m_dir.filePath(QStringLiteral("kiosk-notify"));
        QString error;
        {
            NotifyRelay first;
            QVERIFY(first.listen(path, &error));
        }
        QVERIFY(!QFileInfo::exists(path)); // removed with its relay
        QFile stale(path);
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
        NotifyRelay second;
        QVERIFY2(second.listen(path, &error), qPrintable(error));
    }

    void aPathTooLongIsNamed()
    {
        NotifyRelay relay;
        QString error;
        QVERIFY(!relay.listen(m_dir.filePath(QString(120, QLatin1Char('n'))), &error));
        QVERIFY2(error.contains(QLatin1String("too long")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestNotifyRelay)
#include "tst_notifyrelay.moc"
