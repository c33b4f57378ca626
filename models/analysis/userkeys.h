#pragma once

#include <QString>

#include <vector>

class QDataStream;

namespace Funnelscope {

/**
 * The user keys of an EventTable, numbered 0..size()-1, all in one string: about 20 bytes
 * a short key instead of the 70 of a QStringList entry (a table of 10 million events has
 * a million users). Results refer to users by number and share the keys
 * (FunnelResult::userKeys), so a result outliving its table keeps only them.
 */
class UserKeys
{
public:
    void append(QStringView key)
    {
        mText.append(key);
        mEnds.push_back(quint32(mText.size()));
        mNull.push_back(key.isNull());
    }
    /** Appends @p other's key of @p user (null if it is), with no copy in between. */
    void append(const UserKeys &other, int user)
    {
        if (other.mNull[size_t(user)])
            append(QStringView());
        else
            append(other.view(user));
    }
    void reserve(size_t keys) { mEnds.reserve(keys); mNull.reserve(keys); }
    int size() const { return int(mEnds.size()); }
    QStringView view(int user) const
    {
        const quint32 begin = user == 0 ? 0 : mEnds[size_t(user) - 1];
        return QStringView(mText).mid(begin, mEnds[size_t(user)] - begin);
    }
    /** The key of @p user (a null string for a user without one). */
    QString at(int user) const { return mNull[size_t(user)] ? QString() : view(user).toString(); }

    /** In a stream (the text, where each key ends, which are null), and back; false when damaged. */
    void write(QDataStream &stream) const;
    bool read(QDataStream &stream);

private:
    QString mText;
    std::vector<quint32> mEnds; // where each key ends in mText
    std::vector<bool> mNull;
};

} // namespace Funnelscope
