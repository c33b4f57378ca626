#pragma once

#include "rawvector.h"

#include <QtGlobal>

#include <algorithm>
#include <cstdint>
#include <memory>
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
 * the event that has it: a 32-bit fingerprint of the hash and the event's id (ids up to
 * 2^32 - 2). A fingerprint seen before only names candidates: the writer compares the
 * stored keys, so keys that share a fingerprint are still told apart.
 *
 * Two parts. The keys of the events stored before the import are one array sorted by
 * entry (fingerprint << 32 | id; setStored(): each import keeps its own sorted, they are
 * merged, not hashed), found through a directory of the fingerprints' top bits: reading
 * 10 million stored keys is reading 80 MB, where inserting them into a hash table cost a
 * second. The import's own keys go into a table of 65,536 parts, one for each value of a
 * fingerprint's top 16 bits: a slot keeps the other 16 bits and the id, 6 bytes where a
 * whole entry took 8 (at 100M events the table was over half the import's peak). While
 * the ids are within 2^28 - 2 of the first (setIdBase()), a slot keeps 28 bits of the id
 * and 4 more bits of the hash: keys that share the 32-bit fingerprint but not those are
 * not named as candidates, whose stored key the writer must read back to compare (at
 * 100M keys 1.6 million such reads, a tenth of the import's time, a sixteenth now);
 * an id beyond turns every slot to the whole id and the fingerprint alone. A part is an
 * open-addressing table whose slot the fingerprint picks; reserve() makes every part at
 * once, in one block, and a part that fills past nine tenths grows alone (no moment
 * holds an old and a new table of the whole). An import probes it on whichever of its
 * threads has time (EventWriter::probeKey()) and takes its keys out sorted, a part at a
 * time (takeSorted()).
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
     * In one probe: stores @p id under @p hash and returns true when no event may have
     * its key; else returns false, storing nothing, and sets @p candidates to the events
     * that may (in no particular order): the caller compares their keys. The candidates
     * are the stored events with @p hash's 32-bit fingerprint, and the table's with it and
     * (while its ids are narrow) 4 more bits of the hash alike.
     */
    bool insertIfNew(quint64 hash, qint64 id, std::vector<qint64> &candidates)
    {
        candidates.clear();
        const quint32 print = fingerprint(hash);
        findStored(print, candidates);
        Part &part = partOf(print);
        const size_t slot = freeSlot(part, quint16(print), extraOf(hash), [&candidates](qint64 stored) { candidates.push_back(stored); });
        if (!candidates.empty())
            return false;
        store(part, slot, quint16(print), extraOf(hash), id);
        return true;
    }
    /**
     * The ids to come start at @p first (call while the table is empty): ids within 2^28 - 2
     * of it keep the table's 4 more bits of the hash.
     */
    void setIdBase(qint64 first);
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
        if (!mParts.empty()) {
            const Part &part = mParts[print >> restBits];
            if (part.capacity > 0)
                __builtin_prefetch(part.slots + slotOf(quint16(print), part.capacity));
        }
        if (!mStored.empty())
            __builtin_prefetch(&mStored[mDirectory[print >> mShift]]);
    }
    /** Asks for where a probe of @p hash looks first: its part, and its stored keys' directory entry. */
    [[gnu::always_inline]] void prefetchDirectory(quint64 hash) const
    {
        const quint32 print = fingerprint(hash);
        if (!mParts.empty())
            __builtin_prefetch(&mParts[print >> restBits]);
        if (!mStored.empty())
            __builtin_prefetch(&mDirectory[print >> mShift]);
    }
    /** The keys in the table (the stored ones not counted). */
    size_t size() const { return mSize; }
    size_t storedSize() const { return mStored.size(); }
    /** The table's slots, of all its parts (a tenth or more of each stays free). */
    size_t capacity() const;

    /** An entry as stored and kept with an import (EventWriter::storeKeys()): fingerprint << 32 | id. */
    static quint64 entry(quint64 hash, qint64 id) { return (quint64(fingerprint(hash)) << 32) | quint64(id); }
    /** Room for @p keys keys in the table (an estimate: a part that fills grows alone). */
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
     * Empties the table, giving its entries in sorted order to @p write(const quint64 *,
     * size_t count), a part (those of one value of the fingerprint's top 16 bits) at a
     * time, after @p convert(entry) has given each its final form (converting must keep a
     * fingerprint's entries in the order of their ids), with the sorted entries @p extra
     * (that were not put into the table) merged in. A part's memory is reused; the whole
     * table's is given back at the end: the entries are never all held at once.
     */
    template<typename Convert, typename Write>
    void takeSorted(Convert convert, const std::vector<quint64> &extra, Write write)
    {
        std::vector<quint64> sorted;
        std::vector<quint64> wrapped;
        auto nextExtra = extra.begin();
        for (size_t index = 0; index < mParts.size(); ++index) {
            Part &part = mParts[index];
            // In the order of the slots, an entry sits at or a little after the slot its
            // fingerprint picks, except those that wrapped from the end to the front.
            sorted.clear();
            wrapped.clear();
            for (size_t slot = 0; slot < part.capacity; ++slot) {
                const Slot &at = part.slots[slot];
                if (at.isEmpty())
                    continue;
                const quint64 entry = convert((quint64((quint32(index) << restBits) | at.rest) << 32) | quint64(idOf(at)));
                (slotOf(at.rest, part.capacity) > slot ? wrapped : sorted).push_back(entry);
            }
            sorted.insert(sorted.end(), wrapped.begin(), wrapped.end());
            for (; nextExtra != extra.end() && (*nextExtra >> (32 + restBits)) == index; ++nextExtra)
                sorted.push_back(*nextExtra);
            sortEntries(sorted.data(), sorted.size());
            if (!sorted.empty())
                write(static_cast<const quint64 *>(sorted.data()), sorted.size());
            part = Part(); // its own block, if it grew, freed
        }
        if (nextExtra != extra.end()) // without a table (no key went in)
            write(&*nextExtra, size_t(extra.end() - nextExtra));
        clearTable();
    }
    /**
     * Sorts the @p count entries at @p entries in place; fast when they are nearly sorted
     * (the order of a table's slots, or a workspace's kept keys): each entry moves back
     * only a few places, those from further away are sorted aside and merged in.
     */
    static void sortEntries(quint64 *entries, size_t count);
    /** Merges sorted runs of entries (ends of each run in @p ends) into one sorted array. */
    static void mergeRuns(Entries &entries, std::vector<size_t> ends);

    static constexpr int restBits = 16; ///< a fingerprint's bits kept in a slot; the others pick its part
    static constexpr size_t partCount = size_t(1) << (32 - restBits);

private:
    /**
     * A slot of a part, 6 bytes: the fingerprint's low 16 bits, and 32 bits of the id:
     * narrow, 4 more bits of the hash and the id - base + 1 in 28 bits; wide, the id + 1.
     * 0: empty.
     */
    struct Slot
    {
        quint16 rest;
        quint16 idLow;
        quint16 idHigh;
        quint32 idBits() const { return (quint32(idHigh) << 16) | idLow; }
        void setIdBits(quint32 bits)
        {
            idLow = quint16(bits);
            idHigh = quint16(bits >> 16);
        }
        bool isEmpty() const { return idBits() == 0; }
    };
    static constexpr int narrowIdBits = 28;
    static constexpr quint32 narrowIdMask = (quint32(1) << narrowIdBits) - 1;
    /** The 4 more bits of the hash a narrow slot keeps (apart from those its fingerprint folds). */
    static quint32 extraOf(quint64 hash) { return quint32(hash >> 28) & 0xf; }
    quint32 idOf(const Slot &slot) const
    {
        return mNarrow ? quint32(qint64(slot.idBits() & narrowIdMask) - 1 + mIdBase) : slot.idBits() - 1;
    }
    /** Whether @p slot may hold a key of @p hash's, its fingerprint's rest @p rest and @p extra bits. */
    bool matches(const Slot &slot, quint16 rest, quint32 extra) const
    {
        return slot.rest == rest && (!mNarrow || (slot.idBits() >> narrowIdBits) == extra);
    }
    static_assert(sizeof(Slot) == 6);
    struct Part
    {
        Slot *slots = nullptr;        ///< in mBlock, or in grown once it grew
        std::unique_ptr<Slot[]> grown; ///< its own block, once it grew past mBlock's room
        quint32 capacity = 0;
        quint32 size = 0;
    };

    /** The hash folded to 32 bits, never 0. */
    static quint32 fingerprint(quint64 hash)
    {
        const auto print = quint32(hash ^ (hash >> 32));
        return print ? print : 1;
    }
    /** A slot of @p slots for a fingerprint's rest: its place in the range (fingerprints are uniform). */
    static size_t slotOf(quint16 rest, size_t slots) { return (size_t(rest) * slots) >> restBits; }
    static void checkId(qint64 id);
    Part &partOf(quint32 print)
    {
        if (mParts.empty())
            mParts.resize(partCount);
        return mParts[print >> restBits];
    }
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
     * Makes room in @p part for one more key if needed, then walks from @p rest's slot to
     * the first free one, calling @p stored(id) for each event stored under the fingerprint
     * on the way.
     */
    template<typename Stored>
    size_t freeSlot(Part &part, quint16 rest, quint32 extra, Stored stored)
    {
        if ((size_t(part.size) + 1) * 10 > size_t(part.capacity) * 9)
            grow(part, std::max<size_t>(size_t(part.capacity) * 3 / 2, 8));
        size_t slot = slotOf(rest, part.capacity);
        for (; !part.slots[slot].isEmpty(); slot = slot + 1 == part.capacity ? 0 : slot + 1) {
            if (matches(part.slots[slot], rest, extra))
                stored(qint64(idOf(part.slots[slot])));
        }
        return slot;
    }
    void store(Part &part, size_t slot, quint16 rest, quint32 extra, qint64 id)
    {
        checkId(id);
        if (mNarrow && (id < mIdBase || id - mIdBase >= qint64(narrowIdMask)))
            widen();
        Slot &at = part.slots[slot];
        at.rest = rest;
        at.setIdBits(mNarrow ? (extra << narrowIdBits) | quint32(id - mIdBase + 1) : quint32(id) + 1);
        ++part.size;
        ++mSize;
    }
    /** Turns every slot to a wide one (an id out of the narrow range came). */
    void widen();
    /** Moves @p part into @p capacity slots at @p slots (a block of its own when null). */
    void grow(Part &part, size_t capacity, Slot *slots = nullptr);
    void clearTable();

    std::vector<Part> mParts;  // partCount of them once a key went in
    LargeVector<Slot> mBlock;  // the parts made by reserve(), each mPartCapacity slots
    size_t mPartCapacity = 0;
    size_t mSize = 0;
    qint64 mIdBase = 0;
    bool mNarrow = true;
    Entries mStored;     // the keys stored before, sorted
    std::vector<quint32> mDirectory;  // where in mStored each value of a fingerprint's top bits begins, and the end
    int mShift = 32;                  // a fingerprint's bucket: print >> mShift
};

} // namespace Funnelscope
