#pragma once

#include <QString>

#include <string>

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

    std::string data;
    size_t pos = 0;
    bool eof = false;

private:
    QIODevice &mDevice;
};

} // namespace Funnelscope
