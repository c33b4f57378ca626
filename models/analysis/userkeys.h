#pragma once

#include <QString>

#include <string_view>
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
    /**
     * Appends a key given as UTF-8 (null when empty, as a dictionary's missing key); an
     * ASCII key is widened in place, with no QString made for it (a segment's million
     * users took a quarter of a second the other way).
     */
    void appendUtf8(std::string_view key);
    /** Appends @p other's key of @p user (null if it is), with no copy in between. */
    void append(const UserKeys &other, int user)
    {
        if (other.mNull[size_t(user)])
            append(QStringView());
        else
            append(other.view(user));
    }
    /** Appends every key of @p other. */
    void append(const UserKeys &other)
    {
        const quint32 offset = quint32(mText.size());
        mText.append(other.mText);
        for (const quint32 end : other.mEnds)
            mEnds.push_back(offset + end);
        mNull.insert(mNull.end(), other.mNull.begin(), other.mNull.end());
    }
    /** Room for @p keys keys, its pages made at once (a fault each page costs more on some hosts). */
    void reserve(size_t keys);
    /** Room for @p characters of keys (textSize() of the tables merged), likewise. */
    void reserveText(size_t characters);
    size_t textSize() const { return size_t(mText.size()); }
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
    /** Passes over what write() wrote, keeping nothing; false when damaged. */
    static bool skip(QDataStream &stream);

private:
    QString mText;
    std::vector<quint32> mEnds; // where each key ends in mText
    std::vector<bool> mNull;
};

} // namespace Funnelscope
