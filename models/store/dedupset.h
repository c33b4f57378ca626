#pragma once

#include <QtGlobal>

#include <cstdint>
#include <string_view>
#include <vector>

namespace Funnelscope {

/**
 * The dedup keys of a workspace's events, as an open-addressing multimap from a key's
 * hash to the id of the event that has it: one 64-bit slot holds a 32-bit fingerprint of
 * the hash and the event's id (ids up to 2^32), at most 70 % of the slots in use, so 10
 * million keys take 128 MB. A fingerprint seen before only names candidates: the writer
 * compares the stored keys, so keys that share a fingerprint are still told apart.
 */
class DedupSet
{
public:
    static quint64 hash(std::string_view key);

    void insert(quint64 hash, qint64 id);
    /**
     * In one probe: calls @p same(id) for each event stored under @p hash (its candidates,
     * in the order stored); unless one returns true, stores @p id under the hash and
     * returns true; returns false (storing nothing) when one does.
     */
    template<typename Same>
    bool insertUnlessAny(quint64 hash, qint64 id, Same same)
    {
        if ((mSize + 1) * 10 > mSlots.size() * 7)
            grow();
        const quint32 print = fingerprint(hash);
        size_t slot = print & mMask;
        for (; mSlots[slot] != 0; slot = (slot + 1) & mMask) {
            if (quint32(mSlots[slot] >> 32) == print && same(qint64(quint32(mSlots[slot]))))
                return false;
        }
        checkId(id);
        mSlots[slot] = (quint64(print) << 32) | quint64(id);
        ++mSize;
        return true;
    }
    size_t size() const { return mSize; }

private:
    /** The hash folded to 32 bits, never 0 (an empty slot). */
    static quint32 fingerprint(quint64 hash)
    {
        const auto print = quint32(hash ^ (hash >> 32));
        return print ? print : 1;
    }
    static void checkId(qint64 id);
    void grow();

    std::vector<quint64> mSlots; // fingerprint << 32 | id; 0: empty
    size_t mMask = 0;
    size_t mSize = 0;
};

} // namespace Funnelscope
