#include "config/kioskconfig.h"
#include "fuzzsupport.h"

/* The technician's kiosk.ini: any bytes give a working configuration (the
 * defaults for whatever is wrong) and problems naming file and line, never
 * a crash. */

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString name = QStringLiteral("fuzz.ini");
    const KioskConfig config = KioskConfig::parse(FuzzSupport::bytes(data, size), name);
    FuzzSupport::requireEachNamesTheFile(config.problems(), name);
    FuzzSupport::require(config.narrationVolume() >= 0 && config.narrationVolume() <= 100,
                         "the volume is 0-100");
    FuzzSupport::require(config.idleTimeoutSeconds() > 0 && config.idleWarningSeconds() > 0,
                         "idle times are positive");
    return 0;
}
