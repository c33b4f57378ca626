#include "dedupset.h"

#include <limits>
#include <stdexcept>

namespace Funnelscope {

quint64 DedupSet::hash(std::string_view key)
{
    // FNV-1a, then a murmur finalizer so the low bits (the slot) depend on every byte.
    quint64 h = 0xcbf29ce484222325ull;
    for (const char c : key) {
        h ^= quint8(c);
        h *= 0x100000001b3ull;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    return h;
}

void DedupSet::checkId(qint64 id)
{
    if (id < 0 || id > qint64(std::numeric_limits<quint32>::max()))
        throw std::overflow_error("event ids above 4,294,967,295 are not supported");
}

void DedupSet::insert(quint64 hash, qint64 id)
{
    checkId(id);
    if ((mSize + 1) * 10 > mHashes.size() * 7)
        grow();
    hash = hash ? hash : 1;
    size_t slot = hash & mMask;
    while (mHashes[slot] != 0)
        slot = (slot + 1) & mMask;
    mHashes[slot] = hash;
    mIds[slot] = quint32(id);
    ++mSize;
}

void DedupSet::grow()
{
    const size_t capacity = mHashes.empty() ? size_t(1) << 16 : mHashes.size() * 2;
    std::vector<quint64> hashes(capacity, 0);
    std::vector<quint32> ids(capacity, 0);
    const size_t mask = capacity - 1;
    for (size_t i = 0; i < mHashes.size(); ++i) {
        if (mHashes[i] == 0)
            continue;
        size_t slot = mHashes[i] & mask;
        while (hashes[slot] != 0)
            slot = (slot + 1) & mask;
        hashes[slot] = mHashes[i];
        ids[slot] = mIds[i];
    }
    mHashes = std::move(hashes);
    mIds = std::move(ids);
    mMask = mask;
}

} // namespace Funnelscope
