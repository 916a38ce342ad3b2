#pragma once

#include "content/exhibitdocument.h"
#include "content/territorymap.h"

/** Checks a territory map the way a cartographer would before printing it:
 *  a sensible frame, known states, ascending years, outlines that are rings
 *  inside the frame (which catches latitude and longitude swapped), and every
 *  name in every language. Paths are those of exhibit JSON ("map.years[1]…"). */
class TerritoryMapValidator
{
public:
    static void validate(const TerritoryMap &map, const QStringList &languages,
                         ContentProblems &problems);

    static constexpr int maxNameLength = 40;
    static constexpr int maxNoteLength = 80;
    static constexpr int maxYearTitleLength = 60;
    static constexpr int maxYearCaptionLength = 240;
    // The map in words: who holds what, spoken in under a minute.
    static constexpr int maxYearDescriptionLength = 700;
    // Outlines may run out to sea beyond the frame (the sea is drawn over
    // them), but not this many degrees beyond it.
    static constexpr double outlineMargin = 10.0;
};
