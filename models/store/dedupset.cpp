#include "dedupset.h"

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

void DedupSet::insert(quint64 hash, quint32 offset)
{
    if ((mSize + 1) * 10 > mHashes.size() * 7)
        grow();
    hash = hash ? hash : 1;
    size_t slot = hash & mMask;
    while (mHashes[slot] != 0)
        slot = (slot + 1) & mMask;
    mHashes[slot] = hash;
    mOffsets[slot] = offset;
    ++mSize;
}

void DedupSet::grow()
{
    const size_t capacity = mHashes.empty() ? size_t(1) << 16 : mHashes.size() * 2;
    std::vector<quint64> hashes(capacity, 0);
    std::vector<quint32> offsets(capacity, 0);
    const size_t mask = capacity - 1;
    for (size_t i = 0; i < mHashes.size(); ++i) {
        if (mHashes[i] == 0)
            continue;
        size_t slot = mHashes[i] & mask;
        while (hashes[slot] != 0)
            slot = (slot + 1) & mask;
        hashes[slot] = mHashes[i];
        offsets[slot] = mOffsets[i];
    }
    mHashes = std::move(hashes);
    mOffsets = std::move(offsets);
    mMask = mask;
}

} // namespace Funnelscope
