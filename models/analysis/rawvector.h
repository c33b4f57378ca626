#pragma once

#include <memory>
#include <new>
#include <type_traits>
#include <utility>
#include <vector>

namespace Funnelscope {

/**
 * An allocator whose resize() leaves new elements uninitialized instead of zeroing them:
 * for columns that are filled right after (read from a segment, gathered by a merge).
 * Zeroing first touched every page of a fresh 100 MB column on one thread before the
 * data was written; without it the pages are touched once, by whoever writes them.
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
