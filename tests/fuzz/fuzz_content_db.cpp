#include "content/contentreading.h"
#include "fuzzsupport.h"

#include <QFile>
#include <QTemporaryDir>

/* A content database from anywhere (the kiosk's load, exhibit-curator
 * validate): any bytes give content or problems naming the file, never a
 * crash, a hang (libFuzzer's -timeout) or a blown memory limit, whatever
 * SQLite finds in them. Seeds: databases the curator made, and ones with a
 * trigger, a recursive view and a view of huge values added by hand. */

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir folder;
    const QString name = folder.filePath(QStringLiteral("fuzz.db"));
    {
        QFile file(name);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
            std::abort();
    }
    ContentReading reading = ContentReading::snapshotOf(name);
    reading.readAndValidate(2000);
    FuzzSupport::requireEachNamesTheFile(reading.problems(), name);
    FuzzSupport::require(reading.readable() || !reading.problems().isEmpty(),
                         "a file refused says why");
    return 0;
}
