#include "userkeys.h"

#include "snapshotformat.h"
#include "store/rawvector.h"

#include <QDataStream>

#include <limits>

namespace Funnelscope {

void UserKeys::reserve(size_t keys)
{
    mEnds.reserve(keys);
    mNull.reserve(keys);
    populatePages(mEnds.data() + mEnds.size(), (mEnds.capacity() - mEnds.size()) * sizeof(quint32));
}

void UserKeys::reserveText(size_t characters)
{
    mText.reserve(qsizetype(characters));
    populatePages(mText.data() + mText.size(), size_t(mText.capacity() - mText.size()) * sizeof(QChar));
}

void UserKeys::appendUtf8(std::string_view key)
{
    if (key.empty()) {
        append(QStringView());
        return;
    }
    const qsizetype at = mText.size();
    mText.resize(at + qsizetype(key.size()));
    char16_t *to = reinterpret_cast<char16_t *>(mText.data()) + at;
    for (const char c : key) {
        if (quint8(c) >= 0x80) { // not ASCII: decoded by Qt
            mText.resize(at);
            append(QString::fromUtf8(key.data(), qsizetype(key.size())));
            return;
        }
        *to++ = char16_t(quint8(c));
    }
    mEnds.push_back(quint32(mText.size()));
    mNull.push_back(false);
}

void UserKeys::write(QDataStream &stream) const
{
    // In three blocks (the text, where each key ends, which keys are null): read back
    // with three reads, where a QString each took two small reads of the blob a key.
    stream << quint64(mText.size());
    stream.writeRawData(reinterpret_cast<const char *>(mText.constData()), int(mText.size() * 2));
    SnapshotFormat::writeVector(stream, mEnds);
    SnapshotFormat::writeVector(stream, std::vector<quint8>(mNull.begin(), mNull.end()));
}

bool UserKeys::read(QDataStream &stream)
{
    *this = UserKeys();
    quint64 length = 0;
    stream >> length;
    // Never more than the bytes left: a damaged length must not allocate a terabyte.
    if (stream.status() != QDataStream::Ok || length > quint64(SnapshotFormat::bytesLeft(stream)) / 2
        || length > quint64(std::numeric_limits<quint32>::max()))
        return false;
    mText.resize(qsizetype(length));
    std::vector<quint8> isNull;
    if (stream.readRawData(reinterpret_cast<char *>(mText.data()), int(length * 2)) != qint64(length * 2)
        || !SnapshotFormat::readVector(stream, mEnds) || !SnapshotFormat::readVector(stream, isNull)
        || isNull.size() != mEnds.size())
        return false;
    // Each key ends where the next begins, the last at the text's end.
    quint32 previous = 0;
    for (const quint32 end : mEnds) {
        if (end < previous)
            return false;
        previous = end;
    }
    if (previous != length)
        return false;
    mNull.assign(isNull.begin(), isNull.end());
    return true;
}

bool UserKeys::skip(QDataStream &stream)
{
    quint64 length = 0;
    stream >> length;
    return stream.status() == QDataStream::Ok && length <= quint64(SnapshotFormat::bytesLeft(stream)) / 2
        && SnapshotFormat::skipRaw(stream, length * 2) && SnapshotFormat::skipVector<quint32>(stream)
        && SnapshotFormat::skipVector<quint8>(stream);
}

} // namespace Funnelscope
