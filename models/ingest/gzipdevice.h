#pragma once

#include <QIODevice>

#include <memory>

namespace Funnelscope {

/**
 * Reads gzip-compressed bytes from another device as the bytes they stand for, streamed
 * through zlib: nothing is unpacked to disk or held whole in memory. Concatenated gzip
 * members (as `cat a.gz b.gz` and some exporters write) are read one after another.
 * compressedBytesUsed() says how far into the compressed input it is, for progress and
 * for the estimate of the records a file holds.
 */
class GzipDevice : public QIODevice
{
public:
    /** Reads from @p source, which must stay open and alive while this device is used. */
    explicit GzipDevice(QIODevice &source);
    ~GzipDevice() override;

    bool isSequential() const override { return true; }
    /** The compressed bytes inflated so far (those read less what waits in its buffer). */
    qint64 compressedBytesUsed() const;

    /** Whether @p bytes start as gzip does (1f 8b). */
    static bool isGzip(const QByteArray &bytes) { return bytes.size() >= 2 && uchar(bytes[0]) == 0x1f && uchar(bytes[1]) == 0x8b; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    struct Stream;

    QIODevice &mSource;
    std::unique_ptr<Stream> mStream;
    qint64 mCompressedRead = 0;
    bool mEnd = false;
};

} // namespace Funnelscope
