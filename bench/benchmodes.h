#pragma once

class BenchKiosk;
class QTextStream;

/** The measurements exhibit-bench makes. Each prints "key value" lines for
 *  the bench/ scripts to tabulate, and returns the process's exit code. */
namespace BenchModes {

// Chapter navigation: `count` taps on next/previous; for each, the GUI
// thread's work (CPU time) and the wall time from the touch to the frame.
int tapLatency(BenchKiosk &kiosk, int count, QTextStream &out);

// Visitors `first` to `last`: each taps through every chapter while its
// narration plays, looks at the timeline, map and people, then walks away
// and the idle reset returns the kiosk to the attract screen. Resident
// memory before, after the first visit and along the way. With
// `quietSeconds` > 0, a kiosk that asks for a restart is left quiet that
// long after the visit and, when it restarts, the run ends with status 11
// ("restart-after N").
int visits(BenchKiosk &kiosk, int first, int last, int quietSeconds, QTextStream &out);

// `count` times: a tap starts a visit, nobody touches, the idle warning
// shows and the kiosk resets (the idle controller's real timers, shortened).
int idleResets(BenchKiosk &kiosk, int count, QTextStream &out);

// `count` chapter changes at random moments while narration loads and plays.
int narrationSwitches(BenchKiosk &kiosk, int count, QTextStream &out);

// `count` rapid cycles of load, seek, pause, play and next chapter; every
// tenth, the narration must play on with its position moving (no hang).
int narrationCycles(BenchKiosk &kiosk, int count, QTextStream &out);

// The attract screen alone for `seconds`: the process's CPU use and frames.
int idleCpu(BenchKiosk &kiosk, int seconds, QTextStream &out);

} // namespace BenchModes
