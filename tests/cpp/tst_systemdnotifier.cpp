#include "kiosk/systemdnotifier.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

/** sd_notify, spoken to a real datagram socket as systemd listens on one:
 *  READY, STATUS and the watchdog's pings from the event loop. */
class TestSystemdNotifier : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_socket = -1;

    // Binds a datagram socket at `name` (a path, or "@name" for an abstract one).
    void listen(const QByteArray &name)
    {
        m_socket = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        QVERIFY(m_socket >= 0);
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
        socklen_t length = socklen_t(offsetof(sockaddr_un, sun_path) + size_t(name.size()));
        if (name.startsWith('@'))
            address.sun_path[0] = '\0';
        else
            length += 1;
        QCOMPARE(::bind(m_socket, reinterpret_cast<sockaddr *>(&address), length), 0);
        qputenv("NOTIFY_SOCKET", name);
    }

    QByteArrayList receiveAll()
    {
        QByteArrayList messages;
        char buffer[512];
        for (ssize_t n; (n = ::recv(m_socket, buffer, sizeof buffer, 0)) > 0;)
            messages.append(QByteArray(buffer, int(n)));
        return messages;
    }

private Q_SLOTS:
    void cleanup()
    {
        if (m_socket >= 0)
            ::close(m_socket);
        m_socket = -1;
        qunsetenv("NOTIFY_SOCKET");
        qunsetenv("WATCHDOG_USEC");
        qunsetenv("WATCHDOG_PID");
    }

    void inactiveOutsideSystemd()
    {
        SystemdNotifier notifier;
        QVERIFY(!notifier.isActive());
        QVERIFY(!notifier.notify("READY=1"));
        notifier.startWatchdog(); // harmless
    }

    void readyAndStatus_data()
    {
        QTest::addColumn<bool>("abstract");
        QTest::newRow("socket file") << false;
        QTest::newRow("abstract socket") << true;
    }

    void readyAndStatus()
    {
        QFETCH(bool, abstract);
        listen(abstract ? "@exhibit-test-" + QByteArray::number(QCoreApplication::applicationPid())
                        : m_dir.filePath(QStringLiteral("notify")).toLocal8Bit());
        SystemdNotifier notifier;
        QVERIFY(notifier.isActive());
        notifier.notifyReady();
        notifier.setStatus(QStringLiteral("showing the exhibit"));
        notifier.notifyStopping();
        QCOMPARE(receiveAll(),
                 (QByteArrayList { "READY=1", "STATUS=showing the exhibit", "STOPPING=1" }));
    }

    void watchdogPingsFromTheEventLoop()
    {
        listen(m_dir.filePath(QStringLiteral("watchdog")).toLocal8Bit());
        qputenv("WATCHDOG_USEC", "200000");
        SystemdNotifier notifier;
        QCOMPARE(notifier.watchdogIntervalMs(), 200);
        notifier.startWatchdog();
        QTest::qWait(450); // pings every 100 ms while the loop turns
        const QByteArrayList pings = receiveAll();
        QVERIFY2(pings.size() >= 3, qPrintable(QString::number(pings.size())));
        QVERIFY(std::all_of(pings.begin(), pings.end(),
                            [](const QByteArray &m) { return m == "WATCHDOG=1"; }));
        // A blocked UI thread sends nothing: that is how systemd notices.
        ::usleep(300000);
        QVERIFY(receiveAll().isEmpty());
    }

    void watchdogMeantForAnotherProcess()
    {
        listen(m_dir.filePath(QStringLiteral("other")).toLocal8Bit());
        qputenv("WATCHDOG_USEC", "200000");
        qputenv("WATCHDOG_PID", "1");
        SystemdNotifier notifier;
        QCOMPARE(notifier.watchdogIntervalMs(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSystemdNotifier)
#include "tst_systemdnotifier.moc"
