#pragma once

namespace Funnelscope::MemoryPolicy {

/**
 * Call first in main(). Blocks of 1 MiB and more (an event table's columns, an import's
 * dictionaries and dedup keys) get memory of their own from the system and give it back
 * when freed. Left to itself glibc raises that threshold to the biggest block freed, and
 * the next big blocks stay in the heap: after an import of 10 million events the window
 * kept 180 MB it no longer used.
 */
void apply();

/** Hands memory freed in the heap back to the system (after work of millions of small blocks). */
void releaseFreed();

} // namespace Funnelscope::MemoryPolicy
