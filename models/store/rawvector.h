#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <functional>
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
 * Makes the pages of @p bytes at @p data in one call, where the system can (only a hint),
 * when they are at least @p minimum: a page fault a page, as a fresh block is first
 * written, cost a third of a merge's time and a quarter of reading a workspace's dictionaries.
 */
inline void populatePages(void *data, std::size_t bytes, std::size_t minimum = std::size_t(1) << 20)
{
#ifdef MADV_POPULATE_WRITE
    constexpr std::uintptr_t page = 4096;
    if (bytes >= minimum) {
        const auto begin = (reinterpret_cast<std::uintptr_t>(data) + page - 1) & ~(page - 1);
        const auto end = (reinterpret_cast<std::uintptr_t>(data) + bytes) & ~(page - 1);
        if (end > begin)
            madvise(reinterpret_cast<void *>(begin), end - begin, MADV_POPULATE_WRITE); // failing is fine
    }
#else
    (void)data;
    (void)bytes;
    (void)minimum;
#endif
}

/**
 * Gives the pages wholly inside [@p data, @p data + @p bytes) back to the system, where it
 * can: their contents are lost (zero when next touched), so only for memory read for the
 * last time and not freed yet.
 */
inline void releasePages(void *data, std::size_t bytes)
{
#ifdef MADV_DONTNEED
    constexpr std::uintptr_t page = 4096;
    const auto begin = (reinterpret_cast<std::uintptr_t>(data) + page - 1) & ~(page - 1);
    const auto end = (reinterpret_cast<std::uintptr_t>(data) + bytes) & ~(page - 1);
    if (end > begin)
        madvise(reinterpret_cast<void *>(begin), end - begin, MADV_DONTNEED); // failing is fine
#else
    (void)data;
    (void)bytes;
#endif
}

/**
 * A block of at least 2 MB, in whole huge pages where the system has them: aligned and
 * sized to 2 MB and marked MADV_HUGEPAGE (only a hint; the kernel's transparent huge
 * pages may be off), and for a column made in one call. A column read from a
 * segment into 4 KB pages took a fault and a page-table entry a page: on a virtual
 * machine whose page tables the hypervisor shadows, making and first writing the 285 MB
 * of the 10M shop's columns took 0.8 s, in huge pages 0.03 to 0.1 s.
 */
struct LargeBlock
{
    static constexpr std::size_t alignment = std::size_t(2) << 20;
    static bool isLarge(std::size_t bytes) { return bytes >= alignment; }
    static std::size_t rounded(std::size_t bytes) { return (bytes + alignment - 1) & ~(alignment - 1); }

    /** With @p populate, its pages are made at once (it is filled right away). */
    static void *allocate(std::size_t bytes, bool populate)
    {
        if (bytes > std::size_t(PTRDIFF_MAX) - alignment)
            throw std::bad_alloc();
        void *block = ::operator new(rounded(bytes), std::align_val_t(alignment));
#ifdef MADV_HUGEPAGE
        madvise(block, rounded(bytes), MADV_HUGEPAGE); // failing is fine
#endif
        if (populate)
            populatePages(block, bytes); // not the rest of the last 2 MB, unless in a huge page
        return block;
    }
    static void deallocate(void *block) noexcept
    {
        // Not the sized form: clang declares it only with -fsized-deallocation.
        ::operator delete(block, std::align_val_t(alignment));
    }
};

/**
 * The allocator of a report's working vectors (a cohort's members, a funnel's units and
 * step times) and, with @p Populate, of columns: a large block is a LargeBlock. Without
 * @p Populate its pages are made as they are first written, so the room reserved for a
 * unit per user and never used is never made; with it they are made at once.
 */
template<typename T, bool Populate = false>
class LargeBlockAllocator : public std::allocator<T>
{
public:
    template<typename U>
    struct rebind
    {
        using other = LargeBlockAllocator<U, Populate>;
    };
    LargeBlockAllocator() noexcept = default;
    template<typename U>
    LargeBlockAllocator(const LargeBlockAllocator<U, Populate> &) noexcept
    {
    }
    T *allocate(std::size_t n)
    {
        if (n > std::size_t(PTRDIFF_MAX) / sizeof(T))
            throw std::bad_array_new_length();
        if (LargeBlock::isLarge(n * sizeof(T)))
            return static_cast<T *>(LargeBlock::allocate(n * sizeof(T), Populate));
        return std::allocator<T>::allocate(n);
    }
    void deallocate(T *p, std::size_t n) noexcept
    {
        if (LargeBlock::isLarge(n * sizeof(T)))
            LargeBlock::deallocate(p);
        else
            std::allocator<T>::deallocate(p, n);
    }
};

/** A report's working vector (LargeBlockAllocator). */
template<typename T>
using LargeVector = std::vector<T, LargeBlockAllocator<T>>;

/**
 * Empties @p vector and gives its memory back. (`vector = {}` does not: it is the
 * initializer_list assignment, which keeps the capacity, so a table's working arrays
 * "freed" that way were held until they went out of scope.)
 */
template<typename Vector>
void freeStorage(Vector &vector) noexcept
{
    Vector().swap(vector);
}

/**
 * Appends every element of @p from to @p to (which has the room: reserve() it first)
 * through @p convert (as it is by default), giving @p from's pages back 2 MB at a time as they are copied, then
 * empties @p from: a result's parts joined without being held twice (at 100M events a
 * funnel's half of its units and times, 260 MB, at its peak).
 */
template<typename T, typename Convert = std::identity>
void appendReleasing(LargeVector<T> &to, LargeVector<T> &from, Convert convert = {})
{
    constexpr std::size_t chunk = (std::size_t(2) << 20) / sizeof(T);
    char *const base = reinterpret_cast<char *>(from.data());
    std::size_t released = 0; // bytes of from given back (releasePages() rounds to its pages)
    for (std::size_t at = 0; at < from.size(); at += chunk) {
        const std::size_t end = std::min(from.size(), at + chunk);
        for (std::size_t i = at; i < end; ++i)
            to.push_back(convert(from[i]));
        releasePages(base + released, end * sizeof(T) - released);
        released = end * sizeof(T) & ~std::size_t(4095); // where the next call's whole pages begin, at most
    }
    freeStorage(from);
}

/**
 * An allocator for columns that are filled right after they are made (read from a
 * segment, gathered by a merge): resize() leaves new elements uninitialized instead of
 * zeroing them, and a large block is a LargeBlock with its pages made in one call
 * (MADV_POPULATE_WRITE, where the system has it). Zeroing first touched every page of a
 * fresh 100 MB column on one thread before the data was written; page by page, the
 * faults were a third of a merge's time.
 */
template<typename T>
class DefaultInitAllocator : public LargeBlockAllocator<T, true>
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
