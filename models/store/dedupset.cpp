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
    const quint32 print = fingerprint(hash);
    store(freeSlot(print, [](qint64) {}), print, id);
}

void DedupSet::reserve(size_t keys)
{
    const size_t capacity = (keys * 5 / 4 + 1023) / 1024 * 1024;
    if (capacity <= mSlots.size())
        return;
    std::vector<quint64> slots(capacity, 0);
    for (const quint64 entry : mSlots) {
        if (entry == 0)
            continue;
        size_t slot = slotOf(quint32(entry >> 32), capacity);
        while (slots[slot] != 0)
            slot = slot + 1 == capacity ? 0 : slot + 1;
        slots[slot] = entry;
    }
    mSlots = std::move(slots);
}

} // namespace Funnelscope
