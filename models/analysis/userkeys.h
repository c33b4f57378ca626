#pragma once

#include <QByteArray>
#include <QString>

#include <string_view>
#include <vector>

class QDataStream;

namespace Funnelscope {

/**
 * The user keys of an EventTable, numbered 0..size()-1, all in one block: about 12 bytes a
 * short key instead of the 70 of a QStringList entry (a table of 100 million events has
 * 11 million users). While every key is Latin-1 (the ids of every export we have seen are
 * ASCII) a character takes one byte, else two (UTF-16): at 100M events the keys were 340
 * of a report's 2,360 MB in UTF-16. Results refer to users by number and share the keys
 * (FunnelResult::userKeys), so a result outliving its table keeps only them.
 */
class UserKeys
{
public:
    void append(QStringView key);
    /**
     * Appends a key given as UTF-8 (null when empty, as a dictionary's missing key); an
     * ASCII key is copied as it is, with no QString made for it (a segment's million
     * users took a quarter of a second the other way).
     */
    void appendUtf8(std::string_view key);
    /** Appends @p other's key of @p user (null if it is), with no QString in between. */
    void append(const UserKeys &other, int user);
    /** Appends every key of @p other. */
    void append(const UserKeys &other);
    /** Room for @p keys keys, its pages made at once (a fault each page costs more on some hosts). */
    void reserve(size_t keys);
    /** Room for @p characters of keys (textSize() of the tables merged), likewise. */
    void reserveText(size_t characters);
    /** The characters of every key together. */
    size_t textSize() const { return mWide ? size_t(mText.size()) : size_t(mLatin1.size()); }
    /** The bytes those characters take: one a character while every key is Latin-1. */
    size_t textBytes() const { return mWide ? size_t(mText.size()) * 2 : size_t(mLatin1.size()); }
    int size() const { return int(mEnds.size()); }
    /** The key of @p user (a null string for a user without one). */
    QString at(int user) const
    {
        if (mNull[size_t(user)])
            return QString();
        const size_t begin = this->begin(user);
        const size_t length = mEnds[size_t(user)] - begin;
        return mWide ? QString(mText.constData() + begin, qsizetype(length))
                     : QString::fromLatin1(mLatin1.constData() + begin, qsizetype(length));
    }

    /**
     * In a stream (the text in UTF-16, where each key ends, which are null), and back;
     * false when damaged. The text is turned to Latin-1 as it is read, while it can be.
     */
    void write(QDataStream &stream) const;
    bool read(QDataStream &stream);
    /** Passes over what write() wrote, keeping nothing; false when damaged. */
    static bool skip(QDataStream &stream);

private:
    size_t begin(int user) const { return user == 0 ? 0 : mEnds[size_t(user) - 1]; }
    /** From Latin-1 to UTF-16, for a key that is not Latin-1. */
    void widen();
    void endKey(bool isNull)
    {
        mEnds.push_back(quint32(textSize()));
        mNull.push_back(isNull);
    }

    QByteArray mLatin1; // every key's characters while mWide is false
    QString mText;      // and once it is true
    bool mWide = false;
    std::vector<quint32> mEnds; // where each key ends in the text
    std::vector<bool> mNull;
};

} // namespace Funnelscope
