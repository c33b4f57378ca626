#pragma once

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
 * The dedup keys of a workspace's events, as an open-addressing multimap from a key's
 * hash to the id of the event that has it: one 64-bit slot holds a 32-bit fingerprint of
 * the hash (which also picks the slot) and the event's id (ids up to 2^32), at most 80 %
 * of the slots in use, so 10 million keys take 100 MB when the number is known in
 * advance (reserve()). A fingerprint seen before only names candidates: the writer
 * compares the stored keys, so keys that share a fingerprint are still told apart.
 * An import probes it on whichever of its threads has time (EventWriter::probeKey()).
 */
class DedupSet
{
public:
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
        const size_t slot = freeSlot(print, [&candidates](qint64 stored) { candidates.push_back(stored); });
        if (!candidates.empty())
            return false;
        store(slot, print, id);
        return true;
    }
    /** Asks for the slot of @p hash to be in cache (for a probe a little later). */
    void prefetch(quint64 hash) const
    {
        if (!mSlots.empty())
            __builtin_prefetch(&mSlots[slotOf(fingerprint(hash), mSlots.size())]);
    }
    size_t size() const { return mSize; }

    /** An entry as stored and kept with an import (EventWriter::storeKeys()): fingerprint << 32 | id. */
    static quint64 entry(quint64 hash, qint64 id) { return (quint64(fingerprint(hash)) << 32) | quint64(id); }
    /** Stores an entry (also when events are stored under its fingerprint already). */
    void insertEntry(quint64 entry)
    {
        const auto print = quint32(entry >> 32);
        store(freeSlot(print, [](qint64) {}), print, qint64(quint32(entry)));
    }
    /**
     * Calls @p visit(entry) for every key, in the order of the slots, which is nearly the
     * order of the fingerprints: entries inserted in this order into another set go to
     * nearby slots one after another (a scan, not a cache miss each).
     */
    template<typename Visit>
    void forEach(Visit visit) const
    {
        for (const quint64 slot : mSlots) {
            if (slot != 0)
                visit(slot);
        }
    }
    /** Room for @p keys keys in all (an estimate; more only cost a bigger table later). */
    void reserve(size_t keys);

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

    std::vector<quint64> mSlots; // fingerprint << 32 | id; 0: empty
    size_t mSize = 0;
};

} // namespace Funnelscope
