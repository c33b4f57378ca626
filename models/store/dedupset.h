#pragma once

#include <QtGlobal>

#include <cstdint>
#include <string_view>
#include <vector>

namespace Funnelscope {

/**
 * The dedup keys of a workspace's events, as an open-addressing multimap from a key's
 * 64-bit hash to the id of the event that has it. A hash seen before only names
 * candidates: the writer compares the stored keys, so two keys that share a hash are
 * still told apart. 12 bytes a slot, at most 70 % full (ids up to 2^32).
 */
class DedupSet
{
public:
    static quint64 hash(std::string_view key);

    /** Calls @p visit(id) for each event stored under @p hash until it returns true; returns whether one did. */
    template<typename Visit>
    bool anyOf(quint64 hash, Visit visit) const
    {
        if (mHashes.empty())
            return false;
        hash = hash ? hash : 1;
        for (size_t slot = hash & mMask; mHashes[slot] != 0; slot = (slot + 1) & mMask) {
            if (mHashes[slot] == hash && visit(qint64(mIds[slot])))
                return true;
        }
        return false;
    }
    void insert(quint64 hash, qint64 id);
    /**
     * In one probe: unless @p same(id) holds for an event under @p hash, stores @p id
     * under it and returns true; returns false (storing nothing) when one does.
     */
    template<typename Same>
    bool insertUnlessAny(quint64 hash, qint64 id, Same same)
    {
        if ((mSize + 1) * 10 > mHashes.size() * 7)
            grow();
        hash = hash ? hash : 1;
        size_t slot = hash & mMask;
        for (; mHashes[slot] != 0; slot = (slot + 1) & mMask) {
            if (mHashes[slot] == hash && same(qint64(mIds[slot])))
                return false;
        }
        checkId(id);
        mHashes[slot] = hash;
        mIds[slot] = quint32(id);
        ++mSize;
        return true;
    }
    size_t size() const { return mSize; }

private:
    static void checkId(qint64 id);
    void grow();

    std::vector<quint64> mHashes; // 0: empty slot
    std::vector<quint32> mIds;
    size_t mMask = 0;
    size_t mSize = 0;
};

} // namespace Funnelscope
