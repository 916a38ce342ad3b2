#include "fuzzsupport.h"
#include "media/captiontrack.h"

/* Captions files (WebVTT): any bytes give the cues it could read and
 * warnings naming file and line, never a crash; every cue kept is one the
 * kiosk can show. */

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString name = QStringLiteral("fuzz.vtt");
    const CaptionTrack track = CaptionTrack::parse(FuzzSupport::bytes(data, size), name);
    FuzzSupport::requireEachNamesTheFile(track.warnings(), name);
    for (int i = 0; i < track.cues().size(); ++i) {
        const CaptionCue &cue = track.cues().at(i);
        FuzzSupport::require(cue.startMs >= 0 && cue.endMs > cue.startMs,
                             "a cue kept has a start before its end",
                             QStringLiteral("%1 --> %2").arg(cue.startMs).arg(cue.endMs));
        FuzzSupport::require(track.cueIndexAt(cue.startMs) >= 0, "a cue kept shows at its start");
    }
    return 0;
}
