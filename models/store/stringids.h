#pragma once

#include "rawvector.h"
#include "varint.h"

#include <QtGlobal>

#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace Funnelscope {

/**
 * A dictionary from strings to ids, compact enough for millions of user and session
 * keys: the strings live one after another in large blocks (with their id and length,
 * a few bytes each), and an open-addressing table of 8-byte slots (where a string is,
 * and 24 bits of its hash to skip most comparisons) finds them. About 25 bytes a short
 * key instead of the 70 of a std::unordered_map node. Stored strings never move, so the
 * views it hands out stay valid until it is cleared.
 */
class StringIds
{
public:
    /** The id of @p text, or -1 when it is not stored; @p stored: the stored copy. */
    qint64 find(std::string_view text, std::string_view *stored = nullptr) const;
    /** Stores @p text (not stored before) with @p id (≥ 0); returns the stored copy. */
    std::string_view insert(std::string_view text, qint64 id);
    /** Makes room for @p count strings in all, so that loading them never grows the table. */
    void reserve(size_t count);
    size_t size() const { return mSize; }

    /**
     * Loads many strings (a stored dictionary), a few dozen at a time: their slots are
     * asked for first, so the waits for memory overlap (a slot is a cache miss in a table
     * of millions). A string given twice keeps its first id (a damaged workspace may
     * hold a value twice). Call finish() after the last.
     */
    class Loader
    {
    public:
        explicit Loader(StringIds &ids) : mIds(ids) {}
        void add(std::string_view text, qint64 id)
        {
            Pending &pending = mPending[mCount++];
            pending.text.assign(text);
            pending.id = id;
            pending.hash = hash(text);
            mIds.prefetch(pending.hash);
            if (mCount == mPending.size())
                finish();
        }
        void finish()
        {
            for (size_t i = 0; i < mCount; ++i)
                mIds.insertIfAbsent(mPending[i].text, mPending[i].id, mPending[i].hash);
            mCount = 0;
        }

    private:
        struct Pending
        {
            std::string text;
            qint64 id = 0;
            quint64 hash = 0;
        };
        StringIds &mIds;
        std::array<Pending, 32> mPending;
        size_t mCount = 0;
    };

    /** Calls @p visit(id, text) for each string, in the order stored. */
    template<typename Visit>
    void forEach(Visit visit) const
    {
        for (const Block &block : mBlocks) {
            const char *at = block.bytes.get();
            const char *end = at + block.used;
            while (at < end) {
                const quint64 id = Varint::read(at);
                const quint64 length = Varint::read(at);
                visit(qint64(id), std::string_view(at, size_t(length)));
                at += length;
            }
        }
    }

private:
    /**
     * A dictionary's first block is 1 MB in the system's small pages (most dictionaries
     * stay within it); the next ones are 2 MB LargeBlocks, in huge pages where the system
     * has them: the users' and sessions' keys of 10M events took 13,000 page faults, each
     * costly on a virtual machine, a tenth of an append's reading of its dictionaries.
     */
    static constexpr size_t firstBlockSize = size_t(1) << 20;
    static constexpr size_t blockSize = LargeBlock::alignment;
    static constexpr int offsetBits = 21; // a slot's reference: block << 21 | offset
    /** Gives a block back to the allocator that made it (LargeBlockAllocator: large or not by its size). */
    struct FreeBlock
    {
        size_t size = 0;
        void operator()(char *bytes) const { LargeBlockAllocator<char>().deallocate(bytes, size); }
    };
    struct Block
    {
        std::unique_ptr<char[], FreeBlock> bytes;
        size_t size = 0;
        size_t used = 0;
        size_t made = 0; ///< the bytes whose pages are made (populatePages())
    };

    static quint64 hash(std::string_view text);
    /** Stores @p text with @p id unless it is stored already: one probe (probe()), not find() and insert(). */
    bool insertIfAbsent(std::string_view text, qint64 id, quint64 textHash);
    /**
     * Walks from @p textHash's slot: the slot holding @p text (its id in @p id), or the
     * first empty one (@p id -1). The table must not be empty.
     */
    size_t probe(std::string_view text, quint64 textHash, qint64 *id, std::string_view *stored = nullptr) const;
    void prefetch(quint64 textHash)
    {
        // Grown first if the next insert would grow it, so the slot asked for stays put.
        if ((mSize + 32) * 4 > mSlots.size() * 3)
            grow();
        __builtin_prefetch(&mSlots[size_t(textHash) & (mSlots.size() - 1)]);
    }
    /** The string a slot refers to, and its id. */
    std::string_view entry(quint64 slot, qint64 *id) const;
    void grow();
    void resize(size_t slots);
    /** Copies @p text and its @p id into the blocks; returns its reference and the copy. */
    quint64 append(std::string_view text, qint64 id, std::string_view *copy);
    void place(quint64 slotValue, quint64 textHash);

    std::vector<Block> mBlocks;
    RawVector<quint64> mSlots; // 0: empty; else reference << 24 | tag (hash's top 24 bits, never 0)
    size_t mSize = 0;
};

} // namespace Funnelscope
