#include "content/exhibitjson.h"
#include "fuzzsupport.h"
#include "translation/translationimport.h"
#include "translation/xliffreader.h"

/* A translator's XLIFF file: any bytes give either units or reasons, each
 * naming the file and a line, never both and never a crash; put into the
 * bundled exhibit, the import either changes it into one that passes the
 * validator or refuses with reasons that name the file. */

namespace {

// The bundled exhibit, so that a unit naming one of its texts can go in.
const ExhibitDocument &exhibit()
{
    static const ExhibitDocument document
        = ExhibitJson::readFile(QStringLiteral(EXHIBIT_SOURCE_DIR "/content/exhibit.json"),
                                ExhibitJson::Rules::Checked)
              .document;
    return document;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString name = QStringLiteral("fuzz.xlf");
    const XliffReader::File file = XliffReader::read(FuzzSupport::bytes(data, size), name);
    FuzzSupport::requireEachNamesTheFile(file.errors, name);
    FuzzSupport::require(file.errors.isEmpty() || file.units.isEmpty(),
                         "a refused file hands over no units");
    if (!file.errors.isEmpty())
        return 0;
    const TranslationImport::Result result = TranslationImport::apply(exhibit(), file, name);
    FuzzSupport::requireEachNamesTheFile(result.errors, name);
    if (result.errors.isEmpty())
        FuzzSupport::require(ExhibitValidator::validate(result.document).isEmpty(),
                             "an imported exhibit passes the validator");
    return 0;
}
