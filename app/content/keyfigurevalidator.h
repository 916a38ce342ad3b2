#pragma once

#include "content/exhibitdocument.h"

/** Checks the key figures: ids, portraits inside the media root, chapters that
 *  exist, and every text in every language within the layout's limits. Paths
 *  are those of exhibit JSON ("figures[3].biography.zh"). */
class KeyFigureValidator
{
public:
    static void validate(const ExhibitDocument &document, ContentProblems &problems);

    static constexpr int maxNameLength = 40;
    static constexpr int maxLifespanLength = 40;
    static constexpr int maxRoleLength = 80;
    static constexpr int maxBiographyLength = 700;
};
