#pragma once

#include "store/dedupset.h"
#include "store/eventencoder.h"
#include "store/eventrecord.h"

#include <QtGlobal>

#include <memory>
#include <span>
#include <string_view>
#include <vector>

namespace Funnelscope {

/**
 * A record of the source as the import's parse stage hands it on: an event, an identity
 * call (event.linkOnly) or a rejection.
 */
struct ParsedItem
{
    qint64 line = 0;
    EventRecord record;          ///< the mapped event, its texts in the batch (when rejection is empty)
    EventEncoder::Encoded event; ///< the record encoded (its texts are the record's)
    KeyCheck keyCheck;           ///< its dedup key, probed (see EventWriter::dedupKeys())
    std::string_view rejection; ///< why the record is not an event
    std::string_view text;      ///< the record as it was, for rejected rows
};

/**
 * A run of parsed records whose text lives in the batch itself (blocks that never move),
 * so one thread can parse the next batch while another writes this one.
 */
class ParsedBatch
{
public:
    /** The batch's records, in the file's order. */
    std::span<ParsedItem> items() { return {mItems.data(), mCount}; }
    size_t size() const { return mCount; }
    /**
     * The next record's item, with its line, rejection and text cleared. Items are used
     * again batch after batch (an item is 400 bytes; making one anew for every record was
     * a tenth of the mapping thread's time): what the parse stage fills in for a record
     * (its event and its key check) is set anew, and read only where it was.
     */
    ParsedItem &add()
    {
        if (mCount == mItems.size())
            mItems.emplace_back();
        ParsedItem &item = mItems[mCount++];
        item.line = 0;
        item.rejection = {};
        item.text = {};
        return item;
    }

    /** Dictionary values the batch's events use for the first time. */
    std::vector<EventEncoder::NewValue> added;
    /** Whether the events' dedup keys were probed (ParsedItem::keyCheck) on the parsing thread. */
    bool keysProbed = false;
    /** How far into the input the reader was after the batch's last record (ImportInput::progressBytes()). */
    qint64 progress = 0;

    /** A copy of @p text that stays valid until clear(). */
    std::string_view keep(std::string_view text);
    /**
     * Copies the texts of @p record into the batch: @p backing (SourceRecord::backing)
     * once, and the texts that are views into it rebased onto the copy (a CSV line's dozen
     * fields are one copy, not twelve); the others each on their own.
     */
    void keep(EventRecord &record, std::string_view backing = {});
    void clear();

private:
    static constexpr size_t blockSize = 1 << 20;
    std::vector<ParsedItem> mItems; // mCount of them in use
    size_t mCount = 0;
    std::vector<std::unique_ptr<char[]>> mBlocks;
    std::vector<std::unique_ptr<char[]>> mLarge;
    size_t mBlock = 0; // the block being filled
    size_t mUsed = 0;  // bytes used in it
};

} // namespace Funnelscope
