#include "stringids.h"

#include <algorithm>
#include <cstring>
#include <functional>
#include <stdexcept>

namespace Funnelscope {

namespace {

constexpr int tagBits = 24;
constexpr quint64 tagMask = (quint64(1) << tagBits) - 1;

quint32 tagOf(quint64 hash)
{
    const auto tag = quint32(hash >> (64 - tagBits));
    return tag ? tag : 1;
}

} // namespace

quint64 StringIds::hash(std::string_view text)
{
    // The standard library's hash, mixed so that both the low bits (the slot) and the
    // high bits (the tag) depend on every byte.
    quint64 h = std::hash<std::string_view>{}(text);
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    return h;
}

std::string_view StringIds::entry(quint64 slot, qint64 *id) const
{
    const quint64 reference = slot >> tagBits;
    const Block &block = mBlocks[size_t(reference >> offsetBits)];
    const char *at = block.bytes.get() + (reference & ((quint64(1) << offsetBits) - 1));
    *id = qint64(Varint::read(at));
    const quint64 length = Varint::read(at);
    return {at, size_t(length)};
}

size_t StringIds::probe(std::string_view text, quint64 textHash, qint64 *id, std::string_view *stored) const
{
    const quint32 tag = tagOf(textHash);
    const size_t mask = mSlots.size() - 1;
    size_t i = size_t(textHash) & mask;
    for (; mSlots[i] != 0; i = (i + 1) & mask) {
        if ((mSlots[i] & tagMask) != tag)
            continue;
        if (const std::string_view candidate = entry(mSlots[i], id); candidate == text) {
            if (stored)
                *stored = candidate;
            return i;
        }
    }
    *id = -1;
    return i;
}

qint64 StringIds::find(std::string_view text, std::string_view *stored) const
{
    if (mSlots.empty())
        return -1;
    qint64 id = -1;
    probe(text, hash(text), &id, stored);
    return id;
}

quint64 StringIds::append(std::string_view text, qint64 id, std::string_view *copy)
{
    if (id < 0)
        throw std::invalid_argument("StringIds: ids are not negative");
    const size_t bytes = Varint::length(quint64(id)) + Varint::length(text.size()) + text.size();
    if (mBlocks.empty() || mBlocks.back().used + bytes > mBlocks.back().size) {
        // A string longer than a block gets a block of its own.
        if (mBlocks.size() >= (size_t(1) << (64 - tagBits - offsetBits)))
            throw std::length_error("StringIds: too many strings");
        const size_t size = std::max(mBlocks.empty() ? firstBlockSize : blockSize, bytes);
        mBlocks.push_back({std::unique_ptr<char[], FreeBlock>(LargeBlockAllocator<char>().allocate(size), FreeBlock{size}), size, 0, 0});
    }
    Block &block = mBlocks.back();
    if (block.used + bytes > block.made) {
        // The pages made 128 KB ahead as the block fills: made whole at once, the unused
        // rest of each dictionary's last block was 7 MB of the 10M import's peak.
        constexpr size_t ahead = size_t(1) << 17;
        const size_t made = std::min(block.size, (block.used + bytes + ahead - 1) / ahead * ahead);
        populatePages(block.bytes.get() + block.made, made - block.made, 0);
        block.made = made;
    }
    const quint64 reference = (quint64(mBlocks.size() - 1) << offsetBits) | block.used;
    char *at = block.bytes.get() + block.used;
    at = Varint::write(at, quint64(id));
    at = Varint::write(at, text.size());
    std::memcpy(at, text.data(), text.size());
    block.used += bytes;
    *copy = {at, text.size()};
    return reference;
}

std::string_view StringIds::insert(std::string_view text, qint64 id)
{
    if ((mSize + 1) * 4 > mSlots.size() * 3)
        grow();
    std::string_view copy;
    const quint64 reference = append(text, id, &copy);
    const quint64 h = hash(text);
    place((reference << tagBits) | tagOf(h), h);
    ++mSize;
    return copy;
}

bool StringIds::insertIfAbsent(std::string_view text, qint64 id, quint64 h)
{
    if ((mSize + 1) * 4 > mSlots.size() * 3)
        grow();
    qint64 storedId = -1;
    const size_t slot = probe(text, h, &storedId);
    if (storedId >= 0)
        return false;
    std::string_view copy;
    mSlots[slot] = (append(text, id, &copy) << tagBits) | tagOf(h);
    ++mSize;
    return true;
}

void StringIds::reserve(size_t count)
{
    size_t slots = mSlots.empty() ? 1024 : mSlots.size();
    while (count * 4 > slots * 3)
        slots *= 2;
    if (slots != mSlots.size())
        resize(slots);
}

void StringIds::place(quint64 slotValue, quint64 textHash)
{
    const size_t mask = mSlots.size() - 1;
    size_t i = size_t(textHash) & mask;
    while (mSlots[i] != 0)
        i = (i + 1) & mask;
    mSlots[i] = slotValue;
}

void StringIds::grow()
{
    resize(mSlots.empty() ? 1024 : mSlots.size() * 2);
}

void StringIds::resize(size_t slots)
{
    const RawVector<quint64> old = std::move(mSlots);
    mSlots = RawVector<quint64>(slots);
    std::fill(mSlots.begin(), mSlots.end(), 0);
    for (const quint64 slot : old) {
        if (slot == 0)
            continue;
        qint64 id = -1;
        place(slot, hash(entry(slot, &id)));
    }
}

} // namespace Funnelscope
