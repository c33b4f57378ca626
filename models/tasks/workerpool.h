#pragma once

class QThreadPool;

namespace Funnelscope {

/**
 * The threads every piece of background work shares: page workers and the engines'
 * parallel ranges (Parallel::forRanges) alike, as many as the processor has cores, so
 * stale reports being cancelled never pile up into more threads than cores.
 */
QThreadPool &workerPool();

} // namespace Funnelscope
