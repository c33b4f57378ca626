#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <type_traits>
#include <utility>
#include <vector>

#if __has_include(<sys/mman.h>)
#include <sys/mman.h>
#endif

namespace Funnelscope {

/**
 * Makes the pages of @p bytes at @p data in one call, where the system can (only a hint):
 * a page fault a page, as a fresh block is first written, cost a third of a merge's time
 * and a quarter of reading a workspace's dictionaries.
 */
inline void populatePages(void *data, std::size_t bytes)
{
#ifdef MADV_POPULATE_WRITE
    constexpr std::uintptr_t page = 4096;
    if (bytes >= (std::size_t(1) << 20)) {
        const auto begin = (reinterpret_cast<std::uintptr_t>(data) + page - 1) & ~(page - 1);
        const auto end = (reinterpret_cast<std::uintptr_t>(data) + bytes) & ~(page - 1);
        if (end > begin)
            madvise(reinterpret_cast<void *>(begin), end - begin, MADV_POPULATE_WRITE); // failing is fine
    }
#else
    (void)data;
    (void)bytes;
#endif
}

/**
 * An allocator for columns that are filled right after they are made (read from a
 * segment, gathered by a merge): resize() leaves new elements uninitialized instead of
 * zeroing them, and a large block has its pages made in one call (MADV_POPULATE_WRITE,
 * where the system has it) instead of one fault a page as it is first written. Zeroing
 * first touched every page of a fresh 100 MB column on one thread before the data was
 * written; page by page, the faults were a third of a merge's time.
 */
template<typename T>
class DefaultInitAllocator : public std::allocator<T>
{
public:
    template<typename U>
    struct rebind
    {
        using other = DefaultInitAllocator<U>;
    };
    DefaultInitAllocator() noexcept = default;
    template<typename U>
    DefaultInitAllocator(const DefaultInitAllocator<U> &) noexcept
    {
    }
    T *allocate(std::size_t n)
    {
        T *p = std::allocator<T>::allocate(n);
        if (n * sizeof(T) >= (std::size_t(1) << 21))
            populatePages(p, n * sizeof(T));
        return p;
    }
    template<typename U>
    void construct(U *p) noexcept(std::is_nothrow_default_constructible_v<U>)
    {
        ::new (static_cast<void *>(p)) U;
    }
    template<typename U, typename... Args>
    void construct(U *p, Args &&...args)
    {
        ::new (static_cast<void *>(p)) U(std::forward<Args>(args)...);
    }
};

/** A vector of plain values whose resize() does not zero them (DefaultInitAllocator). */
template<typename T>
using RawVector = std::vector<T, DefaultInitAllocator<T>>;

} // namespace Funnelscope
