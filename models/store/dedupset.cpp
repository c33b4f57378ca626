#include "dedupset.h"

#include "rawvector.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <utility>

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
    if (id < 0 || id >= qint64(std::numeric_limits<quint32>::max()))
        throw std::overflow_error("event ids above 4,294,967,294 are not supported");
}

void DedupSet::insert(quint64 hash, qint64 id)
{
    const quint32 print = fingerprint(hash);
    Part &part = partOf(print);
    store(part, freeSlot(part, quint16(print), extraOf(hash), [](qint64) {}), quint16(print), extraOf(hash), id);
}

void DedupSet::setIdBase(qint64 first)
{
    if (mSize == 0)
        mIdBase = first;
}

void DedupSet::widen()
{
    // A slot stays where it is: its place comes from the fingerprint alone.
    for (Part &part : mParts) {
        for (size_t slot = 0; slot < part.capacity; ++slot) {
            Slot &at = part.slots[slot];
            if (!at.isEmpty())
                at.setIdBits(idOf(at) + 1);
        }
    }
    mNarrow = false;
}

size_t DedupSet::capacity() const
{
    size_t slots = 0;
    for (const Part &part : mParts)
        slots += part.capacity;
    return slots;
}

void DedupSet::grow(Part &part, size_t capacity, Slot *slots)
{
    if (capacity > std::numeric_limits<quint32>::max())
        throw std::overflow_error("more than 4,294,967,295 keys in a part of the dedup keys");
    std::unique_ptr<Slot[]> grown = slots ? nullptr : std::make_unique<Slot[]>(capacity);
    Slot *const into = slots ? slots : grown.get();
    for (size_t slot = 0; slot < part.capacity; ++slot) {
        const Slot &entry = part.slots[slot];
        if (entry.isEmpty())
            continue;
        size_t to = slotOf(entry.rest, capacity);
        while (!into[to].isEmpty())
            to = to + 1 == capacity ? 0 : to + 1;
        into[to] = entry;
    }
    part.slots = into;
    part.grown = std::move(grown); // the block it grew into before, if any, freed
    part.capacity = quint32(capacity);
}

void DedupSet::clearTable()
{
    freeStorage(mParts);
    freeStorage(mBlock);
    mPartCapacity = 0;
    mSize = 0;
    mNarrow = true;
}

void DedupSet::reserve(size_t keys)
{
    // Every part alike (fingerprints are uniform): room for its share of the keys and
    // two standard deviations more (a part's keys vary as a Poisson count) before it is
    // nine tenths full. At 100M keys a part is then 86 % full on average and one in 40
    // grows (by half); at 60,000 keys, five slots a part, one in 400.
    const double share = double(keys) / double(partCount);
    const auto perPart = size_t(std::ceil((share + 2 * std::sqrt(share) + 1) / 0.9));
    if (perPart <= mPartCapacity)
        return;
    if (mParts.empty())
        mParts.resize(partCount);
    LargeVector<Slot> block;
    block.reserve(perPart * partCount);
    populatePages(block.data(), perPart * partCount * sizeof(Slot));
    block.resize(perPart * partCount, Slot{0, 0, 0});
    // The parts move into the new block (a part that grew past it stays where it is);
    // then the old block is given back.
    for (size_t index = 0; index < partCount; ++index) {
        Part &part = mParts[index];
        if (part.capacity < perPart)
            grow(part, perPart, block.data() + index * perPart);
    }
    std::swap(mBlock, block);
    mPartCapacity = perPart;
}

DedupSet::Stored DedupSet::index(Entries entries)
{
    if (entries.size() > std::numeric_limits<quint32>::max())
        throw std::overflow_error("more than 4,294,967,295 stored events are not supported");
    Stored stored;
    stored.entries = std::move(entries);
    if (stored.entries.empty())
        return stored;
    // About four entries a bucket: the directory is an eighth of the entries' size.
    int bits = 1;
    while (bits < 30 && (size_t(1) << (bits + 2)) < stored.entries.size())
        ++bits;
    stored.shift = 32 - bits;
    stored.directory.assign((size_t(1) << bits) + 1, 0);
    const Entries &sorted = stored.entries;
    size_t at = 0;
    for (size_t bucket = 0; bucket < (size_t(1) << bits); ++bucket) {
        stored.directory[bucket] = quint32(at);
        while (at < sorted.size() && (quint32(sorted[at] >> 32) >> stored.shift) == bucket)
            ++at;
    }
    stored.directory.back() = quint32(sorted.size());
    return stored;
}

void DedupSet::setStored(Stored stored)
{
    mStored = std::move(stored.entries);
    mDirectory = std::move(stored.directory);
    mShift = mStored.empty() ? 32 : stored.shift;
}

void DedupSet::sortEntries(quint64 *entries, size_t count)
{
    // Within a table's slots an entry is at most a cluster's length from its place: an
    // insertion sort that moves an entry back a few places at most, the rest (keys that
    // shared a fingerprint, appended after the others) put aside, sorted and merged in.
    // Entries that wrapped from the end of a table to its front (kept so by workspaces of
    // schema 8 before keys were sorted) are moved to the end first: a fall from the
    // largest fingerprints to the smallest.
    const size_t front = std::min<size_t>(count, 4096);
    for (size_t i = 1; i < front; ++i) {
        if (entries[i - 1] > entries[i] && entries[i - 1] - entries[i] > (quint64(1) << 63)) {
            std::rotate(entries, entries + i, entries + count);
            break;
        }
    }
    constexpr size_t nearby = 64;
    std::vector<quint64> far;
    size_t kept = 0;
    for (size_t i = 0; i < count; ++i) {
        const quint64 entry = entries[i];
        size_t j = kept;
        while (j > 0 && kept - j < nearby && entries[j - 1] > entry)
            --j;
        if (j > 0 && entries[j - 1] > entry) {
            far.push_back(entry);
            continue;
        }
        for (size_t k = kept; k > j; --k)
            entries[k] = entries[k - 1];
        entries[j] = entry;
        ++kept;
    }
    if (far.empty())
        return;
    std::sort(far.begin(), far.end());
    std::copy(far.begin(), far.end(), entries + kept);
    std::inplace_merge(entries, entries + kept, entries + count);
}

void DedupSet::mergeRuns(Entries &entries, std::vector<size_t> ends)
{
    // Neighbouring runs merged pairwise until one is left: log2(runs) passes.
    while (ends.size() > 1) {
        std::vector<size_t> merged;
        size_t begin = 0;
        for (size_t run = 0; run < ends.size(); run += 2) {
            if (run + 1 < ends.size()) {
                std::inplace_merge(entries.begin() + qsizetype(begin), entries.begin() + qsizetype(ends[run]),
                                   entries.begin() + qsizetype(ends[run + 1]));
                begin = ends[run + 1];
            } else {
                begin = ends[run];
            }
            merged.push_back(begin);
        }
        ends = std::move(merged);
    }
}

} // namespace Funnelscope
