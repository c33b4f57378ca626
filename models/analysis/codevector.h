#pragma once

#include "store/rawvector.h"

#include <QtGlobal>

#include <algorithm>
#include <cstring>
#include <limits>
#include <string_view>
#include <type_traits>
#include <vector>

namespace Funnelscope {

/**
 * Small integer codes (-1 for none, 0..n-1 for a value) stored 1, 2 or 4 bytes wide: as
 * narrow as the largest code allows, widened when a code needs it. A column of device
 * names over 10 million events takes 10 MB instead of 40.
 */
class CodeVector
{
public:
    qint32 operator[](size_t i) const
    {
        switch (mWidth) {
        case 1: return reinterpret_cast<const qint8 *>(mBytes.data())[i];
        case 2: return reinterpret_cast<const qint16 *>(mBytes.data())[i];
        default: return reinterpret_cast<const qint32 *>(mBytes.data())[i];
        }
    }
    size_t size() const { return mSize; }
    bool empty() const { return mSize == 0; }
    int width() const { return mWidth; }

    void reserve(size_t count)
    {
        if (count * size_t(mWidth) > mBytes.size())
            mBytes.resize(count * size_t(mWidth));
    }
    /** @p count codes of -1, wide enough for codes up to @p highest. */
    void assign(size_t count, qint32 highest = 0)
    {
        setWidth(widthFor(highest));
        mSize = count;
        mBytes.assign(count * size_t(mWidth), char(-1)); // all bytes 0xff is -1 at any width
    }
    void push_back(qint32 code)
    {
        fit(code);
        if ((mSize + 1) * size_t(mWidth) > mBytes.size()) // mBytes is the capacity; mSize counts
            mBytes.resize(std::max<size_t>({mBytes.size() * 2, (mSize + 1) * size_t(mWidth), 64}));
        store(mSize++, code);
    }
    void set(size_t i, qint32 code)
    {
        fit(code);
        store(i, code);
    }

    /** The codes' bytes (serialization), and back. */
    std::string_view bytes() const { return {mBytes.data(), mSize * size_t(mWidth)}; }
    bool setBytes(int width, RawVector<char> bytes)
    {
        if ((width != 1 && width != 2 && width != 4) || bytes.size() % size_t(width) != 0)
            return false;
        setWidth(width);
        mSize = bytes.size() / size_t(width);
        mBytes = std::move(bytes);
        return true;
    }
    /** The codes' bytes with their room (capacity()), leaving the vector empty. */
    RawVector<char> takeBytes()
    {
        RawVector<char> bytes = std::move(mBytes);
        bytes.resize(mSize * size_t(mWidth));
        mBytes = {};
        mSize = 0;
        return bytes;
    }
    /**
     * Whether every code is -1 (none) or names one of @p count values: what a column read
     * from a workspace's bytes must hold before a code indexes anything (one pass, which
     * the compiler vectorizes: a few milliseconds for ten million codes).
     */
    bool allWithin(qint32 count) const
    {
        // A code plus one, unsigned and as wide as the codes (none is 0, a value 1..count;
        // a negative code other than none wraps above every value the width holds), so the
        // maximum is a byte-wide vector instruction for byte codes.
        const auto within = [this, count](const auto *codes) {
            using Unsigned = std::make_unsigned_t<std::remove_cv_t<std::remove_pointer_t<decltype(codes)>>>;
            // Sixteen lanes of a fixed count: -O2 vectorizes that (not a loop of unknown length).
            Unsigned lanes[16] = {};
            size_t i = 0;
            for (; i + 16 <= mSize; i += 16) {
                for (size_t lane = 0; lane < 16; ++lane)
                    lanes[lane] = std::max(lanes[lane], Unsigned(Unsigned(codes[i + lane]) + 1u));
            }
            Unsigned highest = 0;
            for (; i < mSize; ++i)
                highest = std::max(highest, Unsigned(Unsigned(codes[i]) + 1u));
            for (const Unsigned lane : lanes)
                highest = std::max(highest, lane);
            return qint64(highest) <= std::min<qint64>(std::max(count, 0), qint64(highestOf(mWidth)) + 1);
        };
        switch (mWidth) {
        case 1: return within(reinterpret_cast<const qint8 *>(mBytes.data()));
        case 2: return within(reinterpret_cast<const qint16 *>(mBytes.data()));
        default: return within(reinterpret_cast<const qint32 *>(mBytes.data()));
        }
    }
    /** How many codes fit in the bytes already made, at this width. */
    size_t capacity() const { return mBytes.capacity() / size_t(mWidth); }

    /** The narrowest width that holds @p code. */
    static int widthFor(qint32 code) { return code >= -128 && code <= 127 ? 1 : code >= -32768 && code <= 32767 ? 2 : 4; }
    /** The largest code @p width bytes hold (the smallest is -highestOf(width) - 1). */
    static constexpr qint32 highestOf(int width)
    {
        return width == 1 ? 127 : width == 2 ? 32767 : std::numeric_limits<qint32>::max();
    }
    /** Stores @p code at @p width bytes (the width's range) into @p to. */
    static void store(char *to, int width, qint32 code)
    {
        switch (width) {
        case 1: *reinterpret_cast<qint8 *>(to) = qint8(code); break;
        case 2: { const qint16 narrow = qint16(code); std::memcpy(to, &narrow, 2); break; }
        default: std::memcpy(to, &code, 4); break;
        }
    }

private:
    void fit(qint32 code)
    {
        if (code >= mLow && code <= mHigh)
            return;
        const int needed = widthFor(code);
        if (needed <= mWidth)
            return;
        RawVector<char> wider(std::max(mSize, mBytes.size() / size_t(mWidth)) * size_t(needed));
        for (size_t i = 0; i < mSize; ++i)
            store(wider.data() + i * size_t(needed), needed, (*this)[i]);
        mBytes = std::move(wider);
        setWidth(needed);
    }
    void setWidth(int width)
    {
        mWidth = width;
        mHigh = highestOf(width);
        mLow = -mHigh - 1;
    }
    void store(size_t i, qint32 code) { store(mBytes.data() + i * size_t(mWidth), mWidth, code); }

    RawVector<char> mBytes;
    size_t mSize = 0;
    int mWidth = 1;
    qint32 mLow = -128; // the codes the width holds
    qint32 mHigh = 127;
};

} // namespace Funnelscope
