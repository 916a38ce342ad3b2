#pragma once

#include <QString>

class QTextStream;

/** The kiosk's command-line tools for technicians, run instead of the
 *  exhibit: print a PIN hash for kiosk.ini, and check a kiosk.ini with the
 *  content and media it points to before a PC goes into the gallery. */
namespace KioskCommands {

// Reads the PIN from `in` (asked twice, unechoed, on a terminal) and prints
// the kiosk.ini line. 0 on success, 1 for an unacceptable PIN, 2 without input.
int hashPin(QTextStream &in, QTextStream &out, QTextStream &err, bool interactive);

// Prints every problem as FILE:LINE: key: problem (config) or
// FILE: key.path: problem (content), then a summary. 0 if none, 1 otherwise.
int checkConfig(const QString &configFile, QTextStream &out);

} // namespace KioskCommands
