#include "readbuffer.h"

#include <QIODevice>

namespace Funnelscope {

bool ReadBuffer::refill(QString *error)
{
    constexpr qsizetype chunk = 1 << 20;
    if (eof)
        return false;
    if (pos > 0) {
        data.erase(0, pos);
        pos = 0;
    }
    const size_t old = data.size();
    data.resize(old + size_t(chunk));
    const qint64 got = mDevice.read(data.data() + old, chunk);
    data.resize(old + size_t(std::max<qint64>(got, 0)));
    if (got < 0 && error)
        *error = mDevice.errorString();
    eof = got <= 0;
    return got > 0;
}

} // namespace Funnelscope
