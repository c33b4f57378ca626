#include "userkeys.h"

#include <QDataStream>
#include <QIODevice>

#include <limits>

namespace Funnelscope {

void UserKeys::write(QDataStream &stream) const
{
    stream << quint32(size());
    for (int user = 0; user < size(); ++user)
        stream << at(user);
}

bool UserKeys::read(QDataStream &stream)
{
    *this = UserKeys();
    quint32 count = 0;
    stream >> count;
    // Each key takes at least its 4-byte length: a damaged count must not reserve a terabyte.
    const QIODevice *device = stream.device();
    if (stream.status() != QDataStream::Ok || count > quint64(device->size() - device->pos()) / 4)
        return false;
    reserve(count);
    QString key;
    for (quint32 i = 0; i < count && stream.status() == QDataStream::Ok; ++i) {
        stream >> key;
        if (quint64(mText.size()) + quint64(key.size()) > std::numeric_limits<quint32>::max())
            return false;
        append(key);
    }
    return stream.status() == QDataStream::Ok;
}

} // namespace Funnelscope
