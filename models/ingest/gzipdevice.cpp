#include "gzipdevice.h"

#include <QCoreApplication>

#include <zlib.h>

#include <vector>

namespace Funnelscope {

struct GzipDevice::Stream
{
    z_stream z{};
    std::vector<unsigned char> input = std::vector<unsigned char>(size_t(1) << 18);
    bool initialized = false;
    bool memberEnded = false; ///< the last member ended; more input would start another
    ~Stream()
    {
        if (initialized)
            inflateEnd(&z);
    }
};

GzipDevice::GzipDevice(QIODevice &source)
    : mSource(source)
    , mStream(std::make_unique<Stream>())
{
    // 15 + 16: a gzip header and trailer (not zlib's, not raw deflate).
    mStream->initialized = inflateInit2(&mStream->z, 15 + 16) == Z_OK;
    QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    if (!mStream->initialized)
        setErrorString(QCoreApplication::translate("Funnelscope::GzipDevice", "zlib could not start"));
}

GzipDevice::~GzipDevice() = default;

qint64 GzipDevice::compressedBytesUsed() const
{
    return mCompressedRead - qint64(mStream->z.avail_in);
}

qint64 GzipDevice::readData(char *data, qint64 maxSize)
{
    if (!mStream->initialized)
        return -1;
    z_stream &z = mStream->z;
    z.next_out = reinterpret_cast<Bytef *>(data);
    z.avail_out = uInt(std::min<qint64>(maxSize, 1 << 30));
    while (z.avail_out > 0 && !mEnd) {
        if (z.avail_in == 0) {
            const qint64 got = mSource.read(reinterpret_cast<char *>(mStream->input.data()), qint64(mStream->input.size()));
            if (got < 0) {
                setErrorString(mSource.errorString());
                return -1;
            }
            if (got == 0) {
                if (!mStream->memberEnded) {
                    setErrorString(QCoreApplication::translate("Funnelscope::GzipDevice",
                                                               "the compressed data ends too early (a cut-off .gz file)"));
                    return -1;
                }
                mEnd = true;
                break;
            }
            mCompressedRead += got;
            z.next_in = mStream->input.data();
            z.avail_in = uInt(got);
        }
        if (mStream->memberEnded) {
            // Zeros after a member's end are padding (tape and some exporters write it).
            while (z.avail_in > 0 && *z.next_in == 0) {
                ++z.next_in;
                --z.avail_in;
            }
            if (z.avail_in == 0)
                continue;
            // More bytes after a member's end: another member follows.
            inflateReset(&z);
            mStream->memberEnded = false;
        }
        const int status = inflate(&z, Z_NO_FLUSH);
        if (status == Z_STREAM_END) {
            mStream->memberEnded = true;
        } else if (status != Z_OK && status != Z_BUF_ERROR) {
            setErrorString(QCoreApplication::translate("Funnelscope::GzipDevice", "the compressed data is damaged (%1)")
                               .arg(QString::fromLatin1(z.msg ? z.msg : "zlib error")));
            return -1;
        }
        if (z.next_out != reinterpret_cast<Bytef *>(data))
            break; // hand out what there is; the caller asks again
    }
    return qint64(reinterpret_cast<char *>(z.next_out) - data);
}

} // namespace Funnelscope
