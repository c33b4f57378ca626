#include "eventorigins.h"

#include "eventtable.h"
#include "snapshotformat.h"

#include "store/varint.h"

#include <QDataStream>

#include <limits>

namespace Funnelscope {

namespace {

constexpr quint32 originsMagic = 0x464E4F52; // 'FNOR'
constexpr size_t originsPiece = size_t(1) << 16;

quint64 zigzag(qint64 value)
{
    return (quint64(value) << 1) ^ quint64(value >> 63);
}

qint64 unzigzag(quint64 value)
{
    return qint64(value >> 1) ^ -qint64(value & 1);
}

} // namespace

EventOrigins::Writer::Writer(QDataStream &stream)
    : mStream(stream)
{
    mStream << originsMagic;
    mPiece.reserve(originsPiece * 4);
}

void EventOrigins::Writer::add(qint32 user, quint32 idOffset, qint32 anonymousId)
{
    char bytes[20];
    const bool anonymous = anonymousId >= 0;
    char *end = Varint::write(bytes, (zigzag(qint64(idOffset) - mPrevious - 1) << 1) | (anonymous ? 1 : 0));
    if (anonymous)
        end = Varint::write(end, anonymousId == user ? 0 : quint64(anonymousId) + 1);
    mPiece.insert(mPiece.end(), bytes, end);
    mPrevious = idOffset;
    if (++mRows == originsPiece)
        flush();
}

void EventOrigins::Writer::flush()
{
    if (mRows == 0)
        return;
    SnapshotFormat::writeVector(mStream, mPiece);
    mPiece.clear();
    mRows = 0;
}

void EventOrigins::Writer::finish()
{
    flush();
}

void EventOrigins::write(QDataStream &stream, const EventTable &table, const std::vector<qint32> &userIds) const
{
    Writer writer(stream);
    for (int user = 0; user < table.userCount(); ++user) {
        for (size_t row = table.userBegin(user); row < table.userEnd(user); ++row)
            writer.add(userIds[size_t(user)], idOffsets[row], anonymousIds[row]);
    }
    writer.finish();
}

std::optional<EventOrigins> EventOrigins::read(QDataStream &stream, const EventTable &table,
                                                                 const std::vector<qint32> &userIds)
{
    quint32 magic = 0;
    stream >> magic;
    if (stream.status() != QDataStream::Ok || magic != originsMagic)
        return std::nullopt;
    EventOrigins origins;
    origins.idOffsets.reserve(table.size());
    origins.anonymousIds.reserve(table.size());
    std::vector<char> piece;
    const char *at = nullptr;
    const char *end = nullptr;
    qint64 previous = -1;
    for (int user = 0; user < table.userCount(); ++user) {
        for (size_t row = table.userBegin(user); row < table.userEnd(user); ++row) {
            if (at == end) {
                if (!SnapshotFormat::readVector(stream, piece) || piece.empty())
                    return std::nullopt;
                at = piece.data();
                end = at + piece.size();
            }
            quint64 step = 0;
            quint64 anonymous = 0;
            if (!Varint::read(at, end, step) || ((step & 1) && !Varint::read(at, end, anonymous)))
                return std::nullopt;
            const qint64 offset = previous + 1 + unzigzag(step >> 1);
            if (offset < 0 || offset > qint64(std::numeric_limits<quint32>::max())
                || anonymous > quint64(std::numeric_limits<qint32>::max()) + 1)
                return std::nullopt;
            origins.idOffsets.push_back(quint32(offset));
            origins.anonymousIds.push_back(!(step & 1) ? -1 : anonymous == 0 ? userIds[size_t(user)] : qint32(anonymous - 1));
            previous = offset;
        }
    }
    if (at != end)
        return std::nullopt;
    return origins;
}

} // namespace Funnelscope
