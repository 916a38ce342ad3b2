#include "content/exhibitjson.h"
#include "fuzzsupport.h"

/* The curator's content JSON (exhibit-curator import): any bytes give a
 * document or errors naming the file, never a crash; a document it accepts
 * is written back out and read again just as cleanly. */

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString name = QStringLiteral("fuzz.json");
    const ExhibitJson::ReadResult result = ExhibitJson::read(FuzzSupport::bytes(data, size), name);
    FuzzSupport::requireEachNamesTheFile(result.errors, name);
    if (!result.ok())
        return 0;
    const QByteArray written = ExhibitJson::write(result.document);
    const ExhibitJson::ReadResult again = ExhibitJson::read(written, name);
    FuzzSupport::require(again.ok(), "an accepted document reads back after writing",
                         again.errors.join(QLatin1Char('\n')));
    FuzzSupport::require(ExhibitJson::write(again.document) == written,
                         "writing is stable over a round trip");
    return 0;
}
