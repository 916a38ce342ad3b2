#pragma once

/** glibc malloc settings for a process that runs for days: called first
 *  thing in main(), before any thread starts.
 *
 *  Measured over visits (bench/memory.sh, docs/PERFORMANCE.md): with glibc's
 *  defaults the heap kept 20 MB and more of freed space after fifty visits.
 *  Decoded pictures are megabytes each; once one is freed, glibc raises its
 *  mmap threshold and serves the next from the heap, where they leave holes,
 *  and every thread that allocates (GStreamer's, the image loader's, …) gets
 *  an arena of its own to fragment. A fixed threshold gives large blocks
 *  back to the system on free, and two arenas are plenty for two cores.
 *
 *  MALLOC_MMAP_THRESHOLD_ or MALLOC_ARENA_MAX in the environment win. */
namespace MemoryTuning {

void apply();

} // namespace MemoryTuning
