#include "readbuffer.h"

#include <QIODevice>

#include <cstring>

namespace Funnelscope {

bool ReadBuffer::refill(QString *error)
{
    constexpr size_t chunk = 1 << 20;
    if (eof)
        return false;
    std::string &storage = data.mStorage;
    if (pos > 0) {
        std::memmove(storage.data(), storage.data() + pos, data.mSize - pos);
        data.mSize -= pos;
        pos = 0;
    }
    if (storage.size() < data.mSize + chunk)
        storage.resize(data.mSize + chunk); // zeroed once, as it grows
    const qint64 got = mDevice.read(storage.data() + data.mSize, qint64(chunk));
    data.mSize += size_t(std::max<qint64>(got, 0));
    if (got < 0 && error)
        *error = mDevice.errorString();
    eof = got <= 0;
    return got > 0;
}

} // namespace Funnelscope
