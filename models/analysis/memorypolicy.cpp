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
#endif
}

void releaseFreed()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

} // namespace Funnelscope::MemoryPolicy
