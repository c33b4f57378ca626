#include "userkeys.h"

#include "snapshotformat.h"
#include "store/rawvector.h"

#include <QDataStream>

#include <algorithm>
#include <limits>

namespace Funnelscope {

namespace {

bool isLatin1(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() <= 0xff; });
}

/** Appends @p text's characters, each Latin-1, as bytes. */
void appendNarrowed(QByteArray &to, const char16_t *text, size_t length)
{
    const qsizetype at = to.size();
    to.resize(at + qsizetype(length));
    char *out = to.data() + at;
    for (size_t i = 0; i < length; ++i)
        out[i] = char(quint8(text[i]));
}

} // namespace

void UserKeys::widen()
{
    mText = QString::fromLatin1(mLatin1);
    mLatin1 = QByteArray();
    mWide = true;
}

void UserKeys::append(QStringView key)
{
    if (!mWide && !isLatin1(key))
        widen();
    if (mWide)
        mText.append(key);
    else
        appendNarrowed(mLatin1, key.utf16(), size_t(key.size()));
    endKey(key.isNull());
}

void UserKeys::append(const UserKeys &other, int user)
{
    if (other.mNull[size_t(user)]) {
        append(QStringView());
        return;
    }
    const size_t begin = other.begin(user);
    const size_t length = other.mEnds[size_t(user)] - begin;
    if (other.mWide) {
        append(QStringView(other.mText.constData() + begin, qsizetype(length))); // widens this one if it must
        return;
    }
    if (mWide)
        mText.append(QLatin1String(other.mLatin1.constData() + begin, qsizetype(length)));
    else
        mLatin1.append(other.mLatin1.constData() + begin, qsizetype(length));
    endKey(false);
}

void UserKeys::append(const UserKeys &other)
{
    if (other.mWide && !mWide)
        widen();
    const quint32 offset = quint32(textSize());
    if (!mWide)
        mLatin1.append(other.mLatin1);
    else if (other.mWide)
        mText.append(other.mText);
    else
        mText.append(QLatin1String(other.mLatin1));
    for (const quint32 end : other.mEnds)
        mEnds.push_back(offset + end);
    mNull.insert(mNull.end(), other.mNull.begin(), other.mNull.end());
}

void UserKeys::reserve(size_t keys)
{
    mEnds.reserve(keys);
    mNull.reserve(keys);
    populatePages(mEnds.data() + mEnds.size(), (mEnds.capacity() - mEnds.size()) * sizeof(quint32));
}

void UserKeys::reserveText(size_t characters)
{
    if (mWide) {
        mText.reserve(qsizetype(characters));
        populatePages(mText.data() + mText.size(), size_t(mText.capacity() - mText.size()) * sizeof(QChar));
    } else {
        mLatin1.reserve(qsizetype(characters));
        populatePages(mLatin1.data() + mLatin1.size(), size_t(mLatin1.capacity() - mLatin1.size()));
    }
}

void UserKeys::appendUtf8(std::string_view key)
{
    if (key.empty()) {
        append(QStringView());
        return;
    }
    if (std::any_of(key.begin(), key.end(), [](char c) { return quint8(c) >= 0x80; })) {
        append(QString::fromUtf8(key.data(), qsizetype(key.size()))); // not ASCII: decoded by Qt
        return;
    }
    if (mWide)
        mText.append(QLatin1String(key.data(), qsizetype(key.size())));
    else
        mLatin1.append(key.data(), qsizetype(key.size()));
    endKey(false);
}

void UserKeys::write(QDataStream &stream) const
{
    // In three blocks (the text, where each key ends, which keys are null): read back
    // with three reads, where a QString each took two small reads of the blob a key.
    stream << quint64(textSize());
    if (mWide) {
        stream.writeRawData(reinterpret_cast<const char *>(mText.constData()), int(mText.size() * 2));
    } else {
        // Widened a piece at a time (the text of 11 million keys is 150 MB).
        std::vector<char16_t> piece;
        for (qsizetype at = 0; at < mLatin1.size(); at += qsizetype(1) << 16) {
            const qsizetype length = std::min<qsizetype>(qsizetype(1) << 16, mLatin1.size() - at);
            piece.resize(size_t(length));
            for (qsizetype i = 0; i < length; ++i)
                piece[size_t(i)] = char16_t(quint8(mLatin1[at + i]));
            stream.writeRawData(reinterpret_cast<const char *>(piece.data()), int(length * 2));
        }
    }
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
    // A piece at a time, narrowed while every character is Latin-1.
    mLatin1.reserve(qsizetype(length));
    std::vector<char16_t> piece;
    for (quint64 at = 0; at < length;) {
        const size_t count = size_t(std::min<quint64>(quint64(1) << 16, length - at));
        // Wide: read straight into the text; else into a piece, narrowed after.
        if (mWide)
            mText.resize(qsizetype(at + count));
        else
            piece.resize(count);
        char16_t *const into = mWide ? reinterpret_cast<char16_t *>(mText.data()) + at : piece.data();
        if (stream.readRawData(reinterpret_cast<char *>(into), int(count * 2)) != qint64(count * 2))
            return false;
        if (!mWide) {
            if (isLatin1(QStringView(into, qsizetype(count)))) {
                appendNarrowed(mLatin1, into, count);
            } else {
                widen();
                mText.reserve(qsizetype(length));
                mText.append(QStringView(into, qsizetype(count)));
            }
        }
        at += count;
    }
    std::vector<quint8> isNull;
    if (!SnapshotFormat::readVector(stream, mEnds) || !SnapshotFormat::readVector(stream, isNull) || isNull.size() != mEnds.size())
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
