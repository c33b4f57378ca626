#include "parsedbatch.h"

#include <cstdint>
#include <cstring>

namespace Funnelscope {

std::string_view ParsedBatch::keep(std::string_view text)
{
    if (text.empty())
        return {};
    if (text.size() > blockSize / 4) {
        // Long values (rare: a big properties object) get a block of their own.
        mLarge.push_back(std::make_unique<char[]>(text.size()));
        std::memcpy(mLarge.back().get(), text.data(), text.size());
        return {mLarge.back().get(), text.size()};
    }
    if (mBlocks.empty() || mUsed + text.size() > blockSize) {
        if (!mBlocks.empty())
            ++mBlock;
        if (mBlock == mBlocks.size())
            mBlocks.push_back(std::make_unique<char[]>(blockSize));
        mUsed = 0;
    }
    char *to = mBlocks[mBlock].get() + mUsed;
    std::memcpy(to, text.data(), text.size());
    mUsed += text.size();
    return {to, text.size()};
}

void ParsedBatch::keep(EventRecord &record, std::string_view backing)
{
    const std::string_view copy = keep(backing);
    const auto begin = reinterpret_cast<std::uintptr_t>(backing.data());
    const auto end = begin + backing.size();
    for (std::string_view *text : {&record.user, &record.event, &record.session, &record.anonymousId, &record.device,
                                   &record.channel, &record.country, &record.product, &record.category,
                                   &record.currency, &record.dedupKey, &record.properties}) {
        const auto at = reinterpret_cast<std::uintptr_t>(text->data());
        if (!text->empty() && at >= begin && at + text->size() <= end)
            *text = copy.substr(at - begin, text->size());
        else
            *text = keep(*text);
    }
}

void ParsedBatch::clear()
{
    mCount = 0;
    added.clear();
    keysProbed = false;
    progress = 0;
    mLarge.clear(); // the regular blocks are reused
    mBlock = 0;
    mUsed = 0;
}

} // namespace Funnelscope
