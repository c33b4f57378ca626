#pragma once

#include <QString>

#include <string>
#include <string_view>

class QIODevice;

namespace Funnelscope {

/**
 * The read-ahead buffer the streaming readers share: reads a file in 1 MiB chunks,
 * dropping what was consumed, so memory holds one chunk plus the record being read.
 */
class ReadBuffer
{
public:
    explicit ReadBuffer(QIODevice &device)
        : mDevice(device)
    {
    }

    /**
     * Reads the next chunk after what is buffered; false at the end of the file.
     * Throws nothing: a read error sets @p error and returns false.
     */
    bool refill(QString *error);

    /**
     * The bytes read and not yet dropped. Their storage only grows: a refill reads into
     * room made before instead of zeroing a fresh MiB each time (a std::string's resize(),
     * 2.8 GB of zeros for an NDJSON of 2.8 GB, on the reading thread).
     */
    class Bytes
    {
    public:
        size_t size() const { return mSize; }
        const char *data() const { return mStorage.data(); }
        char operator[](size_t at) const { return mStorage[at]; }
        int compare(size_t at, size_t count, const char *text) const { return view().compare(at, count, text); }
        std::string_view view() const { return {mStorage.data(), mSize}; }
        operator std::string_view() const { return view(); }

    private:
        friend class ReadBuffer;
        std::string mStorage; // mSize bytes read, then room
        size_t mSize = 0;
    };
    Bytes data;
    size_t pos = 0;
    bool eof = false;

private:
    QIODevice &mDevice;
};

} // namespace Funnelscope
