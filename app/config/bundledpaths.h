#pragma once

#include <QString>

/** Where the files that ship with the kiosk are: next to the installed
 *  executable (PREFIX/share/exhibit-kiosk), or in the source and build
 *  trees when it runs from a build directory. */
class BundledPaths
{
public:
    [[nodiscard]] static QString configFile();
    [[nodiscard]] static QString contentDatabase();
    [[nodiscard]] static QString mediaRoot();
    // The staff's sound check: the kiosk's own, not the exhibit's content.
    [[nodiscard]] static QString soundCheckFile();
    // tools/generate-narration.py: Exhibit Studio's draft narration.
    [[nodiscard]] static QString narrationTool();
};
