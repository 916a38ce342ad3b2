#include "kiosk/heaptrimmer.h"
#include "kiosk/quietrestart.h"

#include <QJSEngine>
#include <QSignalSpy>
#include <QTest>

#include <cstring>
#include <memory>
#include <vector>

#if defined(__SANITIZE_ADDRESS__)
#define EXHIBIT_OWN_MALLOC 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define EXHIBIT_OWN_MALLOC 1
#endif
#endif

/** Between visitors, the memory a visit freed goes back to the system: after a visit has ended and
 * a quiet moment, never during one. Short delays stand in for the kiosk's three seconds. */
class TestHeapTrimmer : public QObject
{
    Q_OBJECT

private:
    static constexpr int delayMs = 200;

private Q_SLOTS:
    // Freed blocks below one still in use stay in malloc's heap, resident,
    // until trimmed (as a visit's pictures, freed among what lives on).
    void trimGivesBackFreedMemoryInsideTheHeap()
    {
#ifdef EXHIBIT_OWN_MALLOC
        QSKIP("AddressSanitizer has its own allocator: glibc's heap is not used");
#endif
        constexpr int blocks = 400;
        constexpr size_t blockBytes = 100 * 1024; // below the mmap threshold: from the heap
        std::vector<std::unique_ptr<char[]>> freed;
        std::vector<std::unique_ptr<char[]>> kept; // one after each: the freed ones cannot merge
        for (int i = 0; i < blocks; ++i) {
            freed.emplace_back(new char[blockBytes]);
            std::memset(freed.back().get(), i, blockBytes);
            kept.emplace_back(new char[1024]);
        }
        const qint64 touched = QuietRestart::residentKilobytes();
        freed.clear();
        QVERIFY2(QuietRestart::residentKilobytes() > touched - 10 * 1024,
                 "malloc gave the blocks back by itself");
        const qint64 given = HeapTrimmer::trim();
        QVERIFY2(given > 30 * 1024, qPrintable(QStringLiteral("gave back %1 KB").arg(given)));
        QCOMPARE(kept.size(), size_t(blocks));
    }

    void trimsOnlyOnceAVisitHasEndedAndNoneBegun_data()
    {
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<bool>("trims");

        QTest::newRow("a visit ended") << QStringList { "end" } << true;
        QTest::newRow("nothing happened") << QStringList {} << false;
        QTest::newRow("another began at once") << QStringList { "end", "begin" } << false;
        QTest::newRow("and ended") << QStringList { "end", "begin", "end" } << true;
    }

    void trimsOnlyOnceAVisitHasEndedAndNoneBegun()
    {
        QFETCH(QStringList, steps);
        QFETCH(bool, trims);
        HeapTrimmer trimmer;
        trimmer.setDelay(delayMs);
        QSignalSpy trimmed(&trimmer, &HeapTrimmer::trimmed);
        for (const QString &step : steps) {
            if (step == QLatin1String("end"))
                trimmer.visitEnded();
            else
                trimmer.visitStarted();
        }
        QCOMPARE(trimmer.isPending(), trims);
        QTest::qWait(delayMs * 3);
        QCOMPARE(trimmed.count(), trims ? 1 : 0);
        QVERIFY(!trimmer.isPending());
    }

    // A visit's screens leave their scripts' garbage in the QML engine's heap:
    // collected at the trim, before it.
    void collectsTheEnginesGarbageAtTheTrim()
    {
        QJSEngine engine;
        auto *leftOver = new QObject;
        QSignalSpy destroyed(leftOver, &QObject::destroyed);
        engine.newQObject(leftOver); // the script's, and nothing refers to it
        HeapTrimmer trimmer(&engine);
        trimmer.setDelay(delayMs);
        trimmer.visitEnded();
        QTest::qWait(delayMs / 2);
        QVERIFY2(destroyed.isEmpty(), "collected before the trim");
        QVERIFY(destroyed.wait(delayMs * 5));
    }
};

QTEST_GUILESS_MAIN(TestHeapTrimmer)
#include "tst_heaptrimmer.moc"
