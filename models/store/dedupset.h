#pragma once

#include "rawvector.h"

#include <QtGlobal>

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

namespace Funnelscope {

/** What probing the dedup keys (DedupSet::insertIfNew()) found for an event's key. */
struct KeyCheck
{
    bool isNew = true;              ///< no event has it: it went into the keys
    std::vector<qint64> candidates; ///< else the events (ids or refs) that may have it
};

/**
 * The dedup keys of a workspace's events, as a multimap from a key's hash to the id of
 * the event that has it. An entry is 64 bits: a 32-bit fingerprint of the hash and the
 * event's id (ids up to 2^32). A fingerprint seen before only names candidates: the
 * writer compares the stored keys, so keys that share a fingerprint are still told apart.
 *
 * Two parts. The keys of the events stored before the import are one array sorted by
 * entry (setStored(): each import keeps its own sorted, they are merged, not hashed), found
 * through a directory of the fingerprints' top bits: reading 10 million stored keys is
 * reading 80 MB, where inserting them into a hash table cost a second. The import's own
 * keys go into an open-addressing table whose slot a fingerprint picks, at most 80 % of
 * the slots in use (reserve() sizes it once); takeSorted() turns it into the import's
 * sorted entries in place. An import probes it on whichever of its threads has time
 * (EventWriter::probeKey()).
 */
class DedupSet
{
public:
    /** Entries (fingerprint << 32 | id) in large blocks: 95 MB of them at 10M events. */
    using Entries = LargeVector<quint64>;

    static quint64 hash(std::string_view key);

    /** Stores @p id under @p hash (also when events are stored under it already). */
    void insert(quint64 hash, qint64 id);
    /**
     * In one probe: stores @p id under @p hash and returns true when no event is stored
     * under it yet; else returns false, storing nothing, and sets @p candidates to the
     * events stored under it (in no particular order): the caller compares their keys.
     */
    bool insertIfNew(quint64 hash, qint64 id, std::vector<qint64> &candidates)
    {
        candidates.clear();
        const quint32 print = fingerprint(hash);
        findStored(print, candidates);
        const size_t slot = freeSlot(print, [&candidates](qint64 stored) { candidates.push_back(stored); });
        if (!candidates.empty())
            return false;
        store(slot, print, id);
        return true;
    }
    /**
     * Asks for what probing @p hash reads to be in cache (for a probe a little later): its
     * slot, and the stored entries its directory entry names (call prefetchDirectory()
     * a little earlier still).
     *
     * Always inlined: GCC takes a function that only reads memory and prefetches for one
     * without effects (pure) and drops the calls to it. Until 2026-12-04 none of these
     * prefetches was left in the program, and the probes waited for memory one after
     * another (11.8M random keys: 0.72 s, 0.31 s with them).
     */
    [[gnu::always_inline]] void prefetch(quint64 hash) const
    {
        const quint32 print = fingerprint(hash);
        if (!mSlots.empty())
            __builtin_prefetch(&mSlots[slotOf(print, mSlots.size())]);
        if (!mStored.empty())
            __builtin_prefetch(&mStored[mDirectory[print >> mShift]]);
    }
    [[gnu::always_inline]] void prefetchDirectory(quint64 hash) const
    {
        if (!mStored.empty())
            __builtin_prefetch(&mDirectory[fingerprint(hash) >> mShift]);
    }
    /** The keys in the table (the stored ones not counted). */
    size_t size() const { return mSize; }
    size_t storedSize() const { return mStored.size(); }
    /** The table's slots (a fifth or more stay free). */
    size_t capacity() const { return mSlots.size(); }

    /** An entry as stored and kept with an import (EventWriter::storeKeys()): fingerprint << 32 | id. */
    static quint64 entry(quint64 hash, qint64 id) { return (quint64(fingerprint(hash)) << 32) | quint64(id); }
    /** Room for @p keys keys in the table (an estimate; more only cost a bigger table later). */
    void reserve(size_t keys);

    /** The keys stored before, sorted, and the directory that finds a fingerprint's among them. */
    struct Stored
    {
        Entries entries;
        std::vector<quint32> directory; ///< where each value of a fingerprint's top bits begins, and the end
        int shift = 32;                 ///< a fingerprint's bucket: print >> shift
    };
    /**
     * @p entries sorted (sortEntries()) with their directory: made on the thread that
     * read them (at 11.8M keys the directory took 0.09 s of the append's first phase).
     */
    static Stored index(Entries entries);
    /**
     * Sets the keys stored before. Probes then name the events stored under a
     * fingerprint as candidates too.
     */
    void setStored(Stored stored);
    void setStored(Entries entries) { setStored(index(std::move(entries))); }
    /**
     * The table's entries sorted, after @p convert(entry) has given each its final form
     * (converting must keep a fingerprint's entries in the order of their ids); empties
     * the table. Reuses the table's memory.
     */
    template<typename Convert>
    Entries takeSorted(Convert convert)
    {
        // In the order of the slots, an entry sits at or a little after the slot its
        // fingerprint picks, except those that wrapped from the end to the front.
        std::vector<quint64> wrapped;
        size_t kept = 0;
        for (size_t slot = 0; slot < mSlots.size(); ++slot) {
            const quint64 entry = mSlots[slot];
            if (entry == 0)
                continue;
            if (slotOf(quint32(entry >> 32), mSlots.size()) > slot)
                wrapped.push_back(convert(entry));
            else
                mSlots[kept++] = convert(entry);
        }
        mSlots.resize(kept);
        mSlots.insert(mSlots.end(), wrapped.begin(), wrapped.end());
        Entries entries = std::move(mSlots);
        mSlots = {};
        mSize = 0;
        sortEntries(entries.data(), entries.size());
        return entries;
    }
    /**
     * Sorts the @p count entries at @p entries in place; fast when they are nearly sorted
     * (the order of a table's slots, or a workspace's kept keys): each entry moves back
     * only a few places, those from further away are sorted aside and merged in.
     */
    static void sortEntries(quint64 *entries, size_t count);
    /** Merges sorted runs of entries (ends of each run in @p ends) into one sorted array. */
    static void mergeRuns(Entries &entries, std::vector<size_t> ends);

private:
    /** The hash folded to 32 bits, never 0 (an empty slot). */
    static quint32 fingerprint(quint64 hash)
    {
        const auto print = quint32(hash ^ (hash >> 32));
        return print ? print : 1;
    }
    /** A slot of @p slots for a fingerprint: its place in the range (fingerprints are uniform). */
    static size_t slotOf(quint32 print, size_t slots) { return size_t((quint64(print) * slots) >> 32); }
    static void checkId(qint64 id);
    /** Appends the ids of the stored entries with @p print to @p candidates. */
    void findStored(quint32 print, std::vector<qint64> &candidates) const
    {
        if (mStored.empty())
            return;
        const size_t bucket = print >> mShift;
        for (size_t i = mDirectory[bucket], end = mDirectory[bucket + 1]; i < end; ++i) {
            const auto stored = quint32(mStored[i] >> 32);
            if (stored == print)
                candidates.push_back(qint64(quint32(mStored[i])));
            else if (stored > print)
                break;
        }
    }
    /**
     * Makes room for one more key if needed, then walks from @p print's slot to the first
     * free one, calling @p stored(id) for each event stored under the fingerprint on the way.
     */
    template<typename Stored>
    size_t freeSlot(quint32 print, Stored stored)
    {
        if ((mSize + 1) * 5 > mSlots.size() * 4)
            reserve(std::max<size_t>(mSize * 3 / 2, 1 << 16));
        size_t slot = slotOf(print, mSlots.size());
        for (; mSlots[slot] != 0; slot = slot + 1 == mSlots.size() ? 0 : slot + 1) {
            if (quint32(mSlots[slot] >> 32) == print)
                stored(qint64(quint32(mSlots[slot])));
        }
        return slot;
    }
    void store(size_t slot, quint32 print, qint64 id)
    {
        checkId(id);
        mSlots[slot] = (quint64(print) << 32) | quint64(id);
        ++mSize;
    }

    Entries mSlots; // fingerprint << 32 | id; 0: empty
    size_t mSize = 0;
    Entries mStored;     // the keys stored before, sorted
    std::vector<quint32> mDirectory;  // where in mStored each value of a fingerprint's top bits begins, and the end
    int mShift = 32;                  // a fingerprint's bucket: print >> mShift
};

} // namespace Funnelscope
