#include "dictionaryparts.h"

#include "connection.h"
#include "statement.h"
#include "varint.h"

#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstring>

namespace Funnelscope {

namespace {

constexpr const char *metaKey = "dictionary_parts";
constexpr size_t pieceBytes = size_t(1) << 20; // what the reader reads at a time
constexpr size_t bufferBytes = size_t(64) << 10; // entries encoded before they go to the parts

} // namespace

std::optional<DictionaryParts::Counts> DictionaryParts::counts(Connection &connection)
{
    Statement select(connection, "SELECT value FROM meta WHERE key = ?");
    select.bindText(1, metaKey);
    if (!select.step())
        return std::nullopt;
    const QStringList numbers = select.text(0).split(QLatin1Char(' '));
    if (numbers.size() != 3)
        return std::nullopt;
    Counts counts;
    bool ok[3] = {};
    counts.knownUsers = numbers[0].toLongLong(&ok[0]);
    counts.anonymousUsers = numbers[1].toLongLong(&ok[1]);
    counts.sessions = numbers[2].toLongLong(&ok[2]);
    if (!ok[0] || !ok[1] || !ok[2] || counts.knownUsers < 0 || counts.anonymousUsers < 0 || counts.sessions < 0)
        return std::nullopt;
    return counts;
}

void DictionaryParts::setCounts(Connection &connection, const Counts &counts)
{
    Statement set(connection, "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    set.bindText(1, metaKey);
    set.bind(2, QStringLiteral("%1 %2 %3").arg(counts.knownUsers).arg(counts.anonymousUsers).arg(counts.sessions));
    set.exec();
}

void DictionaryParts::clear(Connection &connection)
{
    connection.exec(std::string("DELETE FROM ") + userTable);
    connection.exec(std::string("DELETE FROM ") + sessionTable);
    Statement forget(connection, "DELETE FROM meta WHERE key = ?");
    forget.bindText(1, metaKey);
    forget.exec();
}

DictionaryParts::Writer::Writer(Connection &connection, const char *table, qint64 importId)
    : mParts(connection, table, importId, BlobParts::Writer::Storing::Inline) // parts of BlobParts::partBytes (a part of a whole MiB was fresh pages each time)
{
    mBuffer.reserve(bufferBytes + 64);
}

void DictionaryParts::Writer::add(quint64 number, std::string_view key)
{
    char numbers[20];
    char *end = Varint::write(Varint::write(numbers, number), key.size());
    mBuffer.insert(mBuffer.end(), numbers, end);
    mBuffer.insert(mBuffer.end(), key.begin(), key.end());
    ++mAdded;
    if (mBuffer.size() >= bufferBytes)
        flush();
}

void DictionaryParts::Writer::finish()
{
    flush();
    mParts.finish();
}

void DictionaryParts::Writer::flush()
{
    mParts.write(mBuffer.data(), qint64(mBuffer.size()));
    mParts.rethrow();
    mBuffer.clear();
}

DictionaryParts::Reader::Reader(std::unique_ptr<QIODevice> device)
    : mDevice(std::move(device))
{
}

bool DictionaryParts::Reader::fill(size_t bytes)
{
    if (mEnd - mAt >= bytes)
        return true;
    if (!mDevice)
        return false;
    // The unread rest moved to the front, then as much read behind it as fits.
    if (mEnd > mAt)
        std::memmove(mBuffer.data(), mBuffer.data() + mAt, mEnd - mAt);
    mEnd -= mAt;
    mAt = 0;
    if (mBuffer.size() < std::max(pieceBytes, bytes))
        mBuffer.resize(std::max(pieceBytes, bytes));
    while (mEnd < bytes) {
        const qint64 got = mDevice->read(mBuffer.data() + mEnd, qint64(mBuffer.size() - mEnd));
        if (got < 0)
            mDamaged = true;
        if (got <= 0)
            return false;
        mEnd += size_t(got);
    }
    return true;
}

bool DictionaryParts::Reader::number(quint64 &value)
{
    value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (!fill(1))
            return false;
        const auto byte = quint8(mBuffer[mAt++]);
        value |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return true;
    }
    mDamaged = true; // more than ten bytes
    return false;
}

bool DictionaryParts::Reader::next(quint64 &number, std::string_view &key)
{
    if (!fill(1))
        return false; // the end, between entries
    quint64 length = 0;
    // A length past the stream's end is damage (and not a buffer of that size).
    if (!this->number(number) || !this->number(length)
        || length > quint64(mEnd - mAt) + quint64(std::max<qint64>(0, mDevice->size() - mDevice->pos()))) {
        mDamaged = true;
        return false;
    }
    if (!fill(size_t(length))) {
        mDamaged = true;
        return false;
    }
    key = std::string_view(mBuffer.data() + mAt, size_t(length));
    mAt += size_t(length);
    return true;
}

} // namespace Funnelscope
