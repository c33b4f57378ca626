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
#ifdef MADV_POPULATE_WRITE
        constexpr std::uintptr_t page = 4096;
        const std::size_t bytes = n * sizeof(T);
        if (bytes >= (std::size_t(1) << 21)) {
            const auto begin = (reinterpret_cast<std::uintptr_t>(p) + page - 1) & ~(page - 1);
            const auto end = (reinterpret_cast<std::uintptr_t>(p) + bytes) & ~(page - 1);
            if (end > begin)
                madvise(reinterpret_cast<void *>(begin), end - begin, MADV_POPULATE_WRITE); // only a hint: failing is fine
        }
#endif
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
