#pragma once

#include <algorithm>
#include <thread>
#include <vector>

namespace Funnelscope {

/** Splitting an engine's work across the processor's cores. */
namespace Parallel {

constexpr int maxParts = 8;

/**
 * Runs @p work(part, begin, end) over [0, count) split in one part per core, each on a
 * thread of its own (all on the caller's thread when the work is small); returns the
 * number of parts. Parts are numbered in the order of their ranges, so results kept per
 * part and joined by part number come out in the order a single loop would give.
 */
template<typename Work>
int forRanges(size_t count, Work work)
{
    const int parts = count < 100'000 ? 1 : std::clamp(int(std::thread::hardware_concurrency()), 1, maxParts);
    std::vector<std::thread> threads;
    for (int part = 1; part < parts; ++part)
        threads.emplace_back(work, part, count * size_t(part) / size_t(parts), count * size_t(part + 1) / size_t(parts));
    work(0, size_t(0), count / size_t(parts));
    for (std::thread &thread : threads)
        thread.join();
    return parts;
}

} // namespace Parallel

} // namespace Funnelscope
