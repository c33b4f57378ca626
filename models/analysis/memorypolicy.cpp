#include "memorypolicy.h"

#include <cstdlib> // defines __GLIBC__ on glibc

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace Funnelscope::MemoryPolicy {

void apply()
{
#ifdef __GLIBC__
    mallopt(M_MMAP_THRESHOLD, 1 << 20);
    // Setting the threshold also fixes the heap's trim threshold at its default, 128 KiB:
    // a block of up to a MiB freed at the heap's top went back to the system at once, and
    // the next one came as fresh pages (SQLite's record of each blob part an import
    // stores: a page fault every 4 KiB). Up to 16 MiB free at the top stay;
    // releaseFreed() gives them back after the work.
    mallopt(M_TRIM_THRESHOLD, 16 << 20);
#endif
}

void releaseFreed()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

} // namespace Funnelscope::MemoryPolicy
