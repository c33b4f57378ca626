#pragma once

#include "tasks/workerpool.h"

#include <QSemaphore>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <memory>
#include <thread>

namespace Funnelscope {

/** Splitting an engine's work across the processor's cores. */
namespace Parallel {

constexpr int maxParts = 8;

/**
 * Runs @p work(part, begin, end) over [0, count) split in one part per core (all on the
 * caller's thread when the work is small); returns the number of parts. Parts are
 * numbered in the order of their ranges, so results kept per part and joined by part
 * number come out in the order a single loop would give.
 *
 * The other parts run on the shared workerPool(), never on threads of their own; the
 * caller takes parts too and only waits for parts already started, so a report running
 * on a pool thread cannot wait for threads the pool does not have, and reports being
 * replaced never add up to more threads than cores.
 */
template<typename Work>
int forRanges(size_t count, Work work)
{
    const int parts = count < 100'000 ? 1 : std::clamp(int(std::thread::hardware_concurrency()), 1, maxParts);
    if (parts == 1) {
        work(0, size_t(0), count);
        return 1;
    }
    struct Shared
    {
        std::atomic<int> next{0};
        std::atomic<int> done{0};
        QSemaphore finished;
    };
    const auto shared = std::make_shared<Shared>();
    const auto takeParts = [shared, parts, count, &work] {
        for (int part = shared->next++; part < parts; part = shared->next++) {
            work(part, count * size_t(part) / size_t(parts), count * size_t(part + 1) / size_t(parts));
            if (++shared->done == parts)
                shared->finished.release();
        }
    };
    for (int helper = 1; helper < parts; ++helper)
        workerPool().start(takeParts);
    takeParts();
    shared->finished.acquire();
    return parts;
}

} // namespace Parallel

} // namespace Funnelscope
