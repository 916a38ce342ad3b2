#include "kiosk/memorytuning.h"

#include <cstdlib>

#include <malloc.h>

namespace MemoryTuning {

void apply()
{
    if (!std::getenv("MALLOC_MMAP_THRESHOLD_"))
        ::mallopt(M_MMAP_THRESHOLD, 128 * 1024); // glibc's starting value, kept fixed
    if (!std::getenv("MALLOC_ARENA_MAX"))
        ::mallopt(M_ARENA_MAX, 2);
}

} // namespace MemoryTuning
