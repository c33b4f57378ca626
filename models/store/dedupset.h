#pragma once

#include <QtGlobal>

#include <cstdint>
#include <string_view>
#include <vector>

namespace Funnelscope {

/**
 * The dedup keys a bulk import has written, as an open-addressing multimap from a key's
 * 64-bit hash to the event that had it (its row id's offset from the import's first).
 * A hash seen before only names candidates: the writer compares the stored keys, so two
 * keys that share a hash are still told apart. 12 bytes a slot, at most 70 % full.
 */
class DedupSet
{
public:
    static quint64 hash(std::string_view key);

    /** Calls @p visit(offset) for each event stored under @p hash until it returns true; returns whether one did. */
    template<typename Visit>
    bool anyOf(quint64 hash, Visit visit) const
    {
        if (mHashes.empty())
            return false;
        hash = hash ? hash : 1;
        for (size_t slot = hash & mMask; mHashes[slot] != 0; slot = (slot + 1) & mMask) {
            if (mHashes[slot] == hash && visit(mOffsets[slot]))
                return true;
        }
        return false;
    }
    void insert(quint64 hash, quint32 offset);
    size_t size() const { return mSize; }

private:
    void grow();

    std::vector<quint64> mHashes; // 0: empty slot
    std::vector<quint32> mOffsets;
    size_t mMask = 0;
    size_t mSize = 0;
};

} // namespace Funnelscope
